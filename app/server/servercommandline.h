#pragma once

#include "server/account.h"
#include "server/databaseurl.h"
#include "server/listenaddress.h"
#include "server/sourceratelimit.h"

#include <QString>
#include <QStringList>

namespace cg {

// Exit statuses of commonground-server, so scripts can tell a typo from a broken machine.
enum ServerExitCode : int {
    ServerExitOk = 0,        // help, version, or a clean stop after SIGINT/SIGTERM
    ServerExitFailure = 1,   // the database cannot be opened or migrated, or the port is taken
    ServerExitUsage = 2,     // bad arguments
};

// What `commonground-server serve --db sqlite:PATH --listen HOST:PORT --content DIR` asks for.
struct ServeOptions {
    DatabaseUrl database;
    ListenAddress listen;
    QString contentDir;  // where metrics.json and the lists it names are; the built-in copy by default
    QString tlsCertificate;  // PEM files for HTTPS; both empty: plain HTTP (behind a proxy that
    QString tlsKey;          // terminates TLS, or on loopback)
    int reportsPerMinute = kDefaultReportsPerMinute;  // per network address; 0: no limit (load tests)
    bool benchmarkFloor = false;  // also serve POST /bench/floor, which does nothing (the benchmark's floor)
};

// What `commonground-server user add --db ... --email E --area CODE|--region NAME|--national
// --role coordinator|admin` asks for. The password comes from standard input, never the command
// line (where other users of the machine could see it).
struct UserAddOptions {
    DatabaseUrl database;
    Account account;
    QString contentDir;  // where the known areas are, to check --area
};

// What `commonground-server export --db ... --area CODE --quarter YYYY-Qn` asks for: the
// quarter's CSV on standard output, for scheduled returns.
struct ExportOptions {
    DatabaseUrl database;
    QString areaCode;
    QString quarter;
    QString contentDir;
};

struct ServerCommand {
    enum class Action { Serve, AddUser, Export, ShowHelp, ShowVersion, Refuse };
    Action action = Action::Refuse;
    ServeOptions serve;    // for Serve
    UserAddOptions user;   // for AddUser
    ExportOptions exportOptions;  // for Export
    QString error;         // for Refuse: one sentence, without the program name
};

// `arguments` as from QCoreApplication::arguments(): the program name first. Accepts
// "--opt value" and "--opt=value". Never prints or exits; main() decides what to do.
ServerCommand parseServerCommandLine(const QStringList &arguments);

QString serverHelpText();
QString serverVersionText();

} // namespace cg
