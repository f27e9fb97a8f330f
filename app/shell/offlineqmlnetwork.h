#pragma once

#include <QNetworkAccessManager>
#include <QQmlNetworkAccessManagerFactory>

namespace cg {

// The app's screens only ever load files built into the app. Text from a council's directory
// could still carry an <img src="https://..."> that a label would fetch, telling a server that
// this phone has the app open. This manager answers every request that would leave the phone with
// an error, so nothing shown on screen can reach the network.
class OfflineNetworkAccessManager final : public QNetworkAccessManager
{
public:
    using QNetworkAccessManager::QNetworkAccessManager;

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request, QIODevice *outgoingData) override;
};

class OfflineQmlNetwork final : public QQmlNetworkAccessManagerFactory
{
public:
    QNetworkAccessManager *create(QObject *parent) override;
};

} // namespace cg
