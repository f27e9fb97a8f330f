#include "shell/offlineqmlnetwork.h"

namespace cg {

QNetworkReply *OfflineNetworkAccessManager::createRequest(Operation op, const QNetworkRequest &request,
                                                          QIODevice *outgoingData)
{
    const QString scheme = request.url().scheme();
    if (scheme == QLatin1String("qrc") || scheme == QLatin1String("file") || scheme == QLatin1String("data"))
        return QNetworkAccessManager::createRequest(op, request, outgoingData);
    // A scheme Qt has no handler for fails at once with ProtocolUnknownError, without a socket.
    QNetworkRequest refused(request);
    refused.setUrl(QUrl(QStringLiteral("offline:refused")));
    return QNetworkAccessManager::createRequest(op, refused, outgoingData);
}

QNetworkAccessManager *OfflineQmlNetwork::create(QObject *parent)
{
    return new OfflineNetworkAccessManager(parent);
}

} // namespace cg
