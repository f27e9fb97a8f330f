#pragma once

#include "core/openinghours.h"

#include <QDate>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace cg {

// One place a parent can go for help, as the Get help screen shows it. Imported from a council's
// Open Referral UK feed or written by hand in a content pack. Only the service's public routes
// are kept: never a person's name or a private address.
struct Service {
    enum class Cost { Unknown, Free, Paid };

    QString id;
    QString name;
    QString provider;
    QString summary;          // plain text
    QString whoFor;           // plain text, such as "Young people aged 16 to 25"
    std::optional<int> minimumAge;
    std::optional<int> maximumAge;
    Cost cost = Cost::Unknown;
    QString costText;         // the feed's own words about cost
    QStringList phones;       // numbers, or the feed's words when a "number" is really text
    QString website;
    QString email;
    QStringList places;       // addresses (never for domestic-abuse services)
    QStringList ways;         // "in-person", "phone", "online", "home-visit"
    QStringList times;        // plain text, one line each
    ServiceHours hours;       // the same, for "open now"; unknown for most hand-written records
    QStringList languages;
    std::optional<bool> selfReferral;  // unknown when the feed does not say
    QStringList topics;       // service topic keys (topics.json "service_topics")
    QString tier;             // "self-help", "universal", "targeted", "specialist", "crisis"
    QDate lastChecked;        // assured_date; invalid when unknown
    QString attribution;      // such as "Contains public sector information licensed under the OGL"
    QString source;           // where a hand-written record's details come from

    bool operator==(const Service &) const = default;
};

// The number to dial in a phone field as written ("Bristol Youth MAPS: 0117 332 7111" gives
// "01173327111"; "+44 ..." keeps its plus). Empty when there is no number of 3 digits or more.
QString dialableNumber(const QString &written);

// Every service's id, in order.
QStringList serviceIds(const QList<Service> &services);

QJsonObject serviceToJson(const Service &service);
// Nullopt when the id or name is missing or a field has the wrong type. Hand-written records say
// "last_reviewed" where imported ones say "last_checked"; both are read.
std::optional<Service> serviceFromJson(const QJsonObject &json);

} // namespace cg
