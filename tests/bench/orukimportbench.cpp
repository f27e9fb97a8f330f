// Open Referral UK import benchmark: a council directory of 5,000 services (orukfeedmaker.h: made
// up from the real Bristol records' shapes) as one ORUK 3.0 page, and the same services as an ORUK
// v1 page. Each round, interleaved (which goes first alternates):
//   - the floor: QJsonDocument::fromJson of the feed's bytes, and freeing the document;
//   - the whole import, as `commonground-content import-oruk` does it minus the disk: fromJson,
//     readOrukPage, importOrukRecords with the shipped mapping, and the services file's bytes
//     (serviceToJson for each service, then QJsonDocument::toJson).
// Then the peak resident memory of each, in fresh processes of this program (--peak-memory), so
// neither measurement sees the other's allocations. Reports medians and the ratios to the floor.
//
//   oruk-import-bench [--rounds N] [--services N] [--memory-runs N]
#include "benchstats.h"
#include "content/jsonfile.h"
#include "content/orukimport.h"
#include "content/topiclists.h"
#include "orukfeedmaker.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

#include <numeric>

namespace {

using namespace cg;

// Fixed, so the same feed counts the same services as stale on any day it is run.
const QDate kToday(2026, 11, 23);
constexpr quint32 kSeed = 20261123;

struct Phases {
    double parse = 0;   // QJsonDocument::fromJson
    double page = 0;    // readOrukPage
    double import = 0;  // importOrukRecords
    double write = 0;   // serviceToJson for each service and QJsonDocument::toJson
};

struct Imported {
    QByteArray servicesFile;
    OrukImportReport report;
};

double millisSince(const QElapsedTimer &timer)
{
    return timer.nsecsElapsed() / 1e6;
}

// The import-oruk command's work (app/tools/importorukcommand.cpp) on bytes in memory.
Imported importFeed(const QByteArray &feed, const ServiceMapping &mapping, Phases *phases)
{
    QElapsedTimer timer;
    timer.start();
    const QJsonDocument document = QJsonDocument::fromJson(feed);
    phases->parse = millisSince(timer);
    QString error;
    const std::optional<OrukPage> page = readOrukPage(document, &error);
    phases->page = millisSince(timer) - phases->parse;
    if (!page)
        return {};
    const OrukImportResult result =
        importOrukRecords(page->records, mapping, kToday, QStringLiteral("From the council's service directory"));
    phases->import = millisSince(timer) - phases->parse - phases->page;
    QJsonArray services;
    for (const Service &service : result.services)
        services << serviceToJson(service);
    const QJsonObject file{{QStringLiteral("area"), QStringLiteral("E06000023")},
                           {QStringLiteral("imported_on"), kToday.toString(Qt::ISODate)},
                           {QStringLiteral("services"), services}};
    Imported imported{QJsonDocument(file).toJson(QJsonDocument::Indented), result.report};
    phases->write = millisSince(timer) - phases->parse - phases->page - phases->import;
    return imported;
}

std::optional<ServiceMapping> shippedMapping(QString *error)
{
    const TopicLists topics = readTopicLists(QStringLiteral(CG_CONTENT_DIR));
    const ServiceMappingResult read =
        readServiceMapping(QStringLiteral(CG_CONTENT_DIR "/service-mapping.json"), topics.serviceTopics);
    if (!topics.issues.isEmpty() || !read.issues.isEmpty()) {
        *error = QStringLiteral("cannot read the mapping in %1").arg(QStringLiteral(CG_CONTENT_DIR));
        return std::nullopt;
    }
    return read.mapping;
}

// The real Bristol records: the three of the services page and the full record.
QList<QJsonObject> bristolRecords(QString *error)
{
    const QDir fixtures(QStringLiteral(CG_ORUK_FIXTURES));
    QList<QJsonObject> records;
    for (const char *name : {"bristol_oruk-v3_services_page1.json", "bristol_oruk-v3_service_full_1625ip.json"}) {
        const JsonFileResult file = readJsonFile(fixtures.filePath(QLatin1String(name)), QLatin1String(name));
        QString notAFeed;
        const std::optional<OrukPage> page = file.issue ? std::nullopt : readOrukPage(file.document, &notAFeed);
        if (!page) {
            *error = file.issue ? file.issue->toString() : notAFeed;
            return {};
        }
        records << page->records;
    }
    return records;
}

// What the feed maker put in must be what the importer counted.
bool reportMatches(const OrukImportReport &report, const OrukFeed &feed)
{
    const int skipped = std::accumulate(report.skipped.cbegin(), report.skipped.cend(), 0);
    return report.read == feed.records && report.duplicates == feed.duplicates
        && report.skipped.value(QStringLiteral("no name")) == feed.withoutName
        && report.skipped.value(QStringLiteral("not active")) == feed.inactive
        && skipped == feed.withoutName + feed.inactive
        && report.imported == feed.records - feed.duplicates - feed.withoutName - feed.inactive;
}

// The process's peak resident memory so far, VmHWM in /proc/self/status. Not getrusage's
// ru_maxrss: Linux carries the parent's peak over into a child through fork and exec, so a child
// started by this bench would report the bench's own peak.
long peakResidentKilobytes()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLong();
    }
    return -1;
}

// Child mode: the same set-up in both (Qt, the feed's bytes read from a file, the mapping), the
// peak so far, then one floor or one import, and the peak after it.
int measurePeakMemory(const QString &mode, const QString &feedPath, QTextStream &out, QTextStream &err)
{
    QFile file(feedPath);
    if (!file.open(QIODevice::ReadOnly)) {
        err << "oruk-import-bench: cannot read " << feedPath << "\n";
        return 1;
    }
    const QByteArray feed = file.readAll();
    QString error;
    const std::optional<ServiceMapping> mapping = shippedMapping(&error);
    if (!mapping) {
        err << "oruk-import-bench: " << error << "\n";
        return 1;
    }
    const long baseline = peakResidentKilobytes();
    qsizetype kept = 0;
    if (mode == QLatin1String("floor")) {
        const QJsonDocument document = QJsonDocument::fromJson(feed);
        kept = document.object().size();
    } else if (mode == QLatin1String("import")) {
        Phases phases;
        kept = importFeed(feed, *mapping, &phases).servicesFile.size();
    } else {
        err << "oruk-import-bench: --peak-memory takes floor or import\n";
        return 2;
    }
    const long peak = peakResidentKilobytes();
    out << "baseline_kb " << baseline << " peak_kb " << peak << " kept " << kept << "\n";
    return kept > 0 && baseline > 0 && peak > 0 ? 0 : 1;
}

struct PeakMemory {
    QList<double> baselineMb;
    QList<double> peakMb;
};

bool runChild(const QString &mode, const QString &feedPath, PeakMemory &memory, QString *error)
{
    QProcess child;
    child.start(QCoreApplication::applicationFilePath(),
                {QStringLiteral("--peak-memory"), mode, QStringLiteral("--feed"), feedPath});
    if (!child.waitForFinished(-1) || child.exitStatus() != QProcess::NormalExit || child.exitCode() != 0) {
        *error = QStringLiteral("the %1 child failed: %2").arg(mode, QString::fromUtf8(child.readAllStandardError()));
        return false;
    }
    const QStringList words = QString::fromUtf8(child.readAllStandardOutput()).split(QLatin1Char(' '));
    if (words.size() < 4) {
        *error = QStringLiteral("the %1 child said nothing useful").arg(mode);
        return false;
    }
    memory.baselineMb << words.at(1).toDouble() / 1024;
    memory.peakMb << words.at(3).toDouble() / 1024;
    return true;
}

QString row(const QString &name, const QList<double> &millis, double floorMedian)
{
    return QStringLiteral("  %1 median %2 ms   p95 %3 ms   ratio %4\n")
        .arg(name, -40)
        .arg(median(millis), 8, 'f', 1)
        .arg(percentile(millis, 0.95), 8, 'f', 1)
        .arg(median(millis) / floorMedian, 0, 'f', 2);
}

QString megabytes(qsizetype bytes)
{
    return QString::number(bytes / 1e6, 'f', 1) + QStringLiteral(" MB");
}

// One shape's timings: the floor and the whole import with its phases.
struct ShapeTimings {
    QList<double> floor, whole, parse, page, import, write, teardown;
    Imported last;
};

void timeFloor(const QByteArray &feed, ShapeTimings &timings)
{
    QElapsedTimer timer;
    timer.start();
    {
        const QJsonDocument document = QJsonDocument::fromJson(feed);
        if (document.isNull())
            qFatal("the generated feed does not parse");
    }
    timings.floor << millisSince(timer);
}

void timeImport(const QByteArray &feed, const ServiceMapping &mapping, ShapeTimings &timings)
{
    Phases phases;
    QElapsedTimer timer;
    timer.start();
    {
        timings.last = importFeed(feed, mapping, &phases);
    }
    timings.whole << millisSince(timer);
    timings.parse << phases.parse;
    timings.page << phases.page;
    timings.import << phases.import;
    timings.write << phases.write;
    // Freeing the document, the records and the services, which the floor's time includes too.
    timings.teardown << timings.whole.last() - phases.parse - phases.page - phases.import - phases.write;
}

QString report(const QString &title, const OrukFeed &feed, const ShapeTimings &timings)
{
    QString text;
    const double floor = median(timings.floor);
    text += title + QStringLiteral(" (%1)\n").arg(megabytes(feed.json.size()));
    text += QStringLiteral("  %1\n").arg(timings.last.report.summary());
    text += QStringLiteral("  services file written: %1\n").arg(megabytes(timings.last.servicesFile.size()));
    text += QStringLiteral("  ratio is to the first row, the floor\n");
    text += row(QStringLiteral("floor: QJsonDocument::fromJson, freed"), timings.floor, floor);
    text += row(QStringLiteral("whole import, bytes to services file"), timings.whole, floor);
    text += row(QStringLiteral("  of which fromJson"), timings.parse, floor);
    text += row(QStringLiteral("  of which readOrukPage"), timings.page, floor);
    text += row(QStringLiteral("  of which importOrukRecords"), timings.import, floor);
    text += row(QStringLiteral("  of which serviceToJson + toJson"), timings.write, floor);
    text += row(QStringLiteral("  of which freeing it all"), timings.teardown, floor);
    text += QStringLiteral("  import / floor: %1   per record read: %2 us\n")
                .arg(median(timings.whole) / floor, 0, 'f', 2)
                .arg(median(timings.whole) * 1000 / std::max(1, feed.records), 0, 'f', 1);
    return text;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication application(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Times importing an Open Referral UK feed against parsing its JSON, and their peak memory."));
    parser.addHelpOption();
    const QCommandLineOption roundsOption(QStringLiteral("rounds"), QStringLiteral("Measured rounds."),
                                          QStringLiteral("N"), QStringLiteral("15"));
    const QCommandLineOption servicesOption(QStringLiteral("services"), QStringLiteral("Records in the feed."),
                                            QStringLiteral("N"), QStringLiteral("5000"));
    const QCommandLineOption memoryRunsOption(QStringLiteral("memory-runs"),
                                              QStringLiteral("Fresh processes for each peak-memory figure."),
                                              QStringLiteral("N"), QStringLiteral("3"));
    // The child processes' mode: one floor or one import of FILE, then its peak memory.
    const QCommandLineOption peakMemoryOption(QStringLiteral("peak-memory"), QStringLiteral("Child mode: floor or import."),
                                              QStringLiteral("MODE"));
    const QCommandLineOption feedOption(QStringLiteral("feed"), QStringLiteral("Child mode: the feed file."),
                                        QStringLiteral("FILE"));
    parser.addOptions({roundsOption, servicesOption, memoryRunsOption, peakMemoryOption, feedOption});
    parser.process(application);
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (parser.isSet(peakMemoryOption))
        return measurePeakMemory(parser.value(peakMemoryOption), parser.value(feedOption), out, err);

    const int rounds = std::max(1, parser.value(roundsOption).toInt());
    const int serviceCount = std::max(1, parser.value(servicesOption).toInt());
    const int memoryRuns = std::max(1, parser.value(memoryRunsOption).toInt());
    const auto failed = [&err](const QString &what) {
        err << "oruk-import-bench: " << what << "\n";
        return 1;
    };

    QString error;
    const std::optional<ServiceMapping> mapping = shippedMapping(&error);
    if (!mapping)
        return failed(error);
    const QList<QJsonObject> templates = bristolRecords(&error);
    if (templates.isEmpty())
        return failed(error);
    const OrukFeed version3 = makeOrukFeed(templates, serviceCount, kSeed, OrukShape::Version3, kToday);
    const OrukFeed version1 = makeOrukFeed(templates, serviceCount, kSeed, OrukShape::Version1, kToday);

    // One unmeasured round warms caches and the allocator, and checks the counts.
    ShapeTimings warmUp;
    for (const OrukFeed *feed : {&version3, &version1}) {
        timeImport(feed->json, *mapping, warmUp);
        if (!reportMatches(warmUp.last.report, *feed))
            return failed(QStringLiteral("the import counted %1; the feed has %2 records, %3 repeated ids, %4 without a "
                                         "name, %5 inactive")
                              .arg(warmUp.last.report.summary())
                              .arg(feed->records)
                              .arg(feed->duplicates)
                              .arg(feed->withoutName)
                              .arg(feed->inactive));
    }

    ShapeTimings v3, v1;
    for (int round = 0; round < rounds; ++round) {
        for (int turn = 0; turn < 2; ++turn) {
            const bool floorFirst = round % 2 == 0;
            if ((turn == 0) == floorFirst) {
                timeFloor(version3.json, v3);
                timeFloor(version1.json, v1);
            } else {
                timeImport(version3.json, *mapping, v3);
                timeImport(version1.json, *mapping, v1);
            }
        }
    }
    if (!reportMatches(v3.last.report, version3) || !reportMatches(v1.last.report, version1))
        return failed(QStringLiteral("the counts changed between rounds"));

    // Peak memory, each figure from a fresh process reading the v3 feed from a file.
    QTemporaryDir folder;
    if (!folder.isValid())
        return failed(QStringLiteral("no temporary folder"));
    const QString feedPath = QDir(folder.path()).filePath(QStringLiteral("feed.json"));
    QFile feedFile(feedPath);
    if (!feedFile.open(QIODevice::WriteOnly) || feedFile.write(version3.json) != version3.json.size())
        return failed(QStringLiteral("cannot write %1").arg(feedPath));
    feedFile.close();
    PeakMemory floorMemory, importMemory;
    for (int run = 0; run < memoryRuns; ++run) {
        for (int turn = 0; turn < 2; ++turn) {
            const bool floorTurn = (turn == 0) == (run % 2 == 0);
            if (!runChild(floorTurn ? QStringLiteral("floor") : QStringLiteral("import"), feedPath,
                          floorTurn ? floorMemory : importMemory, &error))
                return failed(error);
        }
    }

    out << "Open Referral UK import: " << serviceCount << " services, " << rounds << " rounds\n";
    out << report(QStringLiteral("ORUK 3.0 page"), version3, v3);
    out << report(QStringLiteral("the same services as an ORUK v1 page"), version1, v1);
    const double baseline = median(floorMemory.baselineMb + importMemory.baselineMb);
    const double floorPeak = median(floorMemory.peakMb);
    const double importPeak = median(importMemory.peakMb);
    out << "peak resident memory (VmHWM), ORUK 3.0 page, each run in a fresh process, median of " << memoryRuns
        << "\n";
    out << QStringLiteral("  before either (Qt, the feed's bytes, the mapping)   %1 MB\n").arg(baseline, 7, 'f', 1);
    out << QStringLiteral("  floor: fromJson                    peak %1 MB   +%2 MB over that\n")
               .arg(floorPeak, 7, 'f', 1)
               .arg(floorPeak - baseline, 6, 'f', 1);
    out << QStringLiteral("  whole import                       peak %1 MB   +%2 MB over that\n")
               .arg(importPeak, 7, 'f', 1)
               .arg(importPeak - baseline, 6, 'f', 1);
    out << QStringLiteral("  import / floor: peak %1   growth %2\n")
               .arg(importPeak / floorPeak, 0, 'f', 2)
               .arg((importPeak - baseline) / std::max(0.1, floorPeak - baseline), 0, 'f', 2);
    return 0;
}
