// Statistics server benchmark: weekly reports (reportmaker.h: random, valid and plausible) sent by
// this program's own load generator (loadclient.h) over loopback to the real commonground-server,
// started as a child process for each phase with --reports-per-minute 0 --benchmark-floor. In one
// run, each round measures in turn (the order rotates from round to round):
//   - the HTTP floor: the same bodies sent to POST /bench/floor, which answers 204 and does
//     nothing: the same listener, thread and HTTP parser, without reading the report or the
//     database;
//   - the reports over HTTP to POST /v1/reports, on a fresh SQLite database, and on a fresh
//     PostgreSQL database (a private cluster from tests/support/test-postgres.sh, or --postgres);
//   - raw inserts: the same reports added in this process straight through
//     cg::AggregateStore::add, one report per transaction as the server adds them, on a fresh
//     database of each engine: what storage alone allows, with no HTTP and no checking;
//   - the server's intake alone (readReport: JSON and the registry check), in this process;
//   - the disk alone: a 4 KiB append and fdatasync per report, the least a durable commit costs;
//   - the raw inserts again with one fsync per group of --group reports (group commit, emulated
//     with AggregateStore unchanged: see rawInserts), the evidence for or against a server that
//     commits the reports waiting at once together;
//   - the raw inserts with the commit's fsync switched off (SQLite synchronous=OFF, PostgreSQL
//     synchronous_commit=off): not durable, never how the server runs, shown only to say how
//     much of the time is the fsync.
// After each phase the database is counted by SQL (reports per week, report ids remembered, sum of
// all counts) and must hold exactly what was sent; for the server phases the server is killed with
// SIGKILL first, so only what it committed before answering 204 can be there. Any report not
// answered 204, or a wrong count, stops the benchmark with exit status 1.
//
//   server-bench [--requests N] [--connections N] [--rounds N] [--areas N] [--group N] [--server PATH]
//                [--postgres URL | --no-postgres]
#include "benchpostgres.h"
#include "benchstats.h"
#include "content/contentmetricregistry.h"
#include "core/weeklyreport.h"
#include "loadclient.h"
#include "reportmaker.h"
#include "server/aggregatestore.h"
#include "server/reportintake.h"
#include "server/serverdatabase.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <optional>

#include <unistd.h>

namespace {

using namespace cg;

constexpr int kStartMs = 10000;
constexpr quint32 kSeed = 20261123;

// The reports of one round: the bodies as phones send them, and what the server makes of each.
struct Round {
    QList<QByteArray> bodies;
    QList<AcceptedReport> accepted;
    qint64 countTotal = 0;  // the sum of every count's value: what aggregates.total must add up to
    qint64 counts = 0;      // counts (metric and labels) over all reports
    qint64 bytes = 0;
};

std::optional<Round> makeRound(const MetricRegistry &registry, const QStringList &areas, int requests, quint32 seed,
                               QString *error)
{
    Round round;
    ReportMaker maker(registry, areas, seed);
    for (int i = 0; i < requests; ++i) {
        const WeeklyReport report = maker.next();
        const QByteArray body = weeklyReportJson(report);
        // Checked here as the app and the server check it, so a refusal later is the server's doing.
        if (const auto problem = reportProblem(registry, QJsonDocument::fromJson(body).object())) {
            *error = QStringLiteral("a made-up report is not valid (%1): %2").arg(*problem, QString::fromUtf8(body));
            return std::nullopt;
        }
        const auto read = readReport(QByteArrayLiteral("application/json"), body, registry);
        if (!std::holds_alternative<AcceptedReport>(read)) {
            *error = QStringLiteral("the server's intake refuses a made-up report: %1").arg(std::get<IntakeRefusal>(read).detail);
            return std::nullopt;
        }
        round.accepted << std::get<AcceptedReport>(read);
        round.bodies << body;
        round.bytes += body.size();
        for (const WeeklyCount &count : report.counts) {
            round.countTotal += count.value;
            ++round.counts;
        }
    }
    return round;
}

// The real server binary, serving one database on a free loopback port.
class ServerProcess
{
public:
    ServerProcess() = default;
    ~ServerProcess() { kill(); }
    ServerProcess(const ServerProcess &) = delete;
    ServerProcess &operator=(const ServerProcess &) = delete;

    bool start(const QString &binary, const QString &database, QString *error)
    {
        // Its warnings (a report that could not be stored) reach the terminal as they happen.
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_process.start(binary, {QStringLiteral("serve"), QStringLiteral("--db"), database, QStringLiteral("--listen"),
                                 QStringLiteral("127.0.0.1:0"), QStringLiteral("--reports-per-minute"),
                                 QStringLiteral("0"), QStringLiteral("--benchmark-floor")});
        if (!m_process.waitForStarted(kStartMs)) {
            *error = QStringLiteral("cannot start %1: %2").arg(binary, m_process.errorString());
            return false;
        }
        // The server prints this one line once it listens (README, "Statistics server").
        const QDeadlineTimer deadline(kStartMs);
        while (!m_process.canReadLine() && !deadline.hasExpired() && m_process.state() == QProcess::Running)
            m_process.waitForReadyRead(int(deadline.remainingTime()));
        const QString line = QString::fromUtf8(m_process.readLine()).trimmed();
        static const QRegularExpression listening(QStringLiteral("^listening on http://127\\.0\\.0\\.1:(\\d+)$"));
        const QRegularExpressionMatch match = listening.match(line);
        m_port = match.hasMatch() ? match.captured(1).toUShort() : 0;
        if (m_port == 0) {
            *error = QStringLiteral("the server did not say it was listening (first line: \"%1\")").arg(line);
            return false;
        }
        return true;
    }

    quint16 port() const { return m_port; }

    // SIGKILL: nothing the server still held in memory can reach the database afterwards.
    void kill()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.kill();
        m_process.waitForFinished(kStartMs);
    }

private:
    QProcess m_process;
    quint16 m_port = 0;
};

// What the database holds, counted by SQL: reports per week, remembered ids, and all counts.
bool checkCounted(const QString &database, qint64 reports, qint64 countTotal, QString *error)
{
    QString problem;
    const std::optional<DatabaseUrl> url = parseDatabaseUrl(database, &problem);
    Database db;
    if (!url || !openServerDatabase(db, *url, &problem)) {
        *error = QStringLiteral("cannot open the database to count it: %1").arg(problem);
        return false;
    }
    const QList<QPair<QString, qint64>> checks{
        {QStringLiteral("SELECT COALESCE(SUM(reports), 0) FROM reports_per_week"), reports},
        {QStringLiteral("SELECT COUNT(*) FROM seen_reports"), reports},
        {QStringLiteral("SELECT COALESCE(SUM(total), 0) FROM aggregates"), countTotal}};
    for (const auto &[statement, expected] : checks) {
        QSqlQuery query(db.connection());
        if (!query.exec(statement) || !query.next()) {
            *error = statement + QStringLiteral(": ") + query.lastError().text();
            return false;
        }
        if (query.value(0).toLongLong() != expected) {
            *error = QStringLiteral("%1 gives %2, but %3 was sent").arg(statement).arg(query.value(0).toLongLong()).arg(expected);
            return false;
        }
    }
    return true;
}

struct Measured {
    double seconds = 0;
    QList<double> latencyMs;
};

// One server phase: a fresh server on `database`, every body POSTed to `path`, then counted.
std::optional<Measured> overHttp(const QString &binary, const QString &database, const QByteArray &path,
                                 const Round &round, int connections, bool stores, QString *error)
{
    ServerProcess server;
    if (!server.start(binary, database, error))
        return std::nullopt;
    const LoadResult load = runLoad(server.port(), path, round.bodies, connections, 204);
    // Killed, not stopped: the count below can only see what was committed before each 204.
    server.kill();
    if (!load.error.isEmpty()) {
        *error = load.error;
        return std::nullopt;
    }
    if (!checkCounted(database, stores ? round.bodies.size() : 0, stores ? round.countTotal : 0, error))
        return std::nullopt;
    return Measured{load.seconds, load.latencyMs};
}

// How raw inserts reach the disk.
enum class Sync {
    EveryCommit,  // as the server runs: each report's commit waits for its fsync
    PerGroup,     // group commit, emulated: only every `group`-th commit waits for its fsync
    Never,        // no commit waits: not durable, shown only to price the fsync
};

// Switches the current connection's commits to wait for their fsync or not. Between transactions
// only: SQLite does not change `synchronous` inside one.
bool setSynced(QSqlDatabase &db, DatabaseUrl::Engine engine, bool synced, QString *error)
{
    QSqlQuery query(db);
    const QString statement = engine == DatabaseUrl::Engine::Sqlite
        ? (synced ? QStringLiteral("PRAGMA synchronous = FULL") : QStringLiteral("PRAGMA synchronous = OFF"))
        : (synced ? QStringLiteral("SET synchronous_commit = on") : QStringLiteral("SET synchronous_commit = off"));
    if (!query.exec(statement)) {
        *error = statement + QStringLiteral(": ") + query.lastError().text();
        return false;
    }
    return true;
}

// One raw phase: the round's reports added in this process, each its own transaction through
// AggregateStore::add, as the server adds them.
//
// Sync::PerGroup prices group commit without changing AggregateStore: the commits before the last
// of each group do not wait for the disk, and the last one does. Its fsync (SQLite: of the WAL
// file; PostgreSQL: of the WAL up to that commit) makes the group's earlier commits durable too,
// which is what a server answering a group's 204s after one shared commit would get.
std::optional<Measured> rawInserts(const QString &database, const Round &round, Sync sync, int group, QString *error)
{
    Measured measured;
    {
        QString problem;
        const std::optional<DatabaseUrl> url = parseDatabaseUrl(database, &problem);
        Database db;
        if (!url || !openServerDatabase(db, *url, &problem)) {
            *error = problem;
            return std::nullopt;
        }
        bool synced = true;  // as every server database is opened
        if (sync == Sync::Never) {
            synced = false;
            if (!setSynced(db.connection(), url->engine, synced, error))
                return std::nullopt;
        }
        AggregateStore store(db.connection());
        const QDate today = QDateTime::currentDateTimeUtc().date();
        measured.latencyMs.reserve(round.accepted.size());
        QElapsedTimer clock;
        clock.start();
        for (qsizetype i = 0; i < round.accepted.size(); ++i) {
            const qint64 before = clock.nsecsElapsed();
            if (sync == Sync::PerGroup) {
                const bool lastOfGroup = i % group == group - 1 || i == round.accepted.size() - 1;
                if (lastOfGroup != synced) {
                    synced = lastOfGroup;
                    if (!setSynced(db.connection(), url->engine, synced, error))
                        return std::nullopt;
                }
            }
            if (store.add(round.accepted.at(i), today) != AggregateStore::Outcome::Added) {
                *error = QStringLiteral("AggregateStore::add did not add a report: %1").arg(store.lastError());
                return std::nullopt;
            }
            measured.latencyMs << double(clock.nsecsElapsed() - before) / 1e6;
        }
        measured.seconds = double(clock.nsecsElapsed()) / 1e9;
    }
    if (!checkCounted(database, round.accepted.size(), round.countTotal, error))
        return std::nullopt;
    return measured;
}

// The server's own work on a report before storing it, in this process: reading the body as
// JSON and checking it against the registry (readReport), with no HTTP and no database.
std::optional<Measured> intakeAlone(const Round &round, const MetricRegistry &registry, QString *error)
{
    Measured measured;
    measured.latencyMs.reserve(round.bodies.size());
    QElapsedTimer clock;
    clock.start();
    for (const QByteArray &body : round.bodies) {
        const qint64 before = clock.nsecsElapsed();
        const auto read = readReport(QByteArrayLiteral("application/json"), body, registry);
        measured.latencyMs << double(clock.nsecsElapsed() - before) / 1e6;
        if (!std::holds_alternative<AcceptedReport>(read)) {
            *error = std::get<IntakeRefusal>(read).detail;
            return std::nullopt;
        }
    }
    measured.seconds = double(clock.nsecsElapsed()) / 1e9;
    return measured;
}

// The SQLite settings every server database is opened with (cg::Database::open), read back.
QString sqliteDurability(const QString &path, bool *durable)
{
    Database db;
    QString error;
    DatabaseUrl url;
    url.path = path;
    if (!openServerDatabase(db, url, &error))
        return error;
    QSqlQuery query(db.connection());
    const int synchronous = query.exec(QStringLiteral("PRAGMA synchronous")) && query.next() ? query.value(0).toInt() : -1;
    const QString journal = db.journalMode();
    // In WAL mode only FULL (2) and EXTRA (3) sync the log at every commit; NORMAL syncs it at
    // checkpoints, so a power cut could lose commits already answered.
    *durable = journal == QLatin1String("wal") && synchronous >= 2;
    static const QStringList names{QStringLiteral("OFF"), QStringLiteral("NORMAL"), QStringLiteral("FULL"), QStringLiteral("EXTRA")};
    return QStringLiteral("journal_mode=%1, synchronous=%2").arg(journal, names.value(synchronous, QStringLiteral("?")));
}

// The disk alone, once per report: a 4 KiB append and fdatasync, the least one durable commit
// costs (SQLite's WAL and PostgreSQL's WAL are each flushed this way at every commit; a report's
// commit writes a few pages, so it costs at least this). Measured in every round, since on a shared
// machine this is what moves the most.
std::optional<Measured> diskAlone(const QString &path, qsizetype times, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        *error = QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    const QByteArray page(4096, 'x');
    Measured measured;
    measured.latencyMs.reserve(times);
    QElapsedTimer clock;
    clock.start();
    for (qsizetype i = 0; i < times; ++i) {
        const qint64 before = clock.nsecsElapsed();
        if (file.write(page) != page.size() || !file.flush() || ::fdatasync(file.handle()) != 0) {
            *error = QStringLiteral("cannot write and sync %1").arg(path);
            return std::nullopt;
        }
        measured.latencyMs << double(clock.nsecsElapsed() - before) / 1e6;
    }
    measured.seconds = double(clock.nsecsElapsed()) / 1e9;
    file.close();
    QFile::remove(path);
    return measured;
}

enum class Kind { Floor, Http, Raw, Intake, Disk };

struct Phase {
    Kind kind;
    DatabaseUrl::Engine engine;
    Sync sync;
    QString name;
    QList<double> rates;       // reports (or floor requests) per second, one per round
    QList<double> latencyMs;   // every request of every round
};

QString removeSqliteFiles(const QString &path)
{
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
    return path;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication application(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Times weekly reports sent to commonground-server over loopback, on SQLite and PostgreSQL, against "
        "the same server's do-nothing route (the HTTP floor) and against raw inserts of the same reports."));
    parser.addHelpOption();
    const QCommandLineOption requestsOption(QStringLiteral("requests"), QStringLiteral("Reports sent in each phase of a round."),
                                            QStringLiteral("N"), QStringLiteral("3000"));
    const QCommandLineOption connectionsOption(QStringLiteral("connections"), QStringLiteral("Concurrent keep-alive connections."),
                                               QStringLiteral("N"), QStringLiteral("16"));
    const QCommandLineOption roundsOption(QStringLiteral("rounds"), QStringLiteral("Measured rounds."), QStringLiteral("N"),
                                          QStringLiteral("5"));
    const QCommandLineOption areasOption(QStringLiteral("areas"), QStringLiteral("Made-up ONS area codes reports come from."),
                                         QStringLiteral("N"), QStringLiteral("150"));
    const QCommandLineOption serverOption(QStringLiteral("server"), QStringLiteral("The commonground-server binary."),
                                          QStringLiteral("PATH"), QStringLiteral(CG_SERVER_BINARY));
    const QCommandLineOption postgresOption(QStringLiteral("postgres"),
                                            QStringLiteral("A PostgreSQL server whose user may create databases, instead of a "
                                                           "private one started with test-postgres.sh."),
                                            QStringLiteral("URL"));
    const QCommandLineOption groupOption(QStringLiteral("group"),
                                         QStringLiteral("Reports per fsync in the emulated group commit (default: --connections)."),
                                         QStringLiteral("N"));
    const QCommandLineOption noPostgresOption(QStringLiteral("no-postgres"), QStringLiteral("SQLite only."));
    parser.addOptions({requestsOption, connectionsOption, roundsOption, areasOption, serverOption, postgresOption, groupOption,
                       noPostgresOption});
    parser.process(application);
    QTextStream out(stdout);
    QTextStream err(stderr);
    const int requests = std::max(1, parser.value(requestsOption).toInt());
    const int connections = std::max(1, parser.value(connectionsOption).toInt());
    const int rounds = std::max(1, parser.value(roundsOption).toInt());
    const int areaCount = std::max(1, parser.value(areasOption).toInt());
    const int group = std::max(1, parser.isSet(groupOption) ? parser.value(groupOption).toInt() : connections);
    const QString binary = parser.value(serverOption);
    const auto failed = [&err](const QString &what) {
        err << "server-bench: " << what << "\n";
        return 1;
    };
    if (!QFileInfo(binary).isExecutable())
        return failed(QStringLiteral("no server binary at %1 (see --server)").arg(binary));

    const MetricRegistryResult registry = readContentMetricRegistry(QStringLiteral(CG_CONTENT_DIR));
    if (!registry.registry)
        return failed(QStringLiteral("cannot read the metric registry in %1").arg(QStringLiteral(CG_CONTENT_DIR)));
    const QStringList areas = madeUpAreaCodes(areaCount);

    QTemporaryDir folder;
    if (!folder.isValid())
        return failed(QStringLiteral("no temporary folder"));
    const QDir dir(folder.path());

    // PostgreSQL: the one given, or a private one; without PostgreSQL the SQLite phases still run.
    BenchPostgres postgres;
    bool withPostgres = !parser.isSet(noPostgresOption);
    QString postgresNote = QStringLiteral("not measured (--no-postgres)");
    if (withPostgres) {
        QString error;
        if (parser.isSet(postgresOption)) {
            if (!postgres.useServer(parser.value(postgresOption), &error))
                return failed(error);
        } else if (!postgres.startPrivate(QStringLiteral(CG_TEST_POSTGRES_SCRIPT), &error)) {
            withPostgres = false;
            postgresNote = QStringLiteral("skipped: %1").arg(error.simplified());
            err << "server-bench: PostgreSQL phases skipped: " << error.simplified() << "\n";
        }
    }
    bool sqliteDurable = false;
    const QString sqliteSettings = sqliteDurability(dir.filePath(QStringLiteral("probe.sqlite")), &sqliteDurable);
    bool postgresDurable = false;
    if (withPostgres)
        postgresNote = postgres.durability(&postgresDurable);

    using Engine = DatabaseUrl::Engine;
    const QString grouped = QStringLiteral("one fsync per %1 (group commit)").arg(group);
    QList<Phase> phases{
        {Kind::Floor, Engine::Sqlite, Sync::EveryCommit, QStringLiteral("HTTP floor: POST /bench/floor"), {}, {}},
        {Kind::Http, Engine::Sqlite, Sync::EveryCommit, QStringLiteral("reports over HTTP, SQLite"), {}, {}},
        {Kind::Http, Engine::Postgres, Sync::EveryCommit, QStringLiteral("reports over HTTP, PostgreSQL"), {}, {}},
        {Kind::Raw, Engine::Sqlite, Sync::EveryCommit, QStringLiteral("raw AggregateStore::add, SQLite"), {}, {}},
        {Kind::Raw, Engine::Postgres, Sync::EveryCommit, QStringLiteral("raw AggregateStore::add, PostgreSQL"), {}, {}},
        {Kind::Intake, Engine::Sqlite, Sync::Never, QStringLiteral("intake alone: readReport (JSON + registry)"), {}, {}},
        {Kind::Disk, Engine::Sqlite, Sync::EveryCommit, QStringLiteral("disk alone: 4 KiB write + fdatasync"), {}, {}},
        {Kind::Raw, Engine::Sqlite, Sync::PerGroup, QStringLiteral("raw add, SQLite, ") + grouped, {}, {}},
        {Kind::Raw, Engine::Postgres, Sync::PerGroup, QStringLiteral("raw add, PostgreSQL, ") + grouped, {}, {}},
        {Kind::Raw, Engine::Sqlite, Sync::Never, QStringLiteral("raw add, SQLite, no fsync (not durable)"), {}, {}},
        {Kind::Raw, Engine::Postgres, Sync::Never, QStringLiteral("raw add, PostgreSQL, no fsync (not durable)"), {}, {}},
    };
    if (!withPostgres)
        phases.removeIf([](const Phase &phase) { return phase.engine == Engine::Postgres; });

    qint64 counts = 0;
    qint64 bytes = 0;
    for (int r = 0; r < rounds; ++r) {
        QString error;
        const std::optional<Round> round = makeRound(*registry.registry, areas, requests, kSeed + r, &error);
        if (!round)
            return failed(error);
        counts += round->counts;
        bytes += round->bytes;
        // Each phase moves one place earlier each round, so none is always first or last.
        for (qsizetype step = 0; step < phases.size(); ++step) {
            Phase &phase = phases[(step + r) % phases.size()];
            std::optional<Measured> measured;
            if (phase.kind == Kind::Intake) {
                measured = intakeAlone(*round, *registry.registry, &error);
            } else if (phase.kind == Kind::Disk) {
                measured = diskAlone(dir.filePath(QStringLiteral("disk.bin")), requests, &error);
            } else {
                const bool onSqlite = phase.engine == Engine::Sqlite;
                const QString sqlitePath = dir.filePath(QStringLiteral("phase.sqlite"));
                const QString database = onSqlite ? QStringLiteral("sqlite:") + removeSqliteFiles(sqlitePath)
                                                  : postgres.createDatabase(&error);
                if (database.isEmpty())
                    return failed(error);
                if (phase.kind == Kind::Raw)
                    measured = rawInserts(database, *round, phase.sync, group, &error);
                else
                    measured = overHttp(binary, database, phase.kind == Kind::Floor ? "/bench/floor" : "/v1/reports",
                                        *round, connections, phase.kind == Kind::Http, &error);
                if (onSqlite)
                    removeSqliteFiles(sqlitePath);
                else
                    postgres.dropDatabase(database);
            }
            if (!measured)
                return failed(QStringLiteral("round %1, %2: %3").arg(r + 1).arg(phase.name, error));
            phase.rates << double(requests) / measured->seconds;
            phase.latencyMs << measured->latencyMs;
            err << QStringLiteral("round %1/%2  %3 %4/s\n").arg(r + 1).arg(rounds).arg(phase.name, -52).arg(phase.rates.last(), 0, 'f', 0);
            err.flush();
        }
    }

    const double floorRate = median(phases.first().rates);
    const qint64 sent = qint64(requests) * rounds;
    out << "statistics server: " << requests << " reports per phase over " << connections
        << " keep-alive connections (HTTP/1.1, loopback), " << rounds << " rounds\n";
    out << QStringLiteral("  reports: %1 areas, weeks of 2026, %2 counts and %3 bytes a report on average\n")
               .arg(areaCount)
               .arg(double(counts) / sent, 0, 'f', 1)
               .arg(double(bytes) / sent, 0, 'f', 0);
    out << "  SQLite: " << sqliteSettings
        << (sqliteDurable ? " - every commit fsyncs the WAL before it returns\n" : " - commits are NOT each synced\n");
    out << "  PostgreSQL: " << postgresNote
        << (withPostgres ? (postgresDurable ? " - every COMMIT waits for its WAL flush\n" : " - commits are NOT each flushed\n")
                         : "\n");
    out << "  reports/s: median of the rounds (slowest and fastest round); p50, p99: every request of every round;\n"
           "  ratio: to the floor's reports/s\n";
    for (const Phase &phase : std::as_const(phases)) {
        const QString spread = QStringLiteral("(%1-%2)")
                                   .arg(*std::min_element(phase.rates.cbegin(), phase.rates.cend()), 0, 'f', 0)
                                   .arg(*std::max_element(phase.rates.cbegin(), phase.rates.cend()), 0, 'f', 0);
        out << QStringLiteral("  %1 %2 /s %3 p50 %4 ms   p99 %5 ms   ratio %6\n")
                   .arg(phase.name, -52)
                   .arg(median(phase.rates), 6, 'f', 0)
                   .arg(spread, -14)
                   .arg(percentile(phase.latencyMs, 0.50), 7, 'f', 2)
                   .arg(percentile(phase.latencyMs, 0.99), 7, 'f', 2)
                   .arg(median(phase.rates) / floorRate, 0, 'f', 2);
    }
    QStringList ratios;
    for (const Phase &phase : std::as_const(phases)) {
        if (phase.kind == Kind::Http)
            ratios << QStringLiteral("%1 %2").arg(phase.engine == Engine::Sqlite ? QStringLiteral("SQLite") : QStringLiteral("PostgreSQL"))
                          .arg(median(phase.rates) / floorRate, 0, 'f', 2);
    }
    out << "  reports over HTTP / floor: " << ratios.join(QStringLiteral(", ")) << " (aim: at least 0.50)\n";
    out << "  counted after every phase (the server killed with SIGKILL first): reports per week, ids remembered and\n"
           "  the sum of all counts were exactly what was sent; every report was answered 204\n";
    out << "  durable before 204: SQLite " << (sqliteDurable ? "yes" : "NO") << ", PostgreSQL "
        << (withPostgres ? (postgresDurable ? "yes" : "NO") : "not measured")
        << " (the server answers 204 only after AggregateStore::add has committed)\n";
    return 0;
}
