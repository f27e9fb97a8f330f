#include "tools/blockinghttpclient.h"

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

#include <memory>

namespace cg {

QString HttpAnswer::describeStatus() const
{
    if (!answered())
        return failureText;
    return statusText.isEmpty() ? QStringLiteral("HTTP %1").arg(status)
                                : QStringLiteral("HTTP %1 %2").arg(status).arg(statusText);
}

BlockingHttpClient::BlockingHttpClient(QNetworkAccessManager &network, std::chrono::milliseconds timeout,
                                       QByteArray userAgent, QByteArray accept)
    : m_network(network), m_timeout(timeout), m_userAgent(std::move(userAgent)), m_accept(std::move(accept))
{
}

HttpAnswer BlockingHttpClient::get(const QUrl &url) const
{
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::UserAgentHeader, m_userAgent);
    request.setRawHeader("Accept", m_accept);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::SameOriginRedirectPolicy);
    // Measured from the last data received, so a big page that keeps arriving is not cut off.
    request.setTransferTimeout(int(m_timeout.count()));

    const std::unique_ptr<QNetworkReply> reply(m_network.get(request));
    if (!reply->isFinished()) {
        QEventLoop loop;
        QObject::connect(reply.get(), &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
    }

    HttpAnswer answer;
    const auto fail = [&answer](HttpFailure failure, const QString &text) {
        answer.failure = failure;
        answer.failureText = text;
        return answer;
    };
    switch (reply->error()) {
    case QNetworkReply::TooManyRedirectsError:
        return fail(HttpFailure::NoAnswer, QStringLiteral("it redirected too many times"));
    case QNetworkReply::InsecureRedirectError: {
        // Qt leaves RedirectionTargetAttribute empty for a redirect it refused; the header has it.
        const QUrl target = url.resolved(QUrl::fromEncoded(reply->rawHeader("Location")));
        return fail(HttpFailure::RedirectedOffSite,
                    QStringLiteral("it redirected to %1, which is not the same site; only redirects within the same "
                                   "site are followed")
                        .arg(target.toDisplayString()));
    }
    case QNetworkReply::OperationCanceledError:  // how Qt 6.4 reports the transfer timeout
    case QNetworkReply::TimeoutError:
        return fail(HttpFailure::TimedOut, QStringLiteral("timed out: nothing arrived for %1 seconds")
                                               .arg(double(m_timeout.count()) / 1000.0));
    default:
        break;
    }
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (!status.isValid())
        return fail(HttpFailure::NoAnswer, QStringLiteral("no answer: ") + reply->errorString());
    if (reply->error() != QNetworkReply::NoError && status.toInt() < 400) {
        // An answer began but broke off (the connection closed part-way, for instance).
        return fail(HttpFailure::BrokeOff, QStringLiteral("the answer broke off: ") + reply->errorString());
    }
    answer.status = status.toInt();
    answer.statusText = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
    answer.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
    answer.body = reply->readAll();
    return answer;
}

} // namespace cg
