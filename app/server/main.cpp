// commonground-server: the composition root. It parses the command line, then either adds a user
// or builds the database and the HTTP server and hands over to the event loop until SIGINT or
// SIGTERM.
#include "content/arealoader.h"
#include "content/contentmetricregistry.h"
#include "server/exportcommand.h"
#include "server/passwordinput.h"
#include "server/serverdatabase.h"
#include "server/servercommandline.h"
#include "server/shutdownsignals.h"
#include "server/statsserver.h"
#include "server/useradd.h"

#include <QCoreApplication>
#include <QDateTime>

#include <cstdio>

namespace {

int fail(int exitCode, const QString &message)
{
    std::fprintf(stderr, "commonground-server: %s\n", qPrintable(message));
    return exitCode;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const cg::ServerCommand command = cg::parseServerCommandLine(app.arguments());
    switch (command.action) {
    case cg::ServerCommand::Action::ShowHelp:
        std::fputs(qPrintable(cg::serverHelpText()), stdout);
        return cg::ServerExitOk;
    case cg::ServerCommand::Action::ShowVersion:
        std::printf("%s\n", qPrintable(cg::serverVersionText()));
        return cg::ServerExitOk;
    case cg::ServerCommand::Action::Refuse:
        return fail(cg::ServerExitUsage, command.error);
    case cg::ServerCommand::Action::AddUser: {
        const cg::UserAddResult result = cg::addUser(command.user, cg::readPasswordFromStandardInput());
        if (!result.added)
            return fail(cg::ServerExitFailure, result.message);
        std::printf("%s\n", qPrintable(result.message));
        return cg::ServerExitOk;
    }
    case cg::ServerCommand::Action::Export:
        return cg::runExport(command.exportOptions);
    case cg::ServerCommand::Action::Serve:
        break;
    }

    // Handlers first: a signal that arrives while the database opens still stops us cleanly.
    cg::ShutdownSignals shutdown;
    QString error;
    if (!shutdown.install(&error))
        return fail(cg::ServerExitFailure, error);
    QObject::connect(&shutdown, &cg::ShutdownSignals::shutdownRequested, &app, &QCoreApplication::quit);

    // Every report is checked against the registry, so a server that cannot read it refuses to start.
    const cg::MetricRegistryResult registry = cg::readContentMetricRegistry(command.serve.contentDir);
    if (!registry.registry) {
        for (const cg::ValidationIssue &issue : registry.issues)
            std::fprintf(stderr, "commonground-server: %s\n", qPrintable(issue.toString()));
        return fail(cg::ServerExitFailure,
                    QStringLiteral("cannot read the metric registry in %1").arg(command.serve.contentDir));
    }

    // Declared before the server, so it is closed after the server has stopped using it.
    cg::Database database;
    if (!cg::openServerDatabase(database, command.serve.database, &error))
        return fail(cg::ServerExitFailure, error);

    cg::StatsServer server(database, *registry.registry, [] { return QDateTime::currentDateTimeUtc(); });
    server.setReportsPerMinute(command.serve.reportsPerMinute);
    if (command.serve.benchmarkFloor)
        server.addBenchmarkFloor();
    server.setAreas(cg::loadAreas(command.serve.contentDir).areas);
    server.setLabelNames(cg::readLabelNames(command.serve.contentDir));
    if (!command.serve.tlsCertificate.isEmpty() && !server.useTls(command.serve.tlsCertificate, command.serve.tlsKey, &error))
        return fail(cg::ServerExitFailure, error);
    const cg::ListenAddress &listen = command.serve.listen;
    const quint16 port = server.listen(listen.host, listen.port, &error);
    if (port == 0)
        return fail(cg::ServerExitFailure, error);

    // Scripts and tests read the real port from this line, so it goes out at once.
    const char *scheme = command.serve.tlsCertificate.isEmpty() ? "http" : "https";
    std::printf("listening on %s://%s\n", scheme, qPrintable(cg::formatHostPort(listen.host, port)));
    std::fflush(stdout);
    return app.exec();
}
