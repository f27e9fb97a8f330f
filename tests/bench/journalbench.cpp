// Journal benchmark: 10,000 believable entries (a year of a busy journal), sealed in SQLite the way
// the app keeps them, and the same entries' JSON in a plain unencrypted table in a second database,
// the floor. Each round, interleaved:
//   - unlock with the PIN (Argon2id at the app's cost) to trends shown: unlock, read and unseal
//     every entry, and compute what the trends screen shows for 4 weeks (trends and insights);
//   - the same opening from the key file, without a PIN;
//   - the floor: read the plain rows, parse the JSON into entries, the same trends;
//   - the trends computation alone over the entries already read.
// Then the cost of saving one entry, each save its own transaction as in the app, against a plain
// INSERT of the same JSON. Reports median and p95 and the ratios to the floor.
//
//   journal-bench [--rounds N] [--entries N] [--saves N]
#include "benchstats.h"
#include "core/journalinsights.h"
#include "core/journaltrends.h"
#include "core/privatedatalock.h"
#include "crypto/keyfilestore.h"
#include "crypto/privatevault.h"
#include "crypto/sealedbox.h"
#include "storage/appschema.h"
#include "storage/database.h"
#include "storage/sqlitejournalstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <QUuid>

#include <algorithm>
#include <memory>

namespace {

using namespace cg;

const QString kPin = QStringLiteral("2468");
constexpr int kWeeks = 4;  // the trends screen's first period

// Picks one of `choices` with the given weights.
template<typename T>
T pick(QRandomGenerator &random, const QList<QPair<T, int>> &choices)
{
    int total = 0;
    for (const auto &choice : choices)
        total += choice.second;
    int roll = random.bounded(total);
    for (const auto &choice : choices) {
        if ((roll -= choice.second) < 0)
            return choice.first;
    }
    return choices.last().first;
}

// Made-up entries in the shape parents fill in: mostly arguments in the evening, some good days,
// one or two topics, short feelings, and notes of a sentence or three (a few much longer).
class EntryMaker
{
public:
    EntryMaker(quint32 seed, QDateTime now)
        : m_random(seed)
        , m_now(std::move(now))
    {
    }

    JournalEntry next()
    {
        QRandomGenerator &r = m_random;
        JournalEntry entry;
        entry.kind = r.bounded(100) < 25 ? JournalEntry::Kind::GoodDay : JournalEntry::Kind::Argument;
        const int hour = pick<int>(r, {{7 + r.bounded(2), 20}, {12 + r.bounded(5), 20}, {17 + r.bounded(5), 50},
                                       {22 + r.bounded(2), 10}});
        entry.when = QDateTime(m_now.date().addDays(-r.bounded(365)), QTime(hour, r.bounded(60), r.bounded(60)));
        if (entry.when > m_now)
            entry.when = m_now.addSecs(-60);
        entry.withWhom = pick<QString>(r, {{QStringLiteral("partner"), 50}, {QStringLiteral("ex-or-co-parent"), 35},
                                           {QStringLiteral("other-family"), 15}});
        const bool apart = entry.withWhom == QLatin1String("ex-or-co-parent");
        entry.how = pick<QString>(r, {{QStringLiteral("face-to-face"), apart ? 25 : 70},
                                      {QStringLiteral("text-or-messages"), apart ? 60 : 20},
                                      {QStringLiteral("phone-or-video"), apart ? 15 : 10}});
        const QList<QPair<QString, int>> topics{
            {QStringLiteral("money"), 20}, {QStringLiteral("chores"), 15},
            {QStringLiteral("parenting"), 15}, {QStringLiteral("childrens-arrangements"), apart ? 30 : 3},
            {QStringLiteral("family-and-in-laws"), 8}, {QStringLiteral("work"), 8},
            {QStringLiteral("time-together"), 6}, {QStringLiteral("phones-and-social-media"), 5},
            {QStringLiteral("alcohol-or-drugs"), 2}, {QStringLiteral("trust-and-jealousy"), 3},
            {QStringLiteral("other"), 3}};
        const int topicCount = entry.kind == JournalEntry::Kind::GoodDay ? r.bounded(2) : 1 + (r.bounded(100) < 35);
        for (int i = 0; i < topicCount; ++i) {
            const QString topic = pick<QString>(r, topics);
            if (!entry.about.contains(topic))
                entry.about << topic;
        }
        if (entry.kind == JournalEntry::Kind::Argument) {
            entry.heat = pick<int>(r, {{1, 15}, {2, 30}, {3, 30}, {4, 17}, {5, 8}});
            const QList<QPair<QString, int>> happened{
                {QStringLiteral("raised-voices"), 40}, {QStringLiteral("blaming"), 25},
                {QStringLiteral("silent-treatment"), 15}, {QStringLiteral("walked-out"), 8},
                {QStringLiteral("shouting-or-swearing"), 8}, {QStringLiteral("name-calling"), 4},
                {QStringLiteral("felt-afraid"), 1}};
            for (int i = r.bounded(3); i > 0; --i) {
                const QString what = pick<QString>(r, happened);
                if (!entry.happened.contains(what))
                    entry.happened << what;
            }
            entry.childrenThere = r.bounded(100) < 30;
            entry.childrenSaw = entry.childrenThere && r.bounded(100) < 40;
            entry.childrenHeard = r.bounded(100) < 25;
            if ((entry.childrenThere || entry.childrenHeard) && r.bounded(100) < 60)
                entry.childrenSeemed = phrase({"Quiet at bedtime", "Asked if we were OK", "Seemed fine",
                                               "Clingy all evening", "Went to their room", "A bit unsettled"});
            entry.ending = pick<QString>(r, {{QStringLiteral("sorted-out"), 25},
                                             {QStringLiteral("agreed-to-differ"), 20},
                                             {QStringLiteral("unresolved"), 30},
                                             {QStringLiteral("walked-away"), 10},
                                             {QStringLiteral("made-up-later"), 15}});
            if (r.bounded(100) < 50)
                entry.feelingNow = phrase({"Tired", "Frustrated", "Upset", "Calmer now", "Worried about money", "Angry",
                                           "Shaky", "Relieved", "Tired but OK"});
        }
        if (r.bounded(100) < 40)
            entry.helped = phrase({"A walk round the block", "Taking a breath before answering", "Putting the phone away",
                                   "Talking to my sister", "A short, business-like message", "Sleeping on it",
                                   "Writing it down here"});
        entry.note = note();
        return entry;
    }

private:
    QString phrase(std::initializer_list<const char *> choices)
    {
        return QString::fromUtf8(*(choices.begin() + m_random.bounded(int(choices.size()))));
    }

    QString note()
    {
        static const QStringList sentences{
            QStringLiteral("Messages about swapping weekends went back and forth for an hour."),
            QStringLiteral("Handover at the school gate went badly."),
            QStringLiteral("We both raised our voices and the kids were in the car."),
            QStringLiteral("Argument about paying for school shoes again."),
            QStringLiteral("Phone call about money. Calmer than last time."),
            QStringLiteral("Bedtimes are different at each house and it keeps coming up."),
            QStringLiteral("I said I was tired of doing all the washing up."),
            QStringLiteral("It started over who forgot to book the dentist."),
            QStringLiteral("My mum made a comment about the children's screen time."),
            QStringLiteral("We talked it through after the children were asleep."),
            QStringLiteral("I walked away before it got worse, which felt better."),
            QStringLiteral("The payment for the children was late and I got anxious."),
            QStringLiteral("Work has been long this month and we are both short with each other."),
            QStringLiteral("A friendly handover for once; we even laughed about the PE kit."),
            QStringLiteral("Agreed one rule for screens at both houses."),
            QStringLiteral("I wish I had waited before replying to the text."),
        };
        // Mostly a sentence or three; some none; one in ten a longer account.
        const int size = pick<int>(m_random, {{0, 10}, {1, 30}, {2, 30}, {3, 20}, {4 + m_random.bounded(8), 10}});
        QStringList words;
        for (int i = 0; i < size; ++i)
            words << sentences.at(m_random.bounded(sentences.size()));
        return words.join(QLatin1Char(' '));
    }

    QRandomGenerator m_random;
    QDateTime m_now;
};

// What the trends screen computes when it is shown (JournalTrendsModel::recompute).
struct TrendsShown {
    JournalTrends trends;
    QList<JournalInsight> insights;
};

TrendsShown trendsShown(const QList<JournalEntry> &entries, QDate today)
{
    TrendsShown shown;
    shown.trends = journalTrends(entries, today, kWeeks);
    const QDate firstDay = shown.trends.byWeek.isEmpty() ? today : shown.trends.byWeek.first().firstDay;
    QList<JournalEntry> recent;
    for (const JournalEntry &entry : entries) {
        if (entry.when.toLocalTime().date() >= firstDay)
            recent << entry;
    }
    shown.insights = journalInsights(recent, shown.trends);
    return shown;
}

bool sameShown(const TrendsShown &a, const TrendsShown &b)
{
    return a.trends.arguments == b.trends.arguments && a.trends.goodDays == b.trends.goodDays
        && a.trends.averageHeat == b.trends.averageHeat && a.trends.sortedOut == b.trends.sortedOut
        && a.trends.childrenPresent == b.trends.childrenPresent && a.trends.topics == b.trends.topics
        && a.trends.channels == b.trends.channels && a.trends.timesOfDay == b.trends.timesOfDay
        && a.trends.byWeek == b.trends.byWeek && a.insights == b.insights;
}

QByteArray compactJson(const JournalEntry &entry)
{
    return QJsonDocument(journalEntryToJson(entry)).toJson(QJsonDocument::Compact);
}

// The floor: the same entries' JSON in a plain table, in a database opened the same way.
class PlainJournal
{
public:
    bool open(const QString &path)
    {
        if (!m_database.open(path, {}))
            return fail(m_database.error());
        QSqlQuery query(m_database.connection());
        return query.exec(QStringLiteral("CREATE TABLE entries (id TEXT PRIMARY KEY NOT NULL, json BLOB NOT NULL)"))
            || fail(query.lastError().text());
    }

    bool insert(const QString &id, const QByteArray &json)
    {
        QSqlQuery query(m_database.connection());
        query.prepare(QStringLiteral("INSERT INTO entries (id, json) VALUES (?, ?)"));
        query.addBindValue(id);
        query.addBindValue(json);
        return query.exec() || fail(query.lastError().text());
    }

    // As SqliteJournalStore::loadAll, without the unsealing.
    std::optional<QList<JournalEntry>> loadAll()
    {
        QSqlQuery query(m_database.connection());
        if (!query.exec(QStringLiteral("SELECT id, json FROM entries"))) {
            fail(query.lastError().text());
            return std::nullopt;
        }
        QList<JournalEntry> entries;
        while (query.next()) {
            std::optional<JournalEntry> entry =
                journalEntryFromJson(QJsonDocument::fromJson(query.value(1).toByteArray()).object());
            if (!entry) {
                fail(QStringLiteral("a plain row does not parse"));
                return std::nullopt;
            }
            entry->id = query.value(0).toString();
            entries << *entry;
        }
        std::stable_sort(entries.begin(), entries.end(),
                         [](const JournalEntry &a, const JournalEntry &b) { return a.when < b.when; });
        return entries;
    }

    QSqlDatabase &connection() { return m_database.connection(); }
    QString error() const { return m_error; }

private:
    bool fail(const QString &error)
    {
        m_error = error;
        return false;
    }

    Database m_database;
    QString m_error;
};

QString row(const QString &name, const QList<double> &millis, double floorMedian)
{
    return QStringLiteral("  %1 median %2 ms   p95 %3 ms   ratio %4\n")
        .arg(name, -40)
        .arg(median(millis), 8, 'f', 2)
        .arg(percentile(millis, 0.95), 8, 'f', 2)
        .arg(median(millis) / floorMedian, 0, 'f', 2);
}

double millisSince(const QElapsedTimer &timer)
{
    return timer.nsecsElapsed() / 1e6;
}

QString megabytes(const QString &path)
{
    qint64 bytes = 0;
    for (const QString &file : {path, path + QStringLiteral("-wal")})
        bytes += QFileInfo(file).size();
    return QString::number(bytes / 1e6, 'f', 1) + QStringLiteral(" MB");
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication application(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Times unlocking the journal to its trends, and saving an entry, against plain SQLite."));
    parser.addHelpOption();
    const QCommandLineOption roundsOption(QStringLiteral("rounds"), QStringLiteral("Measured rounds."),
                                          QStringLiteral("N"), QStringLiteral("20"));
    const QCommandLineOption entriesOption(QStringLiteral("entries"), QStringLiteral("Entries in the journal."),
                                           QStringLiteral("N"), QStringLiteral("10000"));
    const QCommandLineOption savesOption(QStringLiteral("saves"), QStringLiteral("Single saves timed."),
                                         QStringLiteral("N"), QStringLiteral("200"));
    parser.addOptions({roundsOption, entriesOption, savesOption});
    parser.process(application);
    QTextStream out(stdout);
    QTextStream err(stderr);
    const int rounds = std::max(1, parser.value(roundsOption).toInt());
    const int entryCount = std::max(1, parser.value(entriesOption).toInt());
    const int saveCount = std::max(1, parser.value(savesOption).toInt());
    const auto failed = [&err](const QString &what) {
        err << "journal-bench: " << what << "\n";
        return 1;
    };

    QTemporaryDir folder;
    if (!folder.isValid())
        return failed(QStringLiteral("no temporary folder"));
    const QDir dir(folder.path());
    const QString journalPath = dir.filePath(QStringLiteral("commonground.sqlite"));
    const QString plainPath = dir.filePath(QStringLiteral("plain.sqlite"));
    const QString keyPath = dir.filePath(QStringLiteral("journal.key"));
    const QString pinPath = dir.filePath(QStringLiteral("journal.pin"));
    // The same data key kept as the no-PIN set-up keeps it, for the opening without a PIN.
    const QString noPinKeyPath = dir.filePath(QStringLiteral("nopin.key"));
    const QString noPinPinPath = dir.filePath(QStringLiteral("nopin.pin"));  // never written
    const QDateTime now = QDateTime::currentDateTime();
    const QDate today = now.date();

    // Fill both databases with the same entries, each in one transaction (this is set-up, not timed).
    Database journal;
    if (!journal.open(journalPath, appMigrations()))
        return failed(journal.error());
    PlainJournal plain;
    if (!plain.open(plainPath))
        return failed(plain.error());
    PrivateDataLock lock;
    QElapsedTimer timer;
    double fillSealedMs = 0;
    double fillPlainMs = 0;
    double setPinMs = 0;
    QString journalSize, plainSize;
    {
        KeyFileStore keys(keyPath);
        PrivateVault vault(keys, pinPath, lock, PinWrapCost::interactive());
        if (!vault.open())
            return failed(vault.error());
        SqliteJournalStore store(journal.connection(), vault);
        EntryMaker maker(20261122, now);
        QList<QPair<QString, QByteArray>> rows;
        rows.reserve(entryCount);
        timer.start();
        journal.connection().transaction();
        for (int i = 0; i < entryCount; ++i) {
            const JournalEntry entry = maker.next();
            const std::optional<QString> id = store.save(entry);
            if (!id)
                return failed(store.lastError());
            rows.append({*id, compactJson(entry)});
        }
        if (!journal.connection().commit())
            return failed(journal.connection().lastError().text());
        fillSealedMs = millisSince(timer);
        timer.restart();
        plain.connection().transaction();
        for (const auto &[id, json] : rows) {
            if (!plain.insert(id, json))
                return failed(plain.error());
        }
        if (!plain.connection().commit())
            return failed(plain.connection().lastError().text());
        fillPlainMs = millisSince(timer);

        // Both write-ahead logs folded back in, so the rows are read from the database files alike.
        for (QSqlDatabase *db : {&journal.connection(), &plain.connection()}) {
            QSqlQuery checkpoint(*db);
            if (!checkpoint.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")))
                return failed(checkpoint.lastError().text());
        }
        journalSize = megabytes(journalPath);
        plainSize = megabytes(plainPath);

        const std::optional<QByteArray> key = keys.load();
        if (!key || !KeyFileStore(noPinKeyPath).save(*key))
            return failed(QStringLiteral("cannot copy the key file"));
        timer.restart();
        if (!vault.setPin(kPin))
            return failed(vault.error());
        setPinMs = millisSince(timer);
    }

    QList<double> pinToShown, pinUnlock, pinLoad, keyFileToShown, keyFileLoad, floorToShown, floorLoad, trendsAlone;
    TrendsShown fromPin, fromKeyFile, fromFloor, alone;
    qsizetype loaded = 0;
    for (int round = 0; round < rounds; ++round) {
        {
            // (a) unlock with the PIN to trends shown.
            timer.restart();
            KeyFileStore keys(keyPath);
            PrivateVault vault(keys, pinPath, lock, PinWrapCost::interactive());
            if (!vault.unlock(kPin))
                return failed(vault.error());
            const double unlocked = millisSince(timer);
            SqliteJournalStore store(journal.connection(), vault);
            const auto entries = store.loadAll();
            const double read = millisSince(timer);
            if (!entries || store.damagedCount() != 0)
                return failed(QStringLiteral("the sealed journal does not load: %1").arg(store.lastError()));
            fromPin = trendsShown(*entries, today);
            pinToShown << millisSince(timer);
            pinUnlock << unlocked;
            pinLoad << read - unlocked;
            loaded = entries->size();
        }
        {
            // (a2) the same, the key read from the key file (no PIN set).
            timer.restart();
            KeyFileStore keys(noPinKeyPath);
            PrivateVault vault(keys, noPinPinPath, lock, PinWrapCost::interactive());
            if (!vault.open())
                return failed(vault.error());
            const double opened = millisSince(timer);
            SqliteJournalStore store(journal.connection(), vault);
            const auto entries = store.loadAll();
            const double read = millisSince(timer);
            if (!entries || store.damagedCount() != 0 || entries->size() != loaded)
                return failed(QStringLiteral("the sealed journal does not load: %1").arg(store.lastError()));
            fromKeyFile = trendsShown(*entries, today);
            keyFileToShown << millisSince(timer);
            keyFileLoad << read - opened;
        }
        QList<JournalEntry> plainEntries;
        {
            // (c) the floor: the same rows, unencrypted.
            timer.restart();
            const auto entries = plain.loadAll();
            const double read = millisSince(timer);
            if (!entries || entries->size() != loaded)
                return failed(QStringLiteral("the plain table does not load: %1").arg(plain.error()));
            fromFloor = trendsShown(*entries, today);
            floorToShown << millisSince(timer);
            floorLoad << read;
            plainEntries = *entries;
        }
        {
            // (b) the trends computation alone.
            timer.restart();
            alone = trendsShown(plainEntries, today);
            trendsAlone << millisSince(timer);
        }
    }
    if (loaded != entryCount)
        return failed(QStringLiteral("%1 entries loaded of %2").arg(loaded).arg(entryCount));
    if (!sameShown(fromPin, fromFloor) || !sameShown(fromKeyFile, fromFloor) || !sameShown(alone, fromFloor))
        return failed(QStringLiteral("the sealed and plain journals give different trends"));

    // (d) Saving one entry: each save its own transaction, as the app saves (WAL, synchronous=FULL),
    // interleaved with a plain INSERT of the same JSON; which goes first alternates.
    QList<double> sealedSave, plainSave, sealOnly;
    {
        KeyFileStore keys(noPinKeyPath);
        PrivateVault vault(keys, noPinPinPath, lock);
        if (!vault.open())
            return failed(vault.error());
        SqliteJournalStore store(journal.connection(), vault);
        EntryMaker maker(4242, now);
        for (int i = 0; i < saveCount; ++i) {
            const JournalEntry entry = maker.next();
            for (int turn = 0; turn < 2; ++turn) {
                if ((turn == 0) == (i % 2 == 0)) {
                    timer.restart();
                    if (!store.save(entry))
                        return failed(store.lastError());
                    sealedSave << millisSince(timer);
                } else {
                    timer.restart();
                    if (!plain.insert(QUuid::createUuid().toString(QUuid::WithoutBraces), compactJson(entry)))
                        return failed(plain.error());
                    plainSave << millisSince(timer);
                }
            }
            const QByteArray json = compactJson(entry);
            timer.restart();
            const QByteArray sealed = seal(*vault.key(), json, QByteArrayLiteral("journal_entries/x"));
            sealOnly << millisSince(timer);
            if (sealed.isEmpty())
                return failed(QStringLiteral("cannot seal"));
        }
    }

    out << "journal: " << entryCount << " entries over the past year, " << rounds << " rounds\n";
    out << QStringLiteral("  sealed database %1, plain %2; filled in %3 ms / %4 ms (one transaction each); "
                          "PIN set in %5 ms\n")
               .arg(journalSize, plainSize)
               .arg(fillSealedMs, 0, 'f', 0)
               .arg(fillPlainMs, 0, 'f', 0)
               .arg(setPinMs, 0, 'f', 0);
    out << QStringLiteral("  %1 weeks shown: %2 arguments, %3 good days, %4 insights\n")
               .arg(kWeeks)
               .arg(fromFloor.trends.arguments)
               .arg(fromFloor.trends.goodDays)
               .arg(fromFloor.insights.size());
    const double floor = median(floorToShown);
    out << "  ratio is to the first row, the floor\n";
    out << row(QStringLiteral("floor: plain rows + JSON + trends"), floorToShown, floor);
    out << row(QStringLiteral("  of which reading the plain rows"), floorLoad, floor);
    out << row(QStringLiteral("trends computation alone"), trendsAlone, floor);
    out << row(QStringLiteral("open from key file to trends shown"), keyFileToShown, floor);
    out << row(QStringLiteral("  of which loadAll (read + unseal)"), keyFileLoad, floor);
    out << row(QStringLiteral("unlock with PIN to trends shown"), pinToShown, floor);
    out << row(QStringLiteral("  of which the PIN (Argon2id)"), pinUnlock, floor);
    out << row(QStringLiteral("  of which loadAll (read + unseal)"), pinLoad, floor);
    out << QStringLiteral("  key file / floor: %1   PIN / floor: %2\n")
               .arg(median(keyFileToShown) / floor, 0, 'f', 2)
               .arg(median(pinToShown) / floor, 0, 'f', 2);
    out << "saving one entry: " << saveCount << " single saves, each its own transaction (WAL, synchronous=FULL)\n";
    const double saveFloor = median(plainSave);
    out << row(QStringLiteral("floor: plain INSERT of the same JSON"), plainSave, saveFloor);
    out << row(QStringLiteral("sealed save (SqliteJournalStore)"), sealedSave, saveFloor);
    out << QStringLiteral("  of which sealing the JSON: median %1 us\n").arg(median(sealOnly) * 1000, 0, 'f', 1);
    return 0;
}
