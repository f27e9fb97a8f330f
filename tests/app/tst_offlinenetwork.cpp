#include "catchqtstrings.h"
#include "shell/offlineqmlnetwork.h"

#include <catch2/catch.hpp>

#include <QEventLoop>
#include <QNetworkReply>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QQuickItem>
#include <QTcpServer>
#include <QTimer>

using namespace cg;

namespace {

// Waits for the reply (or two seconds) and says whether it finished.
bool finishes(QNetworkReply *reply)
{
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(2000, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    return reply->isFinished();
}

} // namespace

TEST_CASE("the screens' network refuses every address that would leave the phone, and nothing connects")
{
    QTcpServer server;
    REQUIRE(server.listen(QHostAddress::LocalHost));
    OfflineQmlNetwork factory;
    QObject owner;
    QNetworkAccessManager *manager = factory.create(&owner);
    const QString address = QStringLiteral("http://127.0.0.1:%1/seen.png").arg(server.serverPort());
    QNetworkReply *reply = manager->get(QNetworkRequest(QUrl(address)));
    REQUIRE(finishes(reply));
    CHECK(reply->error() == QNetworkReply::ProtocolUnknownError);
    QCoreApplication::processEvents();
    CHECK_FALSE(server.hasPendingConnections());
    CHECK_FALSE(server.waitForNewConnection(200));

    // Files built into the app still load.
    QNetworkReply *builtIn = manager->get(QNetworkRequest(QUrl(QStringLiteral("qrc:/qt/qml/CommonGround/Main.qml"))));
    REQUIRE(finishes(builtIn));
    CHECK(builtIn->error() == QNetworkReply::NoError);
}

TEST_CASE("a picture hidden in a service's words is shown as words and never fetched")
{
    QTcpServer server;
    REQUIRE(server.listen(QHostAddress::LocalHost));
    QQmlEngine engine;
    OfflineQmlNetwork offline;
    engine.setNetworkAccessManagerFactory(&offline);
    engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
    const QString words = QStringLiteral("<img src=\"http://127.0.0.1:%1/seen.png\">Parenting group").arg(server.serverPort());
    QQmlComponent component(&engine);
    component.setData("import CommonGround\nBodyText { }", QUrl(QStringLiteral("qrc:/test/Words.qml")));
    std::unique_ptr<QObject> label(component.create());
    REQUIRE(label);
    label->setProperty("text", words);
    CHECK(label->property("text").toString() == words);
    CHECK(label->property("textFormat").toInt() == 0);  // Text.PlainText
    CHECK_FALSE(server.waitForNewConnection(300));
}
