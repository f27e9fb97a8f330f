#include "server/servercommandline.h"

#include <optional>

namespace cg {

namespace {

constexpr auto kDefaultDatabase = QLatin1String("sqlite:commonground-server.sqlite");
constexpr auto kDefaultListen = QLatin1String("127.0.0.1:8080");
constexpr auto kBuiltInContent = QLatin1String(":/content");

ServerCommand refuse(const QString &error)
{
    ServerCommand command;
    command.action = ServerCommand::Action::Refuse;
    command.error = error;
    return command;
}

// The sentence for an option given without its value.
QString missingValue(const QString &option)
{
    if (option == QLatin1String("--listen"))
        return QStringLiteral("--listen must be HOST:PORT, for example 127.0.0.1:8080");
    if (option == QLatin1String("--content"))
        return QStringLiteral("--content needs the path of a content folder");
    return QStringLiteral("--db needs a value: use sqlite:PATH or postgres://USER@HOST/DATABASE");
}

} // namespace

ServerCommand parseServerCommandLine(const QStringList &arguments)
{
    const QStringList args = arguments.mid(1);
    // Help and version win wherever they appear, so "serve --bad --help" still helps.
    for (const QString &arg : args) {
        if (arg == QLatin1String("--help") || arg == QLatin1String("-h"))
            return ServerCommand{ServerCommand::Action::ShowHelp, {}, {}};
        if (arg == QLatin1String("--version"))
            return ServerCommand{ServerCommand::Action::ShowVersion, {}, {}};
    }

    QString subcommand;
    std::optional<QString> databaseText;
    std::optional<QString> listenText;
    std::optional<QString> contentDir;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        if (!arg.startsWith(QLatin1Char('-'))) {
            if (!subcommand.isEmpty())
                return refuse(QStringLiteral("unexpected argument '%1' (see --help)").arg(arg));
            subcommand = arg;
            continue;
        }
        const qsizetype equals = arg.indexOf(QLatin1Char('='));
        const QString option = equals < 0 ? arg : arg.left(equals);
        std::optional<QString> *target = option == QLatin1String("--db")     ? &databaseText
                                       : option == QLatin1String("--listen") ? &listenText
                                       : option == QLatin1String("--content") ? &contentDir
                                                                             : nullptr;
        if (!target)
            return refuse(QStringLiteral("unknown option '%1' (see --help)").arg(option));
        if (target->has_value())
            return refuse(QStringLiteral("%1 is given twice").arg(option));
        if (equals >= 0) {
            *target = arg.mid(equals + 1);
        } else if (i + 1 < args.size() && !args.at(i + 1).startsWith(QLatin1String("--"))) {
            *target = args.at(++i);
        } else {
            return refuse(missingValue(option));
        }
    }

    if (subcommand.isEmpty())
        return refuse(QStringLiteral("missing command: use 'commonground-server serve' (see --help)"));
    if (subcommand != QLatin1String("serve"))
        return refuse(QStringLiteral("unknown command '%1': the only command is 'serve' (see --help)")
                          .arg(subcommand));

    QString error;
    const auto database = parseDatabaseUrl(databaseText.value_or(kDefaultDatabase), &error);
    if (!database)
        return refuse(error);
    const auto listen = parseListenAddress(listenText.value_or(kDefaultListen), &error);
    if (!listen)
        return refuse(error);
    if (contentDir && contentDir->isEmpty())
        return refuse(missingValue(QStringLiteral("--content")));
    return ServerCommand{ServerCommand::Action::Serve,
                         ServeOptions{*database, *listen, contentDir.value_or(kBuiltInContent)}, {}};
}

QString serverHelpText()
{
    return QStringLiteral(
        "Usage: commonground-server serve [--db sqlite:PATH|postgres://...] [--listen HOST:PORT]\n"
        "                                 [--content DIR]\n"
        "       commonground-server --help | --version\n"
        "\n"
        "Runs the Common Ground statistics server. It keeps only aggregate counts\n"
        "(area x week x metric x label): never individual reports, IP addresses or user agents.\n"
        "\n"
        "Options:\n"
        "  --db sqlite:PATH     database file, created and migrated when needed\n"
        "  --db postgres://USER[:PASSWORD]@HOST[:PORT]/DATABASE[?sslmode=require&...]\n"
        "                       a PostgreSQL database (created beforehand), migrated when\n"
        "                       needed; several servers may share it. Without a password in\n"
        "                       the URL, PGPASSWORD or ~/.pgpass is used\n"
        "                       (default: %1)\n"
        "  --listen HOST:PORT   IP address and port to listen on; port 0 picks a free one\n"
        "                       (default: %2; IPv6 as [::1]:8080)\n"
        "  --content DIR        content folder whose metrics.json (and the guides, topics and\n"
        "                       check-in it names) reports are checked against (default: the\n"
        "                       copy built into this server)\n"
        "  --help               show this help\n"
        "  --version            show the version\n"
        "\n"
        "Once ready it prints one line, \"listening on http://HOST:PORT\", and serves until\n"
        "SIGINT or SIGTERM.\n"
        "\n"
        "Endpoints:\n"
        "  GET /healthz         200 {\"status\":\"ok\",\"database\":\"ok\",\"schema\":N}, or 503 when\n"
        "                       the database does not answer\n"
        "  POST /v1/reports     one phone's weekly report (JSON, wire format 1): 204 when\n"
        "                       accepted or already seen; 400, 413, 415 or 422 with\n"
        "                       {\"error\":CODE,\"detail\":SENTENCE} when it can never be\n"
        "                       accepted; 503 with Retry-After when it cannot be stored now\n"
        "\n"
        "Exit status: 0 after a clean stop, 1 when the database or the port cannot be used,\n"
        "2 for bad arguments.\n")
        .arg(kDefaultDatabase, kDefaultListen);
}

QString serverVersionText()
{
    return QStringLiteral("commonground-server %1").arg(QStringLiteral(CG_VERSION));
}

} // namespace cg
