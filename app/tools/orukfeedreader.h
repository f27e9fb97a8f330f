#pragma once

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QUrl>

#include <optional>

namespace cg {

class BlockingHttpClient;

struct OrukFeedOptions {
    int perPage = 100;
    // Enough for 20,000 services at 100 a page; a pager that never ends stops here.
    int maxPages = 200;
};

// Everything read from a live feed, ready for importOrukRecords.
struct OrukFeed {
    // Full records in the order the feed listed them (a record listed twice appears twice, so the
    // importer counts the duplicate); listed records without an id as they were.
    QList<QJsonObject> records;
    // Reason → count: listed records left out because their full record could not be fetched.
    QMap<QString, int> skipped;
    int pages = 0;  // list pages read
    // Why paging ended. The page limit and a repeating pager stop reading a feed that may hold more.
    enum class End { Complete, PageLimit, RepeatedPage };
    End end = End::Complete;
    QString paging;  // the same in words, for the report
};

// The feed, or why it could not be read: the first page was not a directory feed, or a later
// page failed (then nothing is returned, so a partial list never replaces a council's file).
struct OrukFeedResult {
    std::optional<OrukFeed> feed;
    QString error;
};

// Reads an Open Referral UK feed over HTTP: pages through BASE/services?page=N&per_page=M from
// page 1 and fetches each listed record in full from BASE/services/{id}. It does not trust the
// feed's own page numbers (v1 feeds count from 0 or from 1); it stops at an empty page, a page
// that says it is the last, the announced page count, a page that lists nothing new (a pager that
// ignores ?page=), or the page limit.
class OrukFeedReader
{
public:
    OrukFeedReader(const BlockingHttpClient &http, OrukFeedOptions options);

    OrukFeedResult read(const QUrl &base) const;

private:
    const BlockingHttpClient &m_http;
    OrukFeedOptions m_options;
};

// BASE/services, whether BASE was given with a trailing slash, or already ends in /services.
QUrl orukServicesUrl(const QUrl &base);
// services?page=N&per_page=M, keeping any other query items the council's URL carried (a key).
QUrl orukPageUrl(const QUrl &services, int page, int perPage);
// services/{id} with the id percent-encoded, so an id with "/" or spaces stays one path segment.
QUrl orukRecordUrl(const QUrl &services, const QString &id);

} // namespace cg
