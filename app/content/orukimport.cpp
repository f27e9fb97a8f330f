#include "content/orukimport.h"

#include "content/htmltext.h"

#include <QJsonArray>
#include <QTime>
#include <QSet>

#include <numeric>

namespace cg {
namespace {

// Months after which a service's last check counts as stale.
constexpr int kStaleMonths = 12;

// A field by any of its names, whatever the key casing ("organisation" or "organization",
// "serviceId" or "service_id"). Undefined when absent.
// "totalPages" is "total_pages": equal ignoring ASCII case and underscores. Compared in place,
// because most lookups are of fields a record does not have, and each scans every key.
bool sameKey(QStringView key, const char *name)
{
    const auto lower = [](char16_t c) { return c >= u'A' && c <= u'Z' ? char16_t(c + 32) : c; };
    qsizetype k = 0;
    const char *n = name;
    while (true) {
        while (k < key.size() && key[k] == u'_')
            ++k;
        while (*n == '_')
            ++n;
        if (k == key.size() || *n == '\0')
            return k == key.size() && *n == '\0';
        if (lower(key[k].unicode()) != lower(char16_t(static_cast<unsigned char>(*n))))
            return false;
        ++k;
        ++n;
    }
}

QJsonValue field(const QJsonObject &object, std::initializer_list<const char *> names)
{
    for (const char *name : names) {
        const QJsonValue exact = object.value(QLatin1String(name));
        if (!exact.isUndefined())
            return exact;
    }
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        for (const char *name : names) {
            if (sameKey(it.key(), name))
                return it.value();
        }
    }
    return {};
}

// Text from a string or a number; "" for null, missing, objects and arrays.
QString text(const QJsonValue &value)
{
    if (value.isString())
        return value.toString().trimmed();
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 15);
    return {};
}

std::optional<int> number(const QJsonValue &value)
{
    bool ok = false;
    const int parsed = value.isDouble() ? value.toInt() : text(value).toInt(&ok);
    if (value.isDouble())
        ok = true;
    return ok ? std::optional<int>(parsed) : std::nullopt;
}

QList<QJsonObject> objects(const QJsonValue &value)
{
    QList<QJsonObject> list;
    for (const QJsonValue &item : value.toArray()) {
        if (item.isObject())
            list << item.toObject();
    }
    return list;
}

void addOnce(QStringList &list, const QString &item)
{
    if (!item.isEmpty() && !list.contains(item))
        list << item;
}

// Placeholder and test addresses that councils' systems fill in when there is none.
bool usableEmail(const QString &email)
{
    return email.contains(QLatin1Char('@')) && !email.contains(QLatin1String("noemail"))
        && !email.endsWith(QLatin1String(".invalid")) && !email.contains(QLatin1String("example."));
}

// An age of -1 (or any negative) means the feed does not know.
std::optional<int> age(const QJsonValue &value)
{
    const std::optional<int> years = number(value);
    return years && *years >= 0 ? years : std::nullopt;
}

QStringList phonesOf(const QJsonObject &record)
{
    QStringList phones;
    const auto take = [&phones](const QJsonValue &list) {
        for (const QJsonObject &phone : objects(list))
            addOnce(phones, text(field(phone, {"number"})));
    };
    take(field(record, {"phones"}));
    for (const QJsonObject &contact : objects(field(record, {"contacts"})))
        take(field(contact, {"phones"}));
    for (const QJsonObject &place : objects(field(record, {"service_at_locations"})))
        take(field(place, {"phones"}));
    return phones;
}

QString addressLine(const QJsonObject &address)
{
    QStringList parts;
    for (const char *key : {"address_1", "address_2", "city", "state_province", "postal_code"})
        addOnce(parts, text(field(address, {key})));
    return parts.join(QStringLiteral(", "));
}

void readPlaces(const QJsonObject &record, Service &service)
{
    for (const QJsonObject &link : objects(field(record, {"service_at_locations"}))) {
        const QJsonObject location = field(link, {"location"}).toObject();
        const QString type = text(field(location, {"location_type"})).toLower();
        if (type == QLatin1String("virtual")) {
            addOnce(service.ways, QStringLiteral("online"));
            continue;
        }
        if (type == QLatin1String("postal"))
            continue;
        for (const QJsonObject &address : objects(field(location, {"physical_addresses", "addresses"}))) {
            if (text(field(address, {"address_type"})).toLower() == QLatin1String("postal"))
                continue;
            addOnce(service.places, addressLine(address));
        }
    }
    if (!service.places.isEmpty())
        addOnce(service.ways, QStringLiteral("in-person"));
}

void readWays(const QJsonObject &record, Service &service)
{
    const QString attending = text(field(record, {"attending_type"})).toLower();
    if (attending.contains(QLatin1String("phone")))
        addOnce(service.ways, QStringLiteral("phone"));
    if (attending.contains(QLatin1String("online")))
        addOnce(service.ways, QStringLiteral("online"));
    if (attending.contains(QLatin1String("venue")))
        addOnce(service.ways, QStringLiteral("in-person"));
    if (attending.contains(QLatin1String("home")))
        addOnce(service.ways, QStringLiteral("home-visit"));
    if (!service.phones.isEmpty())
        addOnce(service.ways, QStringLiteral("phone"));
}

const QStringList &weekdayNames()
{
    static const QStringList names{QStringLiteral("Monday"),   QStringLiteral("Tuesday"), QStringLiteral("Wednesday"),
                                   QStringLiteral("Thursday"), QStringLiteral("Friday"),  QStringLiteral("Saturday"),
                                   QStringLiteral("Sunday")};
    return names;
}

QString weekday(const QJsonValue &value)
{
    const QStringList &names = weekdayNames();
    static const QStringList icalDays{QStringLiteral("MO"), QStringLiteral("TU"), QStringLiteral("WE"), QStringLiteral("TH"),
                                      QStringLiteral("FR"), QStringLiteral("SA"), QStringLiteral("SU")};
    const std::optional<int> day = number(value);
    if (day && *day >= 1 && *day <= 7)
        return names.at(*day - 1);
    const QString written = text(value);
    for (int i = 0; i < names.size(); ++i) {
        if (written.compare(names.at(i), Qt::CaseInsensitive) == 0 || written.compare(icalDays.at(i), Qt::CaseInsensitive) == 0
            || written.left(3).compare(names.at(i).left(3), Qt::CaseInsensitive) == 0)
            return names.at(i);
    }
    return written;
}

void readTimes(const QJsonObject &record, Service &service)
{
    for (const QJsonObject &schedule : objects(field(record, {"regular_schedules", "schedules"}))) {
        QStringList days;
        const QJsonValue day = field(schedule, {"weekday", "byday"});
        // A number (1 is Monday), a name, or iCal days such as "MO,WE".
        for (const QString &part : text(day).split(QLatin1Char(','), Qt::SkipEmptyParts))
            addOnce(days, weekday(QJsonValue(part.trimmed())));
        const QString opens = text(field(schedule, {"opens_at"})).left(5);
        const QString closes = text(field(schedule, {"closes_at"})).left(5);
        // The same hours, structured, for "open now": only for days and times the feed gave in a
        // form we understand (equal times are more often a placeholder than a 24-hour opening).
        const QTime opensAt = QTime::fromString(opens, QStringLiteral("HH:mm"));
        const QTime closesAt = QTime::fromString(closes, QStringLiteral("HH:mm"));
        for (const QString &name : days) {
            const int isoDay = int(weekdayNames().indexOf(name)) + 1;
            if (isoDay > 0 && opensAt.isValid() && closesAt.isValid() && opensAt != closesAt)
                service.hours.regular << OpeningHours{isoDay, opensAt, closesAt};
        }
        QString line = days.join(QStringLiteral(", "));
        if (!opens.isEmpty() && !closes.isEmpty())
            line += (line.isEmpty() ? QString() : QStringLiteral(" ")) + opens + QStringLiteral("–") + closes;
        const QString words = plainTextFromHtml(text(field(schedule, {"description"})));
        if (line.isEmpty())
            line = words;
        addOnce(service.times, line);
    }
}

void readWhoFor(const QJsonObject &record, Service &service)
{
    QStringList who;
    addOnce(who, plainTextFromHtml(text(field(record, {"eligibility_description"}))));
    for (const QJsonObject &eligibility : objects(field(record, {"eligibilitys", "eligibilities"}))) {
        addOnce(who, text(field(eligibility, {"eligibility"})));
        if (!service.minimumAge)
            service.minimumAge = age(field(eligibility, {"minimum_age"}));
        if (!service.maximumAge)
            service.maximumAge = age(field(eligibility, {"maximum_age"}));
    }
    for (const QJsonObject &audience : objects(field(record, {"pc_targetAudience"})))
        addOnce(who, text(field(audience, {"audienceType"})));
    service.whoFor = who.join(QStringLiteral(", "));
    if (!service.minimumAge)
        service.minimumAge = age(field(record, {"minimum_age"}));
    if (!service.maximumAge)
        service.maximumAge = age(field(record, {"maximum_age"}));
}

void readCost(const QJsonObject &record, Service &service)
{
    QStringList words;
    addOnce(words, plainTextFromHtml(text(field(record, {"fees", "fees_description"}))));
    bool paid = false;
    for (const QJsonObject &option : objects(field(record, {"cost_options"}))) {
        addOnce(words, text(field(option, {"option"})));
        const std::optional<int> amount = number(field(option, {"amount"}));
        paid = paid || (amount && *amount > 0);
    }
    service.costText = words.join(QStringLiteral(". "));
    // "Free" only when the feed says so.
    if (paid)
        service.cost = Service::Cost::Paid;
    else if (service.costText.contains(QLatin1String("free"), Qt::CaseInsensitive))
        service.cost = Service::Cost::Free;
}

void readReferral(const QJsonObject &record, Service &service)
{
    const QString access = (text(field(record, {"attending_access"})) + QLatin1Char(' ')
                            + text(field(record, {"application_process"})) + QLatin1Char(' ')
                            + text(field(record, {"referral_method"})))
                               .toLower();
    if (access.contains(QLatin1String("self-refer")) || access.contains(QLatin1String("self refer"))
        || access.contains(QLatin1String("refer yourself")) || access.contains(QLatin1String("drop-in"))
        || access.contains(QLatin1String("drop in")))
        service.selfReferral = true;
    else if (access.contains(QLatin1String("referral")))
        service.selfReferral = false;
}

QStringList languagesOf(const QJsonObject &record)
{
    QStringList languages;
    for (const QJsonValue &language : field(record, {"languages"}).toArray())
        addOnce(languages, language.isObject() ? text(field(language.toObject(), {"name", "language"})) : text(language));
    return languages;
}

// Words from the feed's own categories and audiences, which say more than a description.
QString taxonomyText(const QJsonObject &record)
{
    QStringList terms;
    for (const QJsonObject &link : objects(field(record, {"service_taxonomys", "service_taxonomies"})))
        terms << text(field(field(link, {"taxonomy"}).toObject(), {"name"}));
    for (const QJsonObject &attribute : objects(field(record, {"attributes"})))
        terms << text(field(field(attribute, {"taxonomy_term"}).toObject(), {"name"}));
    for (const QJsonObject &audience : objects(field(record, {"pc_targetAudience"})))
        terms << text(field(audience, {"audienceType"}));
    return terms.join(QStringLiteral(". "));
}

QDate checkedOn(const QJsonObject &record)
{
    const QString assured = text(field(record, {"assured_date"}));
    const QDate date = QDate::fromString(assured.left(10), Qt::ISODate);
    return date.isValid() ? date : QDate::fromString(text(field(record, {"last_modified"})).left(10), Qt::ISODate);
}

} // namespace

std::optional<OrukPage> readOrukPage(const QJsonDocument &document, QString *error)
{
    OrukPage page;
    if (document.isArray()) {
        page.records = objects(document.array());
        page.lastPage = true;  // a bare array is the whole feed
        return page;
    }
    if (!document.isObject()) {
        *error = QStringLiteral("this is not JSON from a service directory (an error page, perhaps)");
        return std::nullopt;
    }
    const QJsonObject root = document.object();
    const QJsonValue contents = field(root, {"contents", "content"});
    if (contents.isArray()) {
        page.records = objects(contents);
        page.pageNumber = number(field(root, {"page_number", "number"}));
        page.totalPages = number(field(root, {"total_pages", "totalPages"}));
        const QJsonValue last = field(root, {"last_page", "last"});
        page.lastPage = (last.isBool() && last.toBool()) || page.records.isEmpty()
            || (field(root, {"empty"}).isBool() && field(root, {"empty"}).toBool());
        return page;
    }
    if (!text(field(root, {"id"})).isEmpty() && !text(field(root, {"name"})).isEmpty()) {
        page.records << root;
        page.lastPage = true;
        return page;
    }
    *error = QStringLiteral("this JSON is not an Open Referral UK page, list or service record");
    return std::nullopt;
}

OrukImportResult importOrukRecords(const QList<QJsonObject> &records, const ServiceMapping &mapping, QDate today,
                                   const QString &attribution)
{
    OrukImportResult result;
    QSet<QString> seen;
    for (const QJsonObject &record : records) {
        ++result.report.read;
        const auto skip = [&result](const char *reason) { ++result.report.skipped[QString::fromLatin1(reason)]; };
        Service service;
        service.id = text(field(record, {"id"}));
        service.name = plainTextFromHtml(text(field(record, {"name"})));
        const QString status = text(field(record, {"status"})).toLower();
        if (service.id.isEmpty()) {
            skip("no id");
            continue;
        }
        if (service.name.isEmpty()) {
            skip("no name");
            continue;
        }
        if (!status.isEmpty() && status != QLatin1String("active")) {
            skip("not active");
            continue;
        }
        if (seen.contains(service.id)) {
            ++result.report.duplicates;
            continue;
        }
        seen.insert(service.id);
        const QJsonObject organisation = field(record, {"organization", "organisation"}).toObject();
        service.provider = text(field(organisation, {"name"}));
        service.summary = plainTextFromHtml(text(field(record, {"description"})));
        if (service.summary.isEmpty())
            service.summary = plainTextFromHtml(text(field(organisation, {"description"})));
        service.website = text(field(record, {"url"}));
        if (service.website.isEmpty())
            service.website = text(field(organisation, {"website", "url"}));
        const QString email = text(field(record, {"email"}));
        if (usableEmail(email))
            service.email = email;
        service.phones = phonesOf(record);
        readWhoFor(record, service);
        readCost(record, service);
        readTimes(record, service);
        readReferral(record, service);
        service.languages = languagesOf(record);
        const QString matchText = service.name + QLatin1Char('\n') + service.summary + QLatin1Char('\n')
            + taxonomyText(record) + QLatin1Char('\n') + service.whoFor;
        service.topics = mappedTopics(mapping, matchText);
        service.tier = mappedTier(mapping, service.topics, matchText);
        // Refuges and other domestic-abuse services keep their addresses private.
        if (!service.topics.contains(QStringLiteral("domestic-abuse")))
            readPlaces(record, service);
        readWays(record, service);
        service.lastChecked = checkedOn(record);
        service.attribution = attribution;
        if (service.phones.isEmpty() && service.website.isEmpty() && service.email.isEmpty() && service.places.isEmpty()) {
            skip("no way to contact");
            continue;
        }
        if (service.lastChecked.isValid() && service.lastChecked.addMonths(kStaleMonths) < today)
            ++result.report.stale;
        result.services << service;
        ++result.report.imported;
    }
    return result;
}

QJsonObject OrukImportReport::toJson() const
{
    QJsonObject reasons;
    for (auto it = skipped.constBegin(); it != skipped.constEnd(); ++it)
        reasons.insert(it.key(), it.value());
    return {{QStringLiteral("read"), read},           {QStringLiteral("imported"), imported},
            {QStringLiteral("skipped"), reasons},     {QStringLiteral("duplicates"), duplicates},
            {QStringLiteral("stale"), stale}};
}

QString OrukImportReport::summary() const
{
    QStringList reasons;
    for (auto it = skipped.constBegin(); it != skipped.constEnd(); ++it)
        reasons << QStringLiteral("%1 %2").arg(it.value()).arg(it.key());
    return QStringLiteral("read %1, imported %2, skipped %3%4, duplicates %5, stale %6")
        .arg(read)
        .arg(imported)
        .arg(std::accumulate(skipped.cbegin(), skipped.cend(), 0))
        .arg(reasons.isEmpty() ? QString() : QStringLiteral(" (") + reasons.join(QStringLiteral(", ")) + QLatin1Char(')'))
        .arg(duplicates)
        .arg(stale);
}

} // namespace cg
