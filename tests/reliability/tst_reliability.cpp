// Saving is atomic: journal-save-loop saves entries as fast as it can and is killed (SIGKILL) at a
// random moment, many times over on one data folder. After every kill the database must pass
// integrity_check, and every save the helper acknowledged must come back exactly (same SHA-256 of
// the entry's JSON). The one save in flight when the kill came may have landed or not, but whole:
// either the old version or the new one, never a damaged entry, never anything else.
//
// CG_RELIABILITY_SEED=N repeats a run's choices (the entries and the delays before each kill; where
// a kill lands still varies with timing). The seed is printed with every failure and the summary.
#include "catchqtstrings.h"
#include "core/privatedatalock.h"
#include "crypto/keyfilestore.h"
#include "crypto/privatevault.h"
#include "storage/appschema.h"
#include "storage/database.h"
#include "storage/sqlitejournalstore.h"

#include <catch2/catch.hpp>

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonDocument>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>

#include <cstdio>
#include <optional>

using namespace cg;

namespace {

// Enough kills and saves to mean something, and still well under 20 s on a slow 2-core machine.
constexpr int kMinRounds = 20;
constexpr int kMaxRounds = 40;
constexpr int kWantedSaves = 400;
constexpr qint64 kTimeBudgetMs = 12000;

// The save that was under way when the helper was killed: "new" or the id being edited.
struct InFlight {
    QString id;
    QByteArray checksum;
};

struct Round {
    QList<QPair<QString, QByteArray>> acknowledged;  // in order
    std::optional<InFlight> inFlight;
    QStringList problems;
};

QByteArray checksum(const JournalEntry &entry)
{
    return QCryptographicHash::hash(QJsonDocument(journalEntryToJson(entry)).toJson(QJsonDocument::Compact),
                                    QCryptographicHash::Sha256)
        .toHex();
}

// Complete lines only: a line cut by the kill acknowledges nothing.
Round parse(const QByteArray &output)
{
    Round round;
    const qsizetype end = output.lastIndexOf('\n');
    for (const QByteArray &line : output.left(end + 1).split('\n')) {
        if (line.isEmpty())
            continue;
        const QList<QByteArray> parts = line.split(' ');
        if (parts.size() == 3 && parts[0] == "saving") {
            round.inFlight = InFlight{QString::fromUtf8(parts[1]), parts[2]};
        } else if (parts.size() == 3 && parts[0] == "saved" && round.inFlight && round.inFlight->checksum == parts[2]
                   && (round.inFlight->id == QLatin1String("new")
                       || round.inFlight->id == QString::fromUtf8(parts[1]))) {
            round.acknowledged.append({QString::fromUtf8(parts[1]), parts[2]});
            round.inFlight.reset();
        } else {
            round.problems << QStringLiteral("unexpected line from the helper: %1").arg(QString::fromUtf8(line));
        }
    }
    return round;
}

// Reopens the data folder as the app would after a crash and compares it with what was
// acknowledged. `expected` (id -> checksum) is brought up to date with the in-flight save when it
// turns out to have landed, since from now on it is on disk like any other.
QStringList check(const QDir &dir, QHash<QString, QByteArray> &expected, const std::optional<InFlight> &inFlight,
                  bool *inFlightLanded)
{
    QStringList problems;
    Database database;
    if (!database.open(dir.filePath(QStringLiteral("commonground.sqlite")), appMigrations()))
        return {QStringLiteral("the database does not reopen: %1").arg(database.error())};
    {
        QSqlQuery query(database.connection());
        QStringList integrity;
        if (!query.exec(QStringLiteral("PRAGMA integrity_check")))
            problems << QStringLiteral("integrity_check did not run");
        while (query.next())
            integrity << query.value(0).toString();
        if (integrity != QStringList{QStringLiteral("ok")})
            problems << QStringLiteral("integrity_check: %1").arg(integrity.join(QStringLiteral("; ")));
    }
    KeyFileStore keys(dir.filePath(QStringLiteral("journal.key")));
    PrivateDataLock lock;
    PrivateVault vault(keys, dir.filePath(QStringLiteral("journal.pin")), lock, PinWrapCost::fastest());
    // The key file is written whole and renamed (or not yet there, and made now as the app would).
    if (!vault.open())
        return problems << QStringLiteral("the vault does not open: %1").arg(vault.error());
    SqliteJournalStore store(database.connection(), vault);
    const auto entries = store.loadAll();
    if (!entries)
        return problems << QStringLiteral("the journal does not load: %1").arg(store.lastError());
    if (store.damagedCount() != 0)
        problems << QStringLiteral("%1 damaged entries").arg(store.damagedCount());

    QHash<QString, QByteArray> found;
    for (const JournalEntry &entry : *entries)
        found.insert(entry.id, checksum(entry));
    for (auto it = found.cbegin(); it != found.cend(); ++it) {
        const QByteArray want = expected.value(it.key());
        if (it.value() == want)
            continue;
        const bool landed = inFlight && inFlight->checksum == it.value()
            && (want.isEmpty() ? inFlight->id == QLatin1String("new") : inFlight->id == it.key());
        if (landed) {
            expected.insert(it.key(), it.value());
            *inFlightLanded = true;
        }
        else if (want.isEmpty())
            problems << QStringLiteral("entry %1 was never saved").arg(it.key());
        else
            problems << QStringLiteral("entry %1 is not as last saved").arg(it.key());
    }
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        if (!found.contains(it.key()))
            problems << QStringLiteral("entry %1 was saved and is gone").arg(it.key());
    }
    return problems;
}

} // namespace

TEST_CASE("every acknowledged journal save survives SIGKILL at a random moment, and the database stays whole")
{
    QTemporaryDir folder;
    REQUIRE(folder.isValid());
    const QDir dir(folder.path());
    const quint32 seed = qEnvironmentVariableIsSet("CG_RELIABILITY_SEED")
        ? quint32(qEnvironmentVariableIntValue("CG_RELIABILITY_SEED"))
        : QRandomGenerator::system()->generate();
    INFO("CG_RELIABILITY_SEED=" << seed);
    QRandomGenerator random(seed);

    QHash<QString, QByteArray> expected;
    int rounds = 0;
    int acknowledged = 0;
    int edits = 0;
    int killedMidSave = 0;   // rounds where a save was under way when the kill came
    int inFlightLanded = 0;  // ... and it turned out to have landed
    int killedStarting = 0;  // rounds killed before the first save began
    QElapsedTimer clock;
    clock.start();
    while (rounds < kMaxRounds
           && (rounds < kMinRounds || (acknowledged < kWantedSaves && clock.elapsed() < kTimeBudgetMs))) {
        ++rounds;
        INFO("round " << rounds);
        QProcess helper;
        helper.start(QStringLiteral(CG_JOURNAL_SAVE_LOOP),
                     {dir.path(), QStringLiteral("--seed"), QString::number(random.generate())});
        REQUIRE(helper.waitForStarted());
        // One round in four is killed a few milliseconds after the start, while the helper is still
        // opening, migrating or reading the journal. The others are killed from a few to a few
        // hundred milliseconds after its first save began, deep in a run of saves, however slow
        // the machine is to start it.
        const bool whileStarting = rounds % 4 == 1;  // round 1 too: the first start creates the key and schema
        const qint64 delayUs = whileStarting ? 2000 + random.bounded(40000) : 2000 + random.bounded(400000);
        const qint64 delayNs = delayUs * 1000;
        QByteArray output;
        QElapsedTimer waited;
        waited.start();
        while (!whileStarting && !output.contains('\n') && waited.elapsed() < 10000
               && helper.state() == QProcess::Running) {
            helper.waitForReadyRead(100);
            output += helper.readAllStandardOutput();
        }
        waited.restart();
        // The output is read while waiting (so the pipe never fills), but the last stretch is slept
        // through: the kill comes at its moment, not just after the helper happened to write.
        for (;;) {
            const qint64 left = delayNs - waited.nsecsElapsed();
            if (left <= 0 || helper.state() != QProcess::Running)
                break;
            if (left > 3000000) {
                helper.waitForReadyRead(int(left / 1000000) - 2);
                output += helper.readAllStandardOutput();
            } else {
                QThread::usleep((unsigned long)(left / 1000));
            }
        }
        INFO("helper's errors: " << helper.readAllStandardError().toStdString());
        REQUIRE(helper.state() == QProcess::Running);  // it stops only when killed
        helper.kill();  // SIGKILL on Linux
        REQUIRE(helper.waitForFinished(10000));
        REQUIRE(helper.exitStatus() == QProcess::CrashExit);
        output += helper.readAllStandardOutput();

        const Round round = parse(output);
        REQUIRE(round.problems.join(QLatin1Char('\n')) == QString());
        for (const auto &[id, sum] : round.acknowledged) {
            edits += expected.contains(id) ? 1 : 0;
            expected.insert(id, sum);
        }
        acknowledged += int(round.acknowledged.size());
        killedMidSave += round.inFlight ? 1 : 0;
        killedStarting += output.isEmpty() ? 1 : 0;
        bool landed = false;
        const QStringList problems = check(dir, expected, round.inFlight, &landed);
        inFlightLanded += landed ? 1 : 0;
        REQUIRE(problems.join(QLatin1Char('\n')) == QString());
    }

    std::printf("tst_reliability: %d kills, %d acknowledged saves (%d edits), %lld entries, killed mid-save %d times "
                "(landed %d), before the first save %d times, %.1f s, seed %u\n",
                rounds, acknowledged, edits, qlonglong(expected.size()), killedMidSave, inFlightLanded, killedStarting,
                clock.elapsed() / 1000.0, seed);
    // The test means something only if the kills came during real runs of saves.
    CHECK(rounds >= kMinRounds);
    CHECK(acknowledged >= 100);
    CHECK(killedMidSave >= rounds / 2);
}
