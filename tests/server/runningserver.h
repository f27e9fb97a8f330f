#pragma once

#include "scratchdatabase.h"
#include "server/serverdatabase.h"
#include "server/statsserver.h"
#include "shippedregistry.h"

// A migrated server database of the engine under test and a StatsServer on a free loopback port,
// checking reports against the shipped registry, with a calendar the test turns.
struct RunningServer {
    ScratchDatabase scratch;
    cg::Database database;
    QDateTime now{QDate(2026, 11, 23), QTime(12, 0), Qt::UTC};
    cg::StatsServer server{database, shippedRegistry(), [this] { return now; }};
    quint16 port = 0;

    explicit RunningServer(cg::DatabaseUrl::Engine engine = cg::DatabaseUrl::Engine::Sqlite) : scratch(engine)
    {
        QString error;
        const bool opened = cg::openServerDatabase(database, scratch.url(), &error);
        INFO(engineName(engine) << ": " << error.toStdString());
        REQUIRE(opened);
        port = server.listen(QHostAddress(QHostAddress::LocalHost), 0, &error);
        REQUIRE(port != 0);
    }

    QString url(const char *path) const
    {
        return QStringLiteral("http://127.0.0.1:%1%2").arg(port).arg(QLatin1String(path));
    }
};

// Both engines, for GENERATE: every test that takes one runs once on each.
#define EACH_ENGINE GENERATE(cg::DatabaseUrl::Engine::Sqlite, cg::DatabaseUrl::Engine::Postgres)
