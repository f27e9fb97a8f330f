#include "server/shutdownsignals.h"

#include "catchqtstrings.h"

#include <QSignalSpy>

#include <csignal>

using namespace cg;

TEST_CASE("SIGINT and SIGTERM arrive as shutdownRequested on the event loop")
{
    ShutdownSignals shutdown;
    QString error;
    REQUIRE(shutdown.install(&error));
    QSignalSpy spy(&shutdown, &ShutdownSignals::shutdownRequested);

    for (const int signalNumber : {SIGTERM, SIGINT}) {
        INFO(signalNumber);
        spy.clear();
        REQUIRE(std::raise(signalNumber) == 0);
        // Nothing is emitted from inside the handler, only once the event loop runs.
        CHECK(spy.count() == 0);
        REQUIRE(spy.wait(5000));
        CHECK(spy.takeFirst().at(0).toInt() == signalNumber);
    }
}

TEST_CASE("only one ShutdownSignals can own the handlers at a time")
{
    ShutdownSignals first;
    QString error;
    REQUIRE(first.install(&error));
    ShutdownSignals second;
    CHECK_FALSE(second.install(&error));
    CHECK(error == QStringLiteral("shutdown signal handlers are already installed elsewhere"));
}

TEST_CASE("the earlier handlers are back when ShutdownSignals goes away")
{
    // Catch2 itself may have handlers installed, so compare with whatever was there before.
    struct sigaction before = {};
    REQUIRE(::sigaction(SIGTERM, nullptr, &before) == 0);
    {
        ShutdownSignals shutdown;
        QString error;
        REQUIRE(shutdown.install(&error));
        struct sigaction during = {};
        REQUIRE(::sigaction(SIGTERM, nullptr, &during) == 0);
        CHECK(during.sa_handler != before.sa_handler);
    }
    struct sigaction after = {};
    REQUIRE(::sigaction(SIGTERM, nullptr, &after) == 0);
    CHECK(after.sa_handler == before.sa_handler);

    ShutdownSignals again;
    QString error;
    CHECK(again.install(&error));
}
