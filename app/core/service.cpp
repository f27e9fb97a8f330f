#include "core/service.h"

#include "core/jsonlists.h"

#include <QJsonArray>

#include <algorithm>

namespace cg {
namespace {

QString costKey(Service::Cost cost)
{
    switch (cost) {
    case Service::Cost::Free: return QStringLiteral("free");
    case Service::Cost::Paid: return QStringLiteral("paid");
    case Service::Cost::Unknown: break;
    }
    return QStringLiteral("unknown");
}

void putIfSet(QJsonObject &json, const char *key, const QString &text)
{
    if (!text.isEmpty())
        json.insert(QLatin1String(key), text);
}

void putIfSet(QJsonObject &json, const char *key, const QStringList &list)
{
    if (!list.isEmpty())
        json.insert(QLatin1String(key), QJsonArray::fromStringList(list));
}

} // namespace

QString dialableNumber(const QString &written)
{
    // The last run of digits, spaces and dashes (with an optional leading +): in "Line A: 0117 332
    // 7111" that is the number, not the words before it.
    QString best;
    QString run;
    const auto finish = [&] {
        const qsizetype digits = std::count_if(run.cbegin(), run.cend(), [](QChar c) { return c.isDigit(); });
        if (digits >= 3)
            best = run;
        run.clear();
    };
    for (const QChar c : written) {
        if (c.isDigit() || (c == QLatin1Char('+') && run.isEmpty()))
            run += c;
        else if (!run.isEmpty() && (c == QLatin1Char(' ') || c == QLatin1Char('-')))
            continue;
        else
            finish();
    }
    finish();
    return best;
}

QJsonObject serviceToJson(const Service &service)
{
    QJsonObject json{{QStringLiteral("id"), service.id},
                     {QStringLiteral("name"), service.name},
                     {QStringLiteral("summary"), service.summary},
                     {QStringLiteral("cost"), costKey(service.cost)}};
    putIfSet(json, "provider", service.provider);
    putIfSet(json, "who_for", service.whoFor);
    if (service.minimumAge)
        json.insert(QStringLiteral("minimum_age"), *service.minimumAge);
    if (service.maximumAge)
        json.insert(QStringLiteral("maximum_age"), *service.maximumAge);
    putIfSet(json, "cost_text", service.costText);
    putIfSet(json, "phones", service.phones);
    putIfSet(json, "website", service.website);
    putIfSet(json, "email", service.email);
    putIfSet(json, "places", service.places);
    putIfSet(json, "ways", service.ways);
    putIfSet(json, "times", service.times);
    if (!service.hours.regular.isEmpty())
        json.insert(QStringLiteral("open_hours"), openingHoursToJson(service.hours.regular));
    if (service.hours.allHours)
        json.insert(QStringLiteral("open_all_hours"), true);
    putIfSet(json, "languages", service.languages);
    if (service.selfReferral)
        json.insert(QStringLiteral("self_referral"), *service.selfReferral);
    putIfSet(json, "topics", service.topics);
    putIfSet(json, "tier", service.tier);
    if (service.lastChecked.isValid())
        json.insert(QStringLiteral("last_checked"), service.lastChecked.toString(Qt::ISODate));
    putIfSet(json, "attribution", service.attribution);
    putIfSet(json, "source", service.source);
    return json;
}

std::optional<Service> serviceFromJson(const QJsonObject &json)
{
    Service service;
    service.id = json.value(QStringLiteral("id")).toString();
    service.name = json.value(QStringLiteral("name")).toString();
    if (service.id.isEmpty() || service.name.isEmpty())
        return std::nullopt;
    for (const char *key : {"summary", "provider", "who_for", "cost", "cost_text", "website", "email", "tier",
                            "last_checked", "last_reviewed", "attribution", "source"}) {
        const QJsonValue value = json.value(QLatin1String(key));
        if (!value.isUndefined() && !value.isString())
            return std::nullopt;
    }
    service.summary = json.value(QStringLiteral("summary")).toString();
    service.provider = json.value(QStringLiteral("provider")).toString();
    service.whoFor = json.value(QStringLiteral("who_for")).toString();
    const QString cost = json.value(QStringLiteral("cost")).toString();
    service.cost = cost == QLatin1String("free") ? Service::Cost::Free
        : cost == QLatin1String("paid")          ? Service::Cost::Paid
                                                 : Service::Cost::Unknown;
    service.costText = json.value(QStringLiteral("cost_text")).toString();
    service.website = json.value(QStringLiteral("website")).toString();
    service.email = json.value(QStringLiteral("email")).toString();
    service.tier = json.value(QStringLiteral("tier")).toString();
    service.attribution = json.value(QStringLiteral("attribution")).toString();
    service.source = json.value(QStringLiteral("source")).toString();
    const QString checked = json.value(json.contains(QStringLiteral("last_reviewed")) ? QStringLiteral("last_reviewed")
                                                                                      : QStringLiteral("last_checked"))
                                .toString();
    service.lastChecked = QDate::fromString(checked, Qt::ISODate);
    if (!checked.isEmpty() && !service.lastChecked.isValid())
        return std::nullopt;
    for (const char *key : {"minimum_age", "maximum_age"}) {
        const QJsonValue value = json.value(QLatin1String(key));
        if (value.isUndefined())
            continue;
        if (!value.isDouble())
            return std::nullopt;
        (QLatin1String(key) == QLatin1String("minimum_age") ? service.minimumAge : service.maximumAge) = value.toInt();
    }
    const QJsonValue selfReferral = json.value(QStringLiteral("self_referral"));
    if (!selfReferral.isUndefined()) {
        if (!selfReferral.isBool())
            return std::nullopt;
        service.selfReferral = selfReferral.toBool();
    }
    const std::optional<QList<OpeningHours>> hours = openingHoursFromJson(json.value(QStringLiteral("open_hours")));
    const QJsonValue allHours = json.value(QStringLiteral("open_all_hours"));
    if (!hours || !(allHours.isUndefined() || allHours.isBool()))
        return std::nullopt;
    service.hours = {*hours, allHours.toBool()};
    const struct {
        const char *key;
        QStringList *list;
    } lists[] = {{"phones", &service.phones},   {"places", &service.places},       {"ways", &service.ways},
                 {"times", &service.times},     {"languages", &service.languages}, {"topics", &service.topics}};
    for (const auto &field : lists) {
        const std::optional<QStringList> list = stringListFromJson(json.value(QLatin1String(field.key)), true);
        if (!list)
            return std::nullopt;
        *field.list = *list;
    }
    return service;
}

QStringList serviceIds(const QList<Service> &services)
{
    QStringList ids;
    for (const Service &service : services)
        ids << service.id;
    return ids;
}

} // namespace cg
