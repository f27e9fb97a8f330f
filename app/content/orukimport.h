#pragma once

#include "content/servicemapping.h"
#include "core/service.h"

#include <QDate>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace cg {

// One response from an Open Referral UK feed, whatever its shape: an ORUK 3.0 page
// (contents/total_pages/last_page), an ORUK v1 page (content/totalPages/last), a bare array of
// records, or one full record. Key casing does not matter.
struct OrukPage {
    QList<QJsonObject> records;
    std::optional<int> pageNumber;
    std::optional<int> totalPages;
    bool lastPage = false;  // the feed said so, or the page was empty
};

// Nullopt, with `error` saying why, when the document is not a directory feed at all (an HTML
// error page, some other JSON).
std::optional<OrukPage> readOrukPage(const QJsonDocument &document, QString *error);

// What an import did, for the summary line and --report.
struct OrukImportReport {
    int read = 0;
    int imported = 0;
    int duplicates = 0;
    int stale = 0;                // imported, but last checked more than 12 months ago
    QMap<QString, int> skipped;   // reason → count

    QJsonObject toJson() const;
    QString summary() const;
};

struct OrukImportResult {
    QList<Service> services;
    OrukImportReport report;
};

// Turns feed records into the app's services: plain text, public contact routes only, topics and
// tier from `mapping`. A bad record is skipped with a reason; one duplicate id is kept once.
OrukImportResult importOrukRecords(const QList<QJsonObject> &records, const ServiceMapping &mapping, QDate today,
                                   const QString &attribution);

} // namespace cg
