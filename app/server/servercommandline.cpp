#include "server/servercommandline.h"

#include "core/area.h"
#include "core/isoweek.h"

#include <QHash>

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
    if (option == QLatin1String("--db"))
        return QStringLiteral("--db needs a value: use sqlite:PATH or postgres://USER@HOST/DATABASE");
    return QStringLiteral("%1 needs a value (see --help)").arg(option);
}

const QStringList kValueOptions{QStringLiteral("--db"),    QStringLiteral("--listen"), QStringLiteral("--content"),
                                QStringLiteral("--email"), QStringLiteral("--area"),   QStringLiteral("--region"),
                                QStringLiteral("--role"),  QStringLiteral("--tls-cert"), QStringLiteral("--tls-key"),
                                QStringLiteral("--reports-per-minute"), QStringLiteral("--quarter")};
const QStringList kFlagOptions{QStringLiteral("--national"), QStringLiteral("--benchmark-floor")};

// The words and options of a command line, before any of them is given a meaning.
struct Words {
    QStringList commands;             // "serve", or "user" "add"
    QHash<QString, QString> options;  // flags map to an empty value
    QString error;
};

Words splitWords(const QStringList &args)
{
    Words words;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        if (!arg.startsWith(QLatin1Char('-'))) {
            words.commands << arg;
            continue;
        }
        const qsizetype equals = arg.indexOf(QLatin1Char('='));
        const QString option = equals < 0 ? arg : arg.left(equals);
        if (!kValueOptions.contains(option) && !kFlagOptions.contains(option)) {
            words.error = QStringLiteral("unknown option '%1' (see --help)").arg(option);
            return words;
        }
        if (words.options.contains(option)) {
            words.error = QStringLiteral("%1 is given twice").arg(option);
            return words;
        }
        if (kFlagOptions.contains(option)) {
            if (equals >= 0) {
                words.error = QStringLiteral("%1 takes no value").arg(option);
                return words;
            }
            words.options.insert(option, QString());
        } else if (equals >= 0) {
            words.options.insert(option, arg.mid(equals + 1));
        } else if (i + 1 < args.size() && !args.at(i + 1).startsWith(QLatin1String("--"))) {
            words.options.insert(option, args.at(++i));
        } else {
            words.error = missingValue(option);
            return words;
        }
    }
    return words;
}

// The first option given that `command` does not take, if any.
std::optional<QString> foreignOption(const Words &words, const QStringList &allowed)
{
    for (auto option = words.options.cbegin(); option != words.options.cend(); ++option) {
        if (!allowed.contains(option.key()))
            return option.key();
    }
    return std::nullopt;
}

std::optional<QString> contentDirOf(const Words &words, QString *error)
{
    const QString dir = words.options.value(QStringLiteral("--content"), kBuiltInContent);
    if (dir.isEmpty()) {
        *error = missingValue(QStringLiteral("--content"));
        return std::nullopt;
    }
    return dir;
}

ServerCommand serveCommand(const Words &words)
{
    if (words.commands.size() > 1)
        return refuse(QStringLiteral("unexpected argument '%1' (see --help)").arg(words.commands.at(1)));
    if (const auto foreign = foreignOption(words, {QStringLiteral("--db"), QStringLiteral("--listen"), QStringLiteral("--content"),
                                                   QStringLiteral("--tls-cert"), QStringLiteral("--tls-key"),
                                                   QStringLiteral("--reports-per-minute"), QStringLiteral("--benchmark-floor")}))
        return refuse(QStringLiteral("%1 is not an option of 'serve' (see --help)").arg(*foreign));
    QString error;
    const auto database = parseDatabaseUrl(words.options.value(QStringLiteral("--db"), kDefaultDatabase), &error);
    if (!database)
        return refuse(error);
    const auto listen = parseListenAddress(words.options.value(QStringLiteral("--listen"), kDefaultListen), &error);
    if (!listen)
        return refuse(error);
    const auto contentDir = contentDirOf(words, &error);
    if (!contentDir)
        return refuse(error);
    const QString certificate = words.options.value(QStringLiteral("--tls-cert"));
    const QString key = words.options.value(QStringLiteral("--tls-key"));
    if (certificate.isEmpty() != key.isEmpty())
        return refuse(QStringLiteral("--tls-cert and --tls-key go together: give both files, or neither"));
    bool isNumber = true;
    const int perMinute = words.options.value(QStringLiteral("--reports-per-minute"), QString::number(kDefaultReportsPerMinute))
                              .toInt(&isNumber);
    if (!isNumber || perMinute < 0)
        return refuse(QStringLiteral("--reports-per-minute must be a whole number, 0 for no limit"));
    ServerCommand command;
    command.action = ServerCommand::Action::Serve;
    command.serve = ServeOptions{*database, *listen, *contentDir, certificate, key, perMinute,
                                 words.options.contains(QStringLiteral("--benchmark-floor"))};
    return command;
}

ServerCommand userAddCommand(const Words &words)
{
    if (words.commands.size() > 2)
        return refuse(QStringLiteral("unexpected argument '%1' (see --help)").arg(words.commands.at(2)));
    if (const auto foreign = foreignOption(words, {QStringLiteral("--db"), QStringLiteral("--email"), QStringLiteral("--area"),
                                                   QStringLiteral("--region"), QStringLiteral("--national"),
                                                   QStringLiteral("--role"), QStringLiteral("--content")}))
        return refuse(QStringLiteral("%1 is not an option of 'user add' (see --help)").arg(*foreign));
    QString error;
    const auto database = parseDatabaseUrl(words.options.value(QStringLiteral("--db"), kDefaultDatabase), &error);
    if (!database)
        return refuse(error);
    Account account;
    if (!words.options.contains(QStringLiteral("--email")))
        return refuse(QStringLiteral("user add needs --email"));
    account.email = normalisedEmail(words.options.value(QStringLiteral("--email")));
    if (account.email.isEmpty())
        return refuse(QStringLiteral("'%1' is not an e-mail address").arg(words.options.value(QStringLiteral("--email"))));
    const QStringList scopes{QStringLiteral("--area"), QStringLiteral("--region"), QStringLiteral("--national")};
    int scopesGiven = 0;
    for (const QString &scope : scopes)
        scopesGiven += words.options.contains(scope) ? 1 : 0;
    if (scopesGiven != 1)
        return refuse(QStringLiteral("user add needs exactly one of --area CODE, --region NAME or --national"));
    if (words.options.contains(QStringLiteral("--area"))) {
        account.scope = Account::Scope::Area;
        account.scopeName = words.options.value(QStringLiteral("--area"));
    } else if (words.options.contains(QStringLiteral("--region"))) {
        account.scope = Account::Scope::Region;
        account.scopeName = words.options.value(QStringLiteral("--region"));
        if (!onsRegions().contains(account.scopeName))
            return refuse(QStringLiteral("--region must be one of %1").arg(onsRegions().join(QStringLiteral(", "))));
    } else {
        account.scope = Account::Scope::National;
    }
    const auto role = roleNamed(words.options.value(QStringLiteral("--role")));
    if (!role)
        return refuse(QStringLiteral("user add needs --role coordinator or --role admin"));
    account.role = *role;
    const auto contentDir = contentDirOf(words, &error);
    if (!contentDir)
        return refuse(error);
    ServerCommand command;
    command.action = ServerCommand::Action::AddUser;
    command.user = UserAddOptions{*database, account, *contentDir};
    return command;
}

ServerCommand exportCommand(const Words &words)
{
    if (words.commands.size() > 1)
        return refuse(QStringLiteral("unexpected argument '%1' (see --help)").arg(words.commands.at(1)));
    if (const auto foreign = foreignOption(words, {QStringLiteral("--db"), QStringLiteral("--area"), QStringLiteral("--quarter"),
                                                   QStringLiteral("--content")}))
        return refuse(QStringLiteral("%1 is not an option of 'export' (see --help)").arg(*foreign));
    QString error;
    const auto database = parseDatabaseUrl(words.options.value(QStringLiteral("--db"), kDefaultDatabase), &error);
    if (!database)
        return refuse(error);
    const QString area = words.options.value(QStringLiteral("--area"));
    if (!isOnsAreaCode(area))
        return refuse(QStringLiteral("export needs --area and an ONS area code, such as E08000014"));
    const QString quarter = words.options.value(QStringLiteral("--quarter"));
    if (!isoWeeksOfQuarter(quarter))
        return refuse(QStringLiteral("export needs --quarter written YYYY-Qn, such as 2026-Q3"));
    const auto contentDir = contentDirOf(words, &error);
    if (!contentDir)
        return refuse(error);
    ServerCommand command;
    command.action = ServerCommand::Action::Export;
    command.exportOptions = ExportOptions{*database, area, quarter, *contentDir};
    return command;
}

} // namespace

ServerCommand parseServerCommandLine(const QStringList &arguments)
{
    const QStringList args = arguments.mid(1);
    // Help and version win wherever they appear, so "serve --bad --help" still helps.
    for (const QString &arg : args) {
        if (arg == QLatin1String("--help") || arg == QLatin1String("-h"))
            return ServerCommand{ServerCommand::Action::ShowHelp, {}, {}, {}, {}};
        if (arg == QLatin1String("--version"))
            return ServerCommand{ServerCommand::Action::ShowVersion, {}, {}, {}, {}};
    }
    const Words words = splitWords(args);
    if (!words.error.isEmpty())
        return refuse(words.error);
    if (words.commands.isEmpty())
        return refuse(QStringLiteral("missing command: use 'commonground-server serve' (see --help)"));
    if (words.commands.first() == QLatin1String("serve"))
        return serveCommand(words);
    if (words.commands.first() == QLatin1String("user") && words.commands.value(1) == QLatin1String("add"))
        return userAddCommand(words);
    if (words.commands.first() == QLatin1String("export"))
        return exportCommand(words);
    return refuse(QStringLiteral("unknown command '%1': the commands are 'serve', 'user add' and 'export' (see --help)")
                      .arg(words.commands.join(QLatin1Char(' '))));
}

QString serverHelpText()
{
    return QStringLiteral(
        "Usage: commonground-server serve [--db sqlite:PATH|postgres://...] [--listen HOST:PORT]\n"
        "                                 [--content DIR] [--tls-cert FILE --tls-key FILE]\n"
        "       commonground-server user add [--db ...] --email E --area CODE|--region NAME|--national\n"
        "                                    --role coordinator|admin [--content DIR] < password\n"
        "       commonground-server export [--db ...] --area CODE --quarter YYYY-Qn [--content DIR]\n"
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
        "  --tls-cert FILE      serve HTTPS with this PEM certificate (chain) and the\n"
        "  --tls-key FILE       unencrypted PEM private key (EC or RSA); session cookies are\n"
        "                       then marked Secure\n"
        "  --reports-per-minute N  the most reports one network address may send in a minute\n"
        "                       before 429 (default: %3; 0: no limit, for load tests)\n"
        "  --benchmark-floor    also answer POST /bench/floor with 204 and nothing else: the\n"
        "                       HTTP floor the report benchmark compares against\n"
        "  --help               show this help\n"
        "  --version            show the version\n"
        "\n"
        "Once ready it prints one line, \"listening on http://HOST:PORT\" (https:// with TLS),\n"
        "and serves until\n"
        "SIGINT or SIGTERM.\n"
        "\n"
        "Endpoints:\n"
        "  GET /healthz         200 {\"status\":\"ok\",\"database\":\"ok\",\"schema\":N}, or 503 when\n"
        "                       the database does not answer\n"
        "  POST /v1/reports     one phone's weekly report (JSON, wire format 1): 204 when\n"
        "                       accepted or already seen; 400, 413, 415 or 422 with\n"
        "                       {\"error\":CODE,\"detail\":SENTENCE} when it can never be\n"
        "                       accepted; 429 or 503 with Retry-After when it cannot be\n"
        "                       taken now\n"
        "\n"
        "user add: adds someone who may sign in to the dashboard, reading their password (at\n"
        "least 12 characters) from the first line of standard input; only an Argon2id hash of it\n"
        "is kept. A coordinator or admin sees one area (its ONS code, an area this server knows),\n"
        "one region (as the ONS names it, such as \"North West\") or, with --national, every area.\n"
        "\n"
        "export: writes one area's quarter as CSV to standard output (area,period,metric,labels,\n"
        "value), every value a number or <10 after the disclosure control, for scheduled returns.\n"
        "\n"
        "Exit status: 0 after a clean stop or when the user was added; 1 when the database or\n"
        "the port cannot be used, or the user cannot be added; 2 for bad arguments.\n")
        .arg(kDefaultDatabase, kDefaultListen, QString::number(kDefaultReportsPerMinute));
}

QString serverVersionText()
{
    return QStringLiteral("commonground-server %1").arg(QStringLiteral(CG_VERSION));
}

} // namespace cg
