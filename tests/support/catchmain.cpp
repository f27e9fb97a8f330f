// Shared entry point for the Catch2 test binaries: Qt needs an application object before most
// of its classes work (SQL drivers, event loops, fonts).
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QGuiApplication>
#include <QStandardPaths>

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    // Any test that forgets to give a data folder writes to a test location, never real data.
    QStandardPaths::setTestModeEnabled(true);
    return Catch::Session().run(argc, argv);
}
