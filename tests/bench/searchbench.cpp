// Search-as-you-type benchmark: the 14 shipped guides plus 2,000 made-up services, searched one
// keystroke at a time as a parent would type everyday words. Each keystroke is timed through the
// app's search (SQLite FTS5 with the forgiving rules) and through a plain SQLite LIKE scan over
// the same rows in the same run, the floor. Reports median and p95 per keystroke and their ratio,
// and the top results for the words the issue names.
//
//   search-bench [--rounds N] [--services N] [--content DIR]
#include "benchstats.h"
#include "content/moduleloader.h"
#include "content/searchentries.h"
#include "content/searchwordsfile.h"
#include "storage/database.h"
#include "storage/sqlitesearchindex.h"
#include "syntheticservices.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>
#include <QTextStream>

namespace {

using namespace cg;

const QStringList kTyped{"shouting", "ex", "money", "baby", "kids upset", "scared of my partner",
                         "debt advice", "co-parent", "tantrums", "mediation"};

// The floor: every row in a plain table, searched with LIKE '%typed%' over the same columns.
class LikeScan
{
public:
    bool build(const QList<SearchEntry> &entries)
    {
        if (!m_database.open(QStringLiteral(":memory:"), {}))
            return false;
        QSqlQuery query(m_database.connection());
        query.exec(QStringLiteral("CREATE TABLE entries (kind INTEGER, id TEXT, title TEXT, summary TEXT, "
                                  "keywords TEXT, body TEXT)"));
        m_database.connection().transaction();
        query.prepare(QStringLiteral("INSERT INTO entries VALUES (?, ?, ?, ?, ?, ?)"));
        for (const SearchEntry &entry : entries) {
            for (const QVariant &value : {QVariant(int(entry.kind)), QVariant(entry.id), QVariant(entry.title),
                                          QVariant(entry.summary), QVariant(entry.keywords.join(QLatin1Char(' '))),
                                          QVariant(entry.body)})
                query.addBindValue(value);
            if (!query.exec())
                return false;
        }
        return m_database.connection().commit();
    }

    // `firstTwenty`: stop at the first 20 rows found, unranked, as a list that shows 20 would.
    // Otherwise every row is visited and every match read, as ranking them would need.
    int search(const QString &typed, bool firstTwenty)
    {
        QSqlQuery query(m_database.connection());
        query.prepare(QStringLiteral("SELECT kind, id, title, summary FROM entries WHERE title LIKE :typed OR "
                                     "summary LIKE :typed OR keywords LIKE :typed OR body LIKE :typed")
                      + (firstTwenty ? QStringLiteral(" LIMIT 20") : QString()));
        query.bindValue(QStringLiteral(":typed"), QLatin1Char('%') + typed.trimmed() + QLatin1Char('%'));
        if (!query.exec())
            return -1;
        int rows = 0;
        while (query.next())
            ++rows;
        return rows;
    }

private:
    Database m_database;
};

// Every keystroke of every phrase, from the second letter on (search starts at two letters).
QStringList keystrokes()
{
    QStringList typed;
    for (const QString &phrase : kTyped) {
        for (qsizetype length = 2; length <= phrase.size(); ++length)
            typed << phrase.left(length);
    }
    return typed;
}

QString row(const QString &name, const QList<double> &micros, double floorMedian)
{
    return QStringLiteral("  %1 median %2 us   p95 %3 us   max %4 us   ratio %5\n")
        .arg(name, -28)
        .arg(median(micros), 8, 'f', 1)
        .arg(percentile(micros, 0.95), 8, 'f', 1)
        .arg(*std::max_element(micros.cbegin(), micros.cend()), 8, 'f', 1)
        .arg(median(micros) / floorMedian, 0, 'f', 2);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication application(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Times search as you type against a plain LIKE scan."));
    parser.addHelpOption();
    const QCommandLineOption roundsOption(QStringLiteral("rounds"), QStringLiteral("Times through every keystroke."),
                                          QStringLiteral("N"), QStringLiteral("20"));
    const QCommandLineOption servicesOption(QStringLiteral("services"), QStringLiteral("Made-up services to add."),
                                            QStringLiteral("N"), QStringLiteral("2000"));
    const QCommandLineOption contentOption(QStringLiteral("content"), QStringLiteral("The content folder."),
                                           QStringLiteral("DIR"), QStringLiteral(CG_CONTENT_DIR));
    parser.addOptions({roundsOption, servicesOption, contentOption});
    parser.process(application);
    QTextStream out(stdout);
    QTextStream err(stderr);
    const int rounds = std::max(1, parser.value(roundsOption).toInt());

    const ModuleLoadResult modules = loadModules(parser.value(contentOption));
    const SearchWordsResult words = readSearchWords(parser.value(contentOption));
    if (modules.modules.isEmpty() || !modules.issues.isEmpty() || !words.issues.isEmpty()) {
        err << "search-bench: the content in " << parser.value(contentOption) << " does not load cleanly\n";
        return 1;
    }
    QList<SearchEntry> entries;
    for (const Module &module : modules.modules)
        entries << moduleSearchEntry(module);
    entries << syntheticServices(parser.value(servicesOption).toInt(), 20261122);

    QList<double> buildMillis;
    SqliteSearchIndex index;
    for (int round = 0; round < std::min(rounds, 5); ++round) {
        QElapsedTimer timer;
        timer.start();
        if (!index.build(entries, words.words)) {
            err << "search-bench: " << index.error() << "\n";
            return 1;
        }
        buildMillis << timer.nsecsElapsed() / 1e6;
    }
    LikeScan like;
    if (!like.build(entries)) {
        err << "search-bench: cannot fill the LIKE table\n";
        return 1;
    }

    // Interleaved, so machine noise hits both alike.
    const QStringList typed = keystrokes();
    QList<double> ftsMicros, likeMicros, likeAllMicros;
    int emptyResults = 0;
    int likeFailures = 0;
    for (int round = 0; round < rounds; ++round) {
        for (const QString &text : typed) {
            QElapsedTimer timer;
            timer.start();
            const qsizetype hits = index.search(text).size();
            ftsMicros << timer.nsecsElapsed() / 1e3;
            timer.restart();
            likeFailures += like.search(text, true) < 0 ? 1 : 0;
            likeMicros << timer.nsecsElapsed() / 1e3;
            timer.restart();
            likeFailures += like.search(text, false) < 0 ? 1 : 0;
            likeAllMicros << timer.nsecsElapsed() / 1e3;
            emptyResults += hits == 0 ? 1 : 0;
        }
    }
    if (likeFailures > 0) {
        err << "search-bench: the LIKE query failed\n";
        return 1;
    }
    if (!index.error().isEmpty()) {
        err << "search-bench: " << index.error() << "\n";
        return 1;
    }

    out << "search as you type: " << modules.modules.size() << " guides + " << parser.value(servicesOption)
        << " made-up services, " << typed.size() << " keystrokes x " << rounds << " rounds\n";
    out << QStringLiteral("  index filled in %1 ms (median of %2)\n").arg(median(buildMillis), 0, 'f', 1).arg(buildMillis.size());
    const double floor = median(likeMicros);
    out << "  ratio is to the first row, the floor\n";
    out << row(QStringLiteral("LIKE, first 20 found"), likeMicros, floor);
    out << row(QStringLiteral("LIKE, every match"), likeAllMicros, floor);
    out << row(QStringLiteral("FTS5 search as you type"), ftsMicros, floor);
    out << QStringLiteral("  FTS5 / LIKE every match: %1\n").arg(median(ftsMicros) / median(likeAllMicros), 0, 'f', 2);
    out << "  keystrokes with no result: " << emptyResults / rounds << " of " << typed.size() << "\n";
    out << "top results:\n";
    for (const QString &text : kTyped) {
        QStringList top;
        for (const SearchHit &hit : index.search(text, 3))
            top << hit.id;
        out << QStringLiteral("  %1 %2\n").arg(QStringLiteral("\"%1\"").arg(text), -24).arg(top.join(QStringLiteral(", ")));
    }
    return 0;
}
