#include "tools/orukfeedreader.h"

#include "content/jsonfile.h"
#include "content/orukimport.h"
#include "tools/blockinghttpclient.h"

#include <QHash>
#include <QJsonDocument>
#include <QSet>
#include <QUrlQuery>

#include <algorithm>
#include <variant>

namespace cg {
namespace {

const QString kPage = QStringLiteral("page");
const QString kPerPage = QStringLiteral("per_page");
const QString kFullRecordFailed = QStringLiteral("full record could not be fetched: ");

// A record's id as the importer reads it: a string, or a number written without a fraction.
QString recordId(const QJsonObject &record)
{
    QJsonValue id = record.value(QLatin1String("id"));
    for (auto it = record.constBegin(); id.isUndefined() && it != record.constEnd(); ++it) {
        if (it.key().compare(QLatin1String("id"), Qt::CaseInsensitive) == 0)
            id = it.value();
    }
    if (id.isString())
        return id.toString().trimmed();
    if (id.isDouble())
        return QString::number(id.toDouble(), 'g', 15);
    return {};
}

// What tells one listed record from another when deciding whether a page brought anything new:
// its id, or for a record without one, the record itself.
QString listingKey(const QJsonObject &record)
{
    const QString id = recordId(record);
    return id.isEmpty() ? QString::fromUtf8(QJsonDocument(record).toJson(QJsonDocument::Compact)) : u'#' + id;
}

bool looksLikeHtml(const QByteArray &body)
{
    QByteArray start = body.left(512).trimmed();
    if (start.startsWith("\xEF\xBB\xBF"))
        start = start.mid(3).trimmed();
    return start.startsWith('<');
}

// The answer as JSON, or why it is not: its status, an HTML page (however it was labelled), an
// empty or broken body.
std::optional<QJsonDocument> jsonOf(const HttpAnswer &answer, QString *why)
{
    if (!answer.answered()) {
        *why = answer.failureText;
        return std::nullopt;
    }
    if (!answer.succeeded()) {
        *why = QStringLiteral("it answered ") + answer.describeStatus();
        return std::nullopt;
    }
    if (looksLikeHtml(answer.body)) {
        *why = QStringLiteral("it answered with an HTML page, not JSON");
        if (answer.contentType.contains("json"))
            *why += QStringLiteral(" (though it labelled it %1)").arg(QString::fromLatin1(answer.contentType));
        return std::nullopt;
    }
    if (answer.body.trimmed().isEmpty()) {
        *why = QStringLiteral("the answer was empty");
        return std::nullopt;
    }
    const JsonFileResult parsed = parseJson(answer.body, {});
    if (parsed.issue) {
        *why = QStringLiteral("%1 of the answer: %2").arg(parsed.issue->where, parsed.issue->message);
        return std::nullopt;
    }
    return parsed.document;
}

// One answer from /services.
struct ListAnswer {
    OrukPage page;
    bool wholeFeed = false;  // a bare array or a single record: there are no pages to follow
};

std::optional<ListAnswer> readListAnswer(const HttpAnswer &answer, QString *why)
{
    const std::optional<QJsonDocument> document = jsonOf(answer, why);
    if (!document)
        return std::nullopt;
    std::optional<OrukPage> page = readOrukPage(*document, why);
    if (!page)
        return std::nullopt;
    const bool singleRecord = document->isObject() && page->records.size() == 1
        && page->records.first() == document->object();
    return ListAnswer{*page, document->isArray() || singleRecord};
}

// Why a full record is missing, as a reason in the import report (few and stable, so they count
// up; the details differ from record to record).
QString fullRecordFailure(const HttpAnswer &answer)
{
    switch (answer.failure) {
    case HttpFailure::None:
        break;
    case HttpFailure::TimedOut:
        return kFullRecordFailed + QStringLiteral("timed out");
    case HttpFailure::RedirectedOffSite:
        return kFullRecordFailed + QStringLiteral("redirected to another site");
    case HttpFailure::NoAnswer:
    case HttpFailure::BrokeOff:
        return kFullRecordFailed + QStringLiteral("no complete answer");
    }
    if (!answer.succeeded())
        return kFullRecordFailed + QStringLiteral("HTTP %1").arg(answer.status);
    if (looksLikeHtml(answer.body))
        return kFullRecordFailed + QStringLiteral("an HTML page, not JSON");
    return kFullRecordFailed + QStringLiteral("not valid JSON");
}

using FullRecord = std::variant<QJsonObject, QString>;  // the record, or why it is missing

FullRecord fetchFullRecord(const BlockingHttpClient &http, const QUrl &services, const QString &id)
{
    const HttpAnswer answer = http.get(orukRecordUrl(services, id));
    QString why;
    const std::optional<QJsonDocument> document = jsonOf(answer, &why);
    if (!document)
        return fullRecordFailure(answer);
    // An error object ({"error": "not found"}) with a 200 status is not a record.
    if (!document->isObject() || recordId(document->object()).isEmpty())
        return kFullRecordFailed + QStringLiteral("not a service record");
    return document->object();
}

// The listing: every record from every page, in order, before any full record is fetched, so a
// page that fails costs no record requests.
struct Listing {
    QList<QJsonObject> records;
    int pages = 0;
    OrukFeed::End end = OrukFeed::End::Complete;
    QString paging;
};

struct ListingResult {
    std::optional<Listing> listing;
    QString error;
};

ListingResult readListing(const BlockingHttpClient &http, const QUrl &services, OrukFeedOptions options)
{
    Listing listing;
    QSet<QString> seen;
    for (int number = 1;; ++number) {
        const QUrl url = orukPageUrl(services, number, options.perPage);
        const HttpAnswer answer = http.get(url);
        QString why;
        const std::optional<ListAnswer> list = readListAnswer(answer, &why);
        if (!list && number == 1) {
            const QString what = answer.answered() ? QStringLiteral("is not a service directory feed")
                                                   : QStringLiteral("could not be read");
            return {std::nullopt, QStringLiteral("%1 %2: %3").arg(url.toDisplayString(), what, why)};
        }
        if (!list) {
            return {std::nullopt, QStringLiteral("page %1 of the feed could not be read (%2): %3")
                                      .arg(number)
                                      .arg(url.toDisplayString(), why)};
        }
        listing.pages = number;
        const OrukPage &page = list->page;
        if (list->wholeFeed) {
            listing.records = page.records;
            listing.paging = QStringLiteral("complete: the feed answered with one list, not pages");
            return {listing, {}};
        }
        const bool bringsSomethingNew = std::any_of(page.records.cbegin(), page.records.cend(),
                                                    [&seen](const QJsonObject &record) {
                                                        return !seen.contains(listingKey(record));
                                                    });
        if (!page.records.isEmpty() && !bringsSomethingNew) {
            listing.paging = QStringLiteral("stopped at page %1, which listed only services already read (the feed "
                                            "seems to ignore ?page=)")
                                 .arg(number);
            listing.end = OrukFeed::End::RepeatedPage;
            return {listing, {}};
        }
        for (const QJsonObject &record : page.records) {
            seen.insert(listingKey(record));
            listing.records << record;
        }
        if (page.records.isEmpty()) {
            listing.paging = QStringLiteral("complete: page %1 was empty").arg(number);
            return {listing, {}};
        }
        if (page.lastPage) {
            listing.paging = QStringLiteral("complete: page %1 said it was the last").arg(number);
            return {listing, {}};
        }
        if (page.totalPages && number >= *page.totalPages) {
            listing.paging = QStringLiteral("complete: read all %1 pages the feed announced").arg(*page.totalPages);
            return {listing, {}};
        }
        if (number >= options.maxPages) {
            listing.paging = QStringLiteral("stopped at the %1-page limit").arg(options.maxPages);
            listing.end = OrukFeed::End::PageLimit;
            return {listing, {}};
        }
    }
}

// Each listed record in full, in the listing's order.
OrukFeed fetchFullRecords(const BlockingHttpClient &http, const QUrl &services, const Listing &listing)
{
    OrukFeed feed;
    feed.pages = listing.pages;
    feed.end = listing.end;
    feed.paging = listing.paging;
    QHash<QString, FullRecord> fetched;  // each id is fetched once, however often it is listed
    for (const QJsonObject &listed : listing.records) {
        const QString id = recordId(listed);
        if (id.isEmpty()) {
            feed.records << listed;  // the importer skips it with its own reason
            continue;
        }
        auto found = fetched.constFind(id);
        if (found == fetched.constEnd())
            found = fetched.insert(id, fetchFullRecord(http, services, id));
        if (const auto *record = std::get_if<QJsonObject>(&*found))
            feed.records << *record;
        else
            ++feed.skipped[std::get<QString>(*found)];
    }
    return feed;
}

} // namespace

QUrl orukServicesUrl(const QUrl &base)
{
    QUrl url = base;
    QString path = url.path(QUrl::FullyEncoded);
    while (path.endsWith(u'/'))
        path.chop(1);
    if (!path.endsWith(QLatin1String("/services")))
        path += QLatin1String("/services");
    url.setPath(path, QUrl::StrictMode);
    url.setFragment({});
    return url;
}

QUrl orukPageUrl(const QUrl &services, int page, int perPage)
{
    QUrl url = services;
    QUrlQuery query(url);
    query.removeAllQueryItems(kPage);
    query.removeAllQueryItems(kPerPage);
    query.addQueryItem(kPage, QString::number(page));
    query.addQueryItem(kPerPage, QString::number(perPage));
    url.setQuery(query);
    return url;
}

QUrl orukRecordUrl(const QUrl &services, const QString &id)
{
    QUrl url = services;
    url.setPath(services.path(QUrl::FullyEncoded) + u'/' + QString::fromLatin1(QUrl::toPercentEncoding(id)),
                QUrl::StrictMode);
    return url;
}

OrukFeedReader::OrukFeedReader(const BlockingHttpClient &http, OrukFeedOptions options)
    : m_http(http), m_options(options)
{
}

OrukFeedResult OrukFeedReader::read(const QUrl &base) const
{
    const QUrl services = orukServicesUrl(base);
    const ListingResult listed = readListing(m_http, services, m_options);
    if (!listed.listing)
        return {std::nullopt, listed.error};
    return {fetchFullRecords(m_http, services, *listed.listing), {}};
}

} // namespace cg
