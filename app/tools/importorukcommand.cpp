#include "tools/importorukcommand.h"

#include "content/jsonfile.h"
#include "content/orukimport.h"
#include "content/topiclists.h"
#include "tools/blockinghttpclient.h"
#include "tools/orukfeedreader.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QSaveFile>

#include <chrono>

namespace cg {
namespace {

const QString kUsage = QStringLiteral("usage: commonground-content import-oruk SOURCE --area CODE --out FILE "
                                      "[--report FILE] [--content DIR] [--attribution TEXT] [--max-pages N]");

// A feed that sends nothing for this long is given up on, one request at a time.
constexpr std::chrono::seconds kFeedTimeout(30);
const QByteArray kUserAgent = QByteArrayLiteral("commonground-content/" CG_VERSION " (import-oruk)");

// The records to import, from a saved file or a live feed, and what reading them adds to the report.
struct CollectedRecords {
    QList<QJsonObject> records;
    QMap<QString, int> skipped;  // reason → records listed but not readable
    QJsonObject reportFields;    // for a feed: source, pages, paging
};

bool isFeedUrl(const QString &source)
{
    return source.startsWith(QLatin1String("http://"), Qt::CaseInsensitive)
        || source.startsWith(QLatin1String("https://"), Qt::CaseInsensitive);
}

std::optional<CollectedRecords> recordsFromFile(const QString &source, ToolStreams streams)
{
    const JsonFileResult read = readJsonFile(source, source);
    QString notAFeed;
    const std::optional<OrukPage> page = read.issue ? std::nullopt : readOrukPage(read.document, &notAFeed);
    if (!page) {
        streams.err << "import-oruk: " << source << " is not a service directory feed: "
                    << (read.issue ? read.issue->toString() : notAFeed) << Qt::endl;
        return std::nullopt;
    }
    return CollectedRecords{page->records, {}, {}};
}

std::optional<CollectedRecords> recordsFromFeed(const QUrl &url, int maxPages, ToolStreams streams)
{
    QNetworkAccessManager network;
    const BlockingHttpClient http(network, kFeedTimeout, kUserAgent, QByteArrayLiteral("application/json"));
    OrukFeedOptions options;
    options.maxPages = maxPages;
    const OrukFeedResult read = OrukFeedReader(http, options).read(url);
    if (!read.feed) {
        // Nothing is written, so a feed that breaks part-way never replaces a good services file.
        streams.err << "import-oruk: " << read.error << "; nothing was written" << Qt::endl;
        return std::nullopt;
    }
    const OrukFeed &feed = *read.feed;
    if (feed.end != OrukFeed::End::Complete) {
        streams.err << "import-oruk: " << feed.paging << "; the feed may list more services than were read"
                    << (feed.end == OrukFeed::End::PageLimit ? QStringLiteral(" (raise the limit with --max-pages N)")
                                                             : QString())
                    << Qt::endl;
    }
    const QJsonObject fields{{QStringLiteral("source"), url.toDisplayString()},
                             {QStringLiteral("pages"), feed.pages},
                             {QStringLiteral("paging"), feed.paging}};
    return CollectedRecords{feed.records, feed.skipped, fields};
}

bool writeJson(const QString &path, const QJsonObject &json, ToolStreams streams)
{
    QSaveFile file(path);
    const QByteArray bytes = QJsonDocument(json).toJson(QJsonDocument::Indented);
    if (file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit())
        return true;
    streams.err << "import-oruk: cannot write " << path << ": " << file.errorString() << Qt::endl;
    return false;
}

int run(const QStringList &arguments, ToolStreams streams, QDate today)
{
    QCommandLineParser parser;
    const QCommandLineOption area(QStringLiteral("area"), QStringLiteral("ONS code of the area"), QStringLiteral("CODE"));
    const QCommandLineOption out(QStringLiteral("out"), QStringLiteral("services file to write"), QStringLiteral("FILE"));
    const QCommandLineOption report(QStringLiteral("report"), QStringLiteral("JSON report to write"), QStringLiteral("FILE"));
    const QCommandLineOption content(QStringLiteral("content"), QStringLiteral("content folder with topics.json and "
                                                                               "service-mapping.json"), QStringLiteral("DIR"));
    const QCommandLineOption attribution(QStringLiteral("attribution"), QStringLiteral("the feed's licence words"),
                                         QStringLiteral("TEXT"));
    const QCommandLineOption maxPages(QStringLiteral("max-pages"),
                                      QStringLiteral("most list pages to read from a feed URL (default %1)")
                                          .arg(OrukFeedOptions{}.maxPages),
                                      QStringLiteral("N"));
    parser.addOptions({area, out, report, content, attribution, maxPages});
    if (!parser.parse(QStringList{QStringLiteral("import-oruk")} + arguments) || parser.positionalArguments().size() != 1
        || !parser.isSet(area) || !parser.isSet(out)) {
        streams.err << (parser.errorText().isEmpty() ? QString() : parser.errorText() + u'\n') << kUsage << Qt::endl;
        return ToolExitUsage;
    }
    const QString source = parser.positionalArguments().first();
    const QUrl feedUrl(source, QUrl::StrictMode);
    if (isFeedUrl(source) && (!feedUrl.isValid() || feedUrl.host().isEmpty())) {
        streams.err << "import-oruk: " << source << " is not a valid feed URL" << Qt::endl << kUsage << Qt::endl;
        return ToolExitUsage;
    }
    int pageLimit = OrukFeedOptions{}.maxPages;
    if (parser.isSet(maxPages)) {
        bool number = false;
        pageLimit = parser.value(maxPages).toInt(&number);
        if (!number || pageLimit < 1) {
            streams.err << "import-oruk: --max-pages needs a whole number of at least 1, not '"
                        << parser.value(maxPages) << "'" << Qt::endl << kUsage << Qt::endl;
            return ToolExitUsage;
        }
    }
    const QString contentDir = parser.isSet(content) ? parser.value(content) : QStringLiteral(":/content");
    const TopicLists topics = readTopicLists(contentDir);
    const ServiceMappingResult mapping =
        readServiceMapping(QDir(contentDir).filePath(QStringLiteral("service-mapping.json")), topics.serviceTopics);
    for (const ValidationIssue &issue : topics.issues + mapping.issues)
        streams.err << "import-oruk: " << issue.toString() << Qt::endl;
    if (!topics.issues.isEmpty() || !mapping.issues.isEmpty())
        return ToolExitProblems;

    const std::optional<CollectedRecords> collected =
        isFeedUrl(source) ? recordsFromFeed(feedUrl, pageLimit, streams) : recordsFromFile(source, streams);
    if (!collected)
        return ToolExitProblems;
    const QString words = parser.isSet(attribution) ? parser.value(attribution)
                                                    : QStringLiteral("From the council's service directory");
    OrukImportResult imported = importOrukRecords(collected->records, mapping.mapping, today, words);
    // Records the feed listed but would not give in full were read, and skipped.
    for (auto it = collected->skipped.constBegin(); it != collected->skipped.constEnd(); ++it) {
        imported.report.read += it.value();
        imported.report.skipped[it.key()] += it.value();
    }
    QJsonArray services;
    for (const Service &service : imported.services)
        services << serviceToJson(service);
    const QJsonObject file{{QStringLiteral("area"), parser.value(area)},
                           {QStringLiteral("imported_on"), today.toString(Qt::ISODate)},
                           {QStringLiteral("services"), services}};
    if (!writeJson(parser.value(out), file, streams))
        return ToolExitProblems;
    QJsonObject reportJson = imported.report.toJson();
    for (auto it = collected->reportFields.constBegin(); it != collected->reportFields.constEnd(); ++it)
        reportJson.insert(it.key(), it.value());
    if (parser.isSet(report) && !writeJson(parser.value(report), reportJson, streams))
        return ToolExitProblems;
    streams.out << imported.report.summary() << Qt::endl;
    return ToolExitOk;
}

} // namespace

ToolCommand importOrukCommand(QDate today)
{
    return {QStringLiteral("import-oruk"), QStringLiteral("SOURCE --area CODE --out FILE"),
            QStringLiteral("Turn an Open Referral UK feed into an area services file."),
            [today](const QStringList &arguments, ToolStreams streams) { return run(arguments, streams, today); }};
}

} // namespace cg
