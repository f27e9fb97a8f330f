#pragma once

#include "server/serverdatabase.h"
#include "server/statsserver.h"
#include "shippedregistry.h"

#include <QTemporaryDir>

// A migrated server database in a temporary folder and a StatsServer on a free loopback port,
// checking reports against the shipped registry, with a calendar the test turns.
struct RunningServer {
    QTemporaryDir dir;
    cg::Database database;
    QDate today{2026, 11, 23};
    cg::StatsServer server{database, shippedRegistry(), [this] { return today; }};
    quint16 port = 0;

    RunningServer()
    {
        QString error;
        REQUIRE(cg::openServerDatabase(
            database, cg::DatabaseUrl{cg::DatabaseUrl::Engine::Sqlite, dir.filePath(QStringLiteral("s.sqlite"))}, &error));
        port = server.listen(QHostAddress(QHostAddress::LocalHost), 0, &error);
        INFO(error.toStdString());
        REQUIRE(port != 0);
    }

    QString url(const char *path) const
    {
        return QStringLiteral("http://127.0.0.1:%1%2").arg(port).arg(QLatin1String(path));
    }
};
