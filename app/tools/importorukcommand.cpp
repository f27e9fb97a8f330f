#include "tools/importorukcommand.h"

#include "content/jsonfile.h"
#include "content/orukimport.h"
#include "content/topiclists.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QSaveFile>

namespace cg {
namespace {

const QString kUsage = QStringLiteral("usage: commonground-content import-oruk SOURCE --area CODE --out FILE "
                                      "[--report FILE] [--content DIR] [--attribution TEXT]");

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
    parser.addOptions({area, out, report, content, attribution});
    if (!parser.parse(QStringList{QStringLiteral("import-oruk")} + arguments) || parser.positionalArguments().size() != 1
        || !parser.isSet(area) || !parser.isSet(out)) {
        streams.err << (parser.errorText().isEmpty() ? QString() : parser.errorText() + u'\n') << kUsage << Qt::endl;
        return ToolExitUsage;
    }
    const QString source = parser.positionalArguments().first();
    if (source.startsWith(QLatin1String("http://")) || source.startsWith(QLatin1String("https://"))) {
        streams.err << "import-oruk: reading a feed over the network is not built yet; save its pages as a JSON file "
                       "and pass that file" << Qt::endl;
        return ToolExitUsage;
    }
    const QString contentDir = parser.isSet(content) ? parser.value(content) : QStringLiteral(":/content");
    const TopicLists topics = readTopicLists(contentDir);
    const ServiceMappingResult mapping =
        readServiceMapping(QDir(contentDir).filePath(QStringLiteral("service-mapping.json")), topics.serviceTopics);
    for (const ValidationIssue &issue : topics.issues + mapping.issues)
        streams.err << "import-oruk: " << issue.toString() << Qt::endl;
    if (!topics.issues.isEmpty() || !mapping.issues.isEmpty())
        return ToolExitProblems;

    const JsonFileResult read = readJsonFile(source, source);
    QString notAFeed;
    const std::optional<OrukPage> page = read.issue ? std::nullopt : readOrukPage(read.document, &notAFeed);
    if (!page) {
        streams.err << "import-oruk: " << source << " is not a service directory feed: "
                    << (read.issue ? read.issue->toString() : notAFeed) << Qt::endl;
        return ToolExitProblems;
    }
    const QString words = parser.isSet(attribution) ? parser.value(attribution)
                                                    : QStringLiteral("From the council's service directory");
    const OrukImportResult imported = importOrukRecords(page->records, mapping.mapping, today, words);
    QJsonArray services;
    for (const Service &service : imported.services)
        services << serviceToJson(service);
    const QJsonObject file{{QStringLiteral("area"), parser.value(area)},
                           {QStringLiteral("imported_on"), today.toString(Qt::ISODate)},
                           {QStringLiteral("services"), services}};
    if (!writeJson(parser.value(out), file, streams))
        return ToolExitProblems;
    if (parser.isSet(report) && !writeJson(parser.value(report), imported.report.toJson(), streams))
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
