#include "server/servercommandline.h"

#include "catchqtstrings.h"

using namespace cg;

namespace {

ServerCommand parse(std::initializer_list<const char *> arguments)
{
    QStringList list{QStringLiteral("commonground-server")};
    for (const char *argument : arguments)
        list << QString::fromUtf8(argument);
    return parseServerCommandLine(list);
}

QString refusal(std::initializer_list<const char *> arguments)
{
    const ServerCommand command = parse(arguments);
    return command.action == ServerCommand::Action::Refuse ? command.error : QStringLiteral("(accepted)");
}

} // namespace

TEST_CASE("serve without options uses the documented defaults")
{
    const ServerCommand command = parse({"serve"});
    REQUIRE(command.action == ServerCommand::Action::Serve);
    CHECK(command.serve.database.path == QStringLiteral("commonground-server.sqlite"));
    CHECK(command.serve.listen.host == QHostAddress(QHostAddress::LocalHost));
    CHECK(command.serve.listen.port == 8080);
    CHECK(command.serve.contentDir == QStringLiteral(":/content"));
}

TEST_CASE("the --content option names the folder reports are checked against")
{
    CHECK(parse({"serve", "--content", "/srv/content"}).serve.contentDir == QStringLiteral("/srv/content"));
    CHECK(parse({"serve", "--content=/srv/content"}).serve.contentDir == QStringLiteral("/srv/content"));
    CHECK(refusal({"serve", "--content"}) == QStringLiteral("--content needs the path of a content folder"));
    CHECK(refusal({"serve", "--content="}) == QStringLiteral("--content needs the path of a content folder"));
}

TEST_CASE("serve takes --db and --listen as separate or joined values, in any order")
{
    for (const ServerCommand &command :
         {parse({"serve", "--db", "sqlite:/tmp/a.sqlite", "--listen", "0.0.0.0:9000"}),
          parse({"serve", "--listen=0.0.0.0:9000", "--db=sqlite:/tmp/a.sqlite"}),
          parse({"--db", "sqlite:/tmp/a.sqlite", "serve", "--listen", "0.0.0.0:9000"})}) {
        REQUIRE(command.action == ServerCommand::Action::Serve);
        CHECK(command.serve.database.path == QStringLiteral("/tmp/a.sqlite"));
        CHECK(command.serve.listen.host == QHostAddress(QHostAddress::AnyIPv4));
        CHECK(command.serve.listen.port == 9000);
    }
}

TEST_CASE("--help and --version win over everything else")
{
    CHECK(parse({"--help"}).action == ServerCommand::Action::ShowHelp);
    CHECK(parse({"-h"}).action == ServerCommand::Action::ShowHelp);
    CHECK(parse({"serve", "--bogus", "--help"}).action == ServerCommand::Action::ShowHelp);
    CHECK(parse({"--version"}).action == ServerCommand::Action::ShowVersion);
    CHECK(serverVersionText().startsWith(QStringLiteral("commonground-server ")));
    CHECK(serverHelpText().contains(QStringLiteral("serve [--db sqlite:PATH|postgres://...] [--listen HOST:PORT]")));
}

TEST_CASE("bad command lines are refused with one clear message")
{
    CHECK(refusal({}) == QStringLiteral("missing command: use 'commonground-server serve' (see --help)"));
    CHECK(refusal({"start"}) == QStringLiteral("unknown command 'start': the commands are 'serve', 'user add' and 'export' (see --help)"));
    CHECK(refusal({"user", "delete"}) == QStringLiteral("unknown command 'user delete': the commands are 'serve', 'user add' and 'export' (see --help)"));
    CHECK(refusal({"serve", "--email", "a@b.org"}) == QStringLiteral("--email is not an option of 'serve' (see --help)"));
    CHECK(refusal({"serve", "extra"}) == QStringLiteral("unexpected argument 'extra' (see --help)"));
    CHECK(refusal({"serve", "--port", "80"}) == QStringLiteral("unknown option '--port' (see --help)"));
    CHECK(refusal({"serve", "--listen"}) == QStringLiteral("--listen must be HOST:PORT, for example 127.0.0.1:8080"));
    CHECK(refusal({"serve", "--listen", "--db", "sqlite:x"}) == QStringLiteral("--listen must be HOST:PORT, for example 127.0.0.1:8080"));
    CHECK(refusal({"serve", "--listen="}) == QStringLiteral("--listen must be HOST:PORT, for example 127.0.0.1:8080"));
    CHECK(refusal({"serve", "--listen", "8080"}) == QStringLiteral("--listen must be HOST:PORT, for example 127.0.0.1:8080"));
    CHECK(refusal({"serve", "--listen", "127.0.0.1:70000"}) == QStringLiteral("--listen port '70000' must be a number from 0 to 65535"));
    CHECK(refusal({"serve", "--db"}) == QStringLiteral("--db needs a value: use sqlite:PATH or postgres://USER@HOST/DATABASE"));
    CHECK(refusal({"serve", "--db="}) == QStringLiteral("missing database: use sqlite:PATH or postgres://USER@HOST/DATABASE"));
    CHECK(refusal({"serve", "--db", "sqlite:"}) == QStringLiteral("missing path after sqlite:"));
    CHECK(refusal({"serve", "--db", "postgres://db/cg"}) == QStringLiteral("missing user in postgres://USER@HOST/DATABASE"));
    CHECK(refusal({"serve", "--db", "mysql://db/cg"})
          == QStringLiteral("unsupported database 'mysql:': use sqlite:PATH or postgres://USER@HOST/DATABASE"));
    CHECK(refusal({"serve", "--db", "sqlite:a", "--db", "sqlite:b"}) == QStringLiteral("--db is given twice"));
}

TEST_CASE("serve takes a limit on reports per address per minute, 0 for none")
{
    CHECK(parse({"serve"}).serve.reportsPerMinute == 120);
    CHECK(parse({"serve", "--reports-per-minute", "0"}).serve.reportsPerMinute == 0);
    CHECK(parse({"serve", "--reports-per-minute=600"}).serve.reportsPerMinute == 600);
    CHECK_FALSE(parse({"serve"}).serve.benchmarkFloor);
    CHECK(parse({"serve", "--benchmark-floor"}).serve.benchmarkFloor);
    CHECK(refusal({"export", "--benchmark-floor"}) == QStringLiteral("--benchmark-floor is not an option of 'export' (see --help)"));
    CHECK(refusal({"serve", "--reports-per-minute", "-1"}) == QStringLiteral("--reports-per-minute must be a whole number, 0 for no limit"));
    CHECK(refusal({"serve", "--reports-per-minute", "lots"}) == QStringLiteral("--reports-per-minute must be a whole number, 0 for no limit"));
}

TEST_CASE("serve takes TLS files as a pair")
{
    const ServerCommand tls = parse({"serve", "--tls-cert", "/etc/cg/cert.pem", "--tls-key", "/etc/cg/key.pem"});
    REQUIRE(tls.action == ServerCommand::Action::Serve);
    CHECK(tls.serve.tlsCertificate == QStringLiteral("/etc/cg/cert.pem"));
    CHECK(tls.serve.tlsKey == QStringLiteral("/etc/cg/key.pem"));
    CHECK(parse({"serve"}).serve.tlsCertificate.isEmpty());
    CHECK(refusal({"serve", "--tls-cert", "/etc/cg/cert.pem"})
          == QStringLiteral("--tls-cert and --tls-key go together: give both files, or neither"));
    CHECK(refusal({"serve", "--tls-key", "/etc/cg/key.pem"})
          == QStringLiteral("--tls-cert and --tls-key go together: give both files, or neither"));
}

TEST_CASE("user add takes an e-mail, one of area, region or national, and a role")
{
    const ServerCommand area = parse({"user", "add", "--db", "sqlite:/tmp/s.sqlite", "--email", " Jo.Smith@Sefton.gov.uk ",
                                      "--area", "E08000014", "--role", "coordinator"});
    REQUIRE(area.action == ServerCommand::Action::AddUser);
    CHECK(area.user.database.path == QStringLiteral("/tmp/s.sqlite"));
    CHECK(area.user.account == Account{QStringLiteral("jo.smith@sefton.gov.uk"), Account::Role::Coordinator,
                                       Account::Scope::Area, QStringLiteral("E08000014")});
    CHECK(area.user.contentDir == QStringLiteral(":/content"));

    const ServerCommand region = parse({"user", "add", "--email=lead@example.org", "--region", "North West", "--role=admin"});
    REQUIRE(region.action == ServerCommand::Action::AddUser);
    CHECK(region.user.account == Account{QStringLiteral("lead@example.org"), Account::Role::Admin, Account::Scope::Region,
                                         QStringLiteral("North West")});

    const ServerCommand national = parse({"user", "add", "--email", "dfe@example.org", "--national", "--role", "admin"});
    REQUIRE(national.action == ServerCommand::Action::AddUser);
    CHECK(national.user.account.scope == Account::Scope::National);
    CHECK(national.user.account.scopeName.isEmpty());
}

TEST_CASE("user add refuses what it cannot use, with one clear message")
{
    CHECK(refusal({"user", "add", "--area", "E08000014", "--role", "admin"}) == QStringLiteral("user add needs --email"));
    CHECK(refusal({"user", "add", "--email", "not-an-address", "--national", "--role", "admin"})
          == QStringLiteral("'not-an-address' is not an e-mail address"));
    CHECK(refusal({"user", "add", "--email", "a@b.org", "--role", "admin"})
          == QStringLiteral("user add needs exactly one of --area CODE, --region NAME or --national"));
    CHECK(refusal({"user", "add", "--email", "a@b.org", "--area", "E08000014", "--national", "--role", "admin"})
          == QStringLiteral("user add needs exactly one of --area CODE, --region NAME or --national"));
    CHECK(refusal({"user", "add", "--email", "a@b.org", "--region", "Northwest", "--role", "admin"})
          == QStringLiteral("--region must be one of North East, North West, Yorkshire and The Humber, East Midlands, "
                            "West Midlands, East of England, London, South East, South West, Wales"));
    CHECK(refusal({"user", "add", "--email", "a@b.org", "--national", "--role", "boss"})
          == QStringLiteral("user add needs --role coordinator or --role admin"));
    CHECK(refusal({"user", "add", "--email", "a@b.org", "--national=yes", "--role", "admin"}) == QStringLiteral("--national takes no value"));
    CHECK(refusal({"user", "add", "--listen", "127.0.0.1:1", "--email", "a@b.org", "--national", "--role", "admin"})
          == QStringLiteral("--listen is not an option of 'user add' (see --help)"));
}

TEST_CASE("export takes an area code and a quarter")
{
    const ServerCommand command = parse({"export", "--db", "sqlite:/tmp/s.sqlite", "--area", "E08000014", "--quarter", "2026-Q3"});
    REQUIRE(command.action == ServerCommand::Action::Export);
    CHECK(command.exportOptions.areaCode == QStringLiteral("E08000014"));
    CHECK(command.exportOptions.quarter == QStringLiteral("2026-Q3"));
    CHECK(refusal({"export", "--quarter", "2026-Q3"}) == QStringLiteral("export needs --area and an ONS area code, such as E08000014"));
    CHECK(refusal({"export", "--area", "E08000014", "--quarter", "Q3"})
          == QStringLiteral("export needs --quarter written YYYY-Qn, such as 2026-Q3"));
    CHECK(refusal({"export", "--area", "E08000014", "--quarter", "2026-Q3", "--role", "admin"})
          == QStringLiteral("--role is not an option of 'export' (see --help)"));
}
