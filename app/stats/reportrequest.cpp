#include "stats/reportrequest.h"

#include <QtNetwork/qtnetwork-config.h>
#if QT_CONFIG(ssl)
#include <QSslConfiguration>
#endif

namespace cg {

QUrl reportsUrl(const QUrl &statsUrl)
{
    QUrl url = statsUrl;
    QString path = url.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    url.setPath(path + QStringLiteral("/v1/reports"));
    return url;
}

QNetworkRequest reportRequest(const QUrl &statsUrl, std::chrono::milliseconds timeout)
{
    QNetworkRequest request(reportsUrl(statsUrl));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArray(kReportUserAgent));
    // Qt would otherwise send the phone's own languages, which say something about its owner.
    request.setRawHeader(QByteArrayLiteral("Accept-Language"), QByteArrayLiteral("en"));
    // A connection kept open would let the server see that two reports came from one phone.
    request.setRawHeader(QByteArrayLiteral("Connection"), QByteArrayLiteral("close"));
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    request.setTransferTimeout(int(timeout.count()));
#if QT_CONFIG(ssl)
    if (request.url().scheme() == QLatin1String("https")) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setSslOption(QSsl::SslOptionDisableSessionTickets, true);
        tls.setSslOption(QSsl::SslOptionDisableSessionSharing, true);
        tls.setSslOption(QSsl::SslOptionDisableSessionPersistence, true);
        request.setSslConfiguration(tls);
    }
#endif
    return request;
}

} // namespace cg
