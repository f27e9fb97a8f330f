// Fuzz target for the Open Referral UK importer: one response from a council's directory feed, as
// `commonground-content import-oruk` reads a saved one. The bytes go through parseJson (that is
// QJsonDocument::fromJson, plus a message naming a line when the file is broken), readOrukPage and
// importOrukRecords with the shipped mapping (content/service-mapping.json); every imported
// service is written as a services file and read back, and each of its phones goes through
// dialableNumber. The bytes are also given to plainTextFromHtml as text (UTF-8, and UTF-16 to
// reach unpaired surrogates). What must hold for any input is checked with fuzzRequire, which
// aborts so libFuzzer keeps the input.
#include "content/htmltext.h"
#include "content/jsonfile.h"
#include "content/orukimport.h"
#include "content/servicemapping.h"
#include "content/topiclists.h"
#include "fuzzcheck.h"
#include "plaintextchecks.h"

#include <QJsonArray>
#include <QJsonParseError>
#include <QSet>

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <numeric>
#include <vector>

using namespace cg;

namespace {

ServiceMapping loadShippedMapping()
{
    const TopicLists topics = readTopicLists(QStringLiteral(CG_CONTENT_DIR));
    const ServiceMappingResult read =
        readServiceMapping(QStringLiteral(CG_CONTENT_DIR "/service-mapping.json"), topics.serviceTopics);
    if (!topics.issues.isEmpty() || !read.issues.isEmpty() || read.mapping.topics.isEmpty()) {
        std::fprintf(stderr, "oruk_fuzz: cannot read the mapping from %s\n", CG_CONTENT_DIR);
        std::abort();
    }
    return read.mapping;
}

// libFuzzer calls the target millions of times in one process, and the mapping never changes,
// so it is read on the first call only.
const ServiceMapping &shippedMapping()
{
    static const ServiceMapping mapping = loadShippedMapping();
    return mapping;
}

QStringList mappingTopics(const ServiceMapping &mapping)
{
    QStringList topics;
    for (const ServiceMapping::Topic &topic : mapping.topics)
        topics << topic.topic;
    return topics;
}

bool hasEmptyOrRepeatedItem(const QStringList &list)
{
    return list.contains(QString()) || QSet<QString>(list.cbegin(), list.cend()).size() != list.size();
}

void checkPage(const QJsonDocument &document, const std::optional<OrukPage> &page, const QString &error)
{
    if (!page) {
        fuzzRequire(!error.isEmpty(), "a document that is not a feed is refused with a reason");
        fuzzRequire(!document.isArray(), "any JSON array is read as a bare list of records");
        return;
    }
    fuzzRequire(document.isArray() || document.isObject(), "only JSON is read as a feed");
    fuzzRequire(!page->records.isEmpty() || page->lastPage, "a page without records is the last page");
    if (document.isArray()) {
        const QJsonArray array = document.array();
        const auto objects = std::count_if(array.begin(), array.end(), [](const QJsonValue &v) { return v.isObject(); });
        fuzzRequire(page->records.size() == objects, "a bare array gives each of its objects as a record");
    }
}

void checkReport(const OrukPage &page, const OrukImportResult &result)
{
    const OrukImportReport &report = result.report;
    const QStringList knownReasons{QStringLiteral("no id"), QStringLiteral("no name"), QStringLiteral("not active"),
                                   QStringLiteral("no way to contact")};
    const int skipped = std::accumulate(report.skipped.cbegin(), report.skipped.cend(), 0);
    const auto counts = [&] { return report.summary(); };
    fuzzRequire(report.read == page.records.size(), "every record is read", counts);
    fuzzRequire(report.read == report.imported + skipped + report.duplicates,
                "read = imported + skipped + duplicates", counts);
    fuzzRequire(report.imported == result.services.size(), "imported counts the services returned", counts);
    fuzzRequire(report.stale >= 0 && report.stale <= report.imported, "only imported services count as stale", counts);
    for (auto it = report.skipped.cbegin(); it != report.skipped.cend(); ++it)
        fuzzRequire(knownReasons.contains(it.key()) && it.value() > 0, "a skip has a known reason", counts);
    fuzzRequire(report.toJson().value(QStringLiteral("read")).toInt() == report.read, "the JSON report says what was read",
                counts);
    fuzzRequire(report.summary().startsWith(QStringLiteral("read %1, imported %2").arg(report.read).arg(report.imported)),
                "the summary line starts with what was read and imported", counts);
}

// The number the app dials for a phone field: nothing, or an optional "+" and at least 3 digits.
void checkDialable(const QString &phone)
{
    const QString number = dialableNumber(phone);
    const QString digits = number.startsWith(QLatin1Char('+')) ? number.mid(1) : number;
    fuzzRequire(number.isEmpty()
                    || (digits.size() >= 3 && std::all_of(digits.cbegin(), digits.cend(), [](QChar c) { return c.isDigit(); })),
                "a dialable number is an optional + and at least 3 digits",
                [&] { return QStringLiteral("\"%1\" from \"%2\"").arg(number, phone); });
}

void checkService(const Service &service, const QStringList &knownTopics)
{
    const auto which = [&service] { return QStringLiteral("service id \"%1\"").arg(service.id); };
    fuzzRequire(!service.id.isEmpty() && !service.name.isEmpty(), "every imported service has an id and a name", which);
    checkPlainText(service.name, "name");
    checkPlainText(service.summary, "summary");
    fuzzRequire(serviceTiers().contains(service.tier), "every service has one of the five tiers", which);
    for (const QString &topic : service.topics)
        fuzzRequire(knownTopics.contains(topic), "topics come from the mapping", which);
    fuzzRequire(!hasEmptyOrRepeatedItem(service.topics) && !hasEmptyOrRepeatedItem(service.phones)
                    && !hasEmptyOrRepeatedItem(service.places) && !hasEmptyOrRepeatedItem(service.ways)
                    && !hasEmptyOrRepeatedItem(service.times) && !hasEmptyOrRepeatedItem(service.languages),
                "lists hold no empty or repeated item", which);
    // Refuges and other domestic-abuse services keep their addresses private.
    fuzzRequire(!service.topics.contains(QStringLiteral("domestic-abuse")) || service.places.isEmpty(),
                "a domestic-abuse service has no places", which);
    fuzzRequire(!service.phones.isEmpty() || !service.website.isEmpty() || !service.email.isEmpty()
                    || !service.places.isEmpty(),
                "every service has a way to get in touch", which);
    const QString &email = service.email;
    fuzzRequire(email.isEmpty()
                    || (email.contains(QLatin1Char('@')) && !email.contains(QLatin1String("noemail"))
                        && !email.endsWith(QLatin1String(".invalid")) && !email.contains(QLatin1String("example."))),
                "no placeholder e-mail address is kept", which);
    const QStringList knownWays{QStringLiteral("in-person"), QStringLiteral("phone"), QStringLiteral("online"),
                                QStringLiteral("home-visit")};
    for (const QString &way : service.ways)
        fuzzRequire(knownWays.contains(way), "ways are one of the four", which);
    for (const QString &phone : service.phones)
        checkDialable(phone);
    fuzzRequire(service.phones.isEmpty() || service.ways.contains(QStringLiteral("phone")),
                "a service with a phone can be phoned", which);
    fuzzRequire(service.places.isEmpty() || service.ways.contains(QStringLiteral("in-person")),
                "a service with a place can be visited", which);
    fuzzRequire((!service.minimumAge || *service.minimumAge >= 0) && (!service.maximumAge || *service.maximumAge >= 0),
                "a negative age means unknown", which);
    fuzzRequire(service.cost != Service::Cost::Free || service.costText.contains(QLatin1String("free"), Qt::CaseInsensitive),
                "free only when the feed says so", which);
    fuzzRequire(service.attribution == QLatin1String("Fuzz feed"), "every service carries the feed's attribution", which);
}

// The services file the content tool would write, read back the way the app reads it.
void checkServicesFileRoundTrip(const QList<Service> &services)
{
    QJsonArray written;
    for (const Service &service : services) {
        const QJsonObject json = serviceToJson(service);
        const std::optional<Service> back = serviceFromJson(json);
        fuzzRequire(back && *back == service, "serviceFromJson(serviceToJson(s)) == s",
                    [&] { return QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact)); });
        written << json;
    }
    const QByteArray bytes =
        QJsonDocument(QJsonObject{{QStringLiteral("services"), written}}).toJson(QJsonDocument::Indented);
    QJsonParseError parseError;
    const QJsonDocument reread = QJsonDocument::fromJson(bytes, &parseError);
    fuzzRequire(parseError.error == QJsonParseError::NoError, "the written services file is JSON",
                [&] { return parseError.errorString(); });
    const QJsonArray read = reread.object().value(QStringLiteral("services")).toArray();
    fuzzRequire(read.size() == services.size(), "the services file holds every service");
    for (qsizetype i = 0; i < read.size(); ++i) {
        const std::optional<Service> back = serviceFromJson(read.at(i).toObject());
        fuzzRequire(back && *back == services.at(i), "a service read from the written file is the service written",
                    [&] { return services.at(i).id; });
    }
}

// The content tool reads a saved feed with parseJson (readJsonFile), which is QJsonDocument::fromJson
// plus a message naming the line an editor has to change.
QJsonDocument checkParse(const QByteArray &bytes)
{
    const JsonFileResult parsed = parseJson(bytes, QStringLiteral("feed.json"));
    QJsonParseError error;
    const QJsonDocument direct = QJsonDocument::fromJson(bytes, &error);
    if (!parsed.issue) {
        fuzzRequire(error.error == QJsonParseError::NoError && parsed.document == direct,
                    "parseJson gives what QJsonDocument::fromJson gives");
        return parsed.document;
    }
    fuzzRequire(parsed.document.isNull() && !parsed.issue->message.isEmpty(), "a refused file says why");
    fuzzRequire(bytes.trimmed().isEmpty() || error.error != QJsonParseError::NoError,
                "only text that is not JSON is refused", [&] { return parsed.issue->toString(); });
    if (!parsed.issue->where.isEmpty()) {
        bool isNumber = false;
        const int line = parsed.issue->where.mid(5).toInt(&isNumber);
        fuzzRequire(parsed.issue->where.startsWith(QLatin1String("line ")) && isNumber && line >= 1
                        && line <= 1 + bytes.count('\n'),
                    "a parse error names a line of the file", [&] { return parsed.issue->toString(); });
    }
    return {};
}

void checkImport(const QByteArray &bytes)
{
    const QJsonDocument document = checkParse(bytes);
    QString error;
    const std::optional<OrukPage> page = readOrukPage(document, &error);
    checkPage(document, page, error);
    if (!page)
        return;
    const ServiceMapping &mapping = shippedMapping();
    const OrukImportResult result = importOrukRecords(page->records, mapping, QDate(2026, 11, 23),
                                                      QStringLiteral("Fuzz feed"));
    checkReport(*page, result);
    const QStringList knownTopics = mappingTopics(mapping);
    QSet<QString> ids;
    for (const Service &service : result.services) {
        checkService(service, knownTopics);
        fuzzRequire(!ids.contains(service.id), "each id is imported once", [&] { return service.id; });
        ids.insert(service.id);
    }
    checkServicesFileRoundTrip(result.services);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    checkImport(bytes);

    // The same bytes as a description would arrive: UTF-8 text, and UTF-16 code units, which is
    // the only way to hand the converter unpaired surrogates and every control character.
    checkPlainTextFromHtml(QString::fromUtf8(bytes));
    std::vector<char16_t> units(size / 2);
    if (!units.empty())
        std::memcpy(units.data(), data, units.size() * sizeof(char16_t));
    checkPlainTextFromHtml(QString::fromUtf16(units.data(), qsizetype(units.size())));
    return 0;
}
