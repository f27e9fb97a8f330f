#include "core/servicefilter.h"

#include <algorithm>

namespace cg {
namespace {

bool anyShared(const QStringList &picked, const QStringList &has)
{
    return picked.isEmpty() || std::any_of(picked.cbegin(), picked.cend(), [&has](const QString &p) { return has.contains(p); });
}

// A home visit is help in person too, so "in person" finds it.
QStringList waysWithInPerson(QStringList ways)
{
    if (ways.contains(QLatin1String("home-visit")) && !ways.contains(QLatin1String("in-person")))
        ways << QStringLiteral("in-person");
    return ways;
}

} // namespace

bool ServiceFilter::isEmpty() const
{
    return *this == ServiceFilter{};
}

bool serviceMatches(const Service &service, const ServiceFilter &filter, const QDateTime &now)
{
    if (!anyShared(filter.topics, service.topics) || !anyShared(filter.ways, waysWithInPerson(service.ways)))
        return false;
    if (!filter.tiers.isEmpty() && !filter.tiers.contains(service.tier))
        return false;
    if (!filter.language.isEmpty() && !service.languages.contains(filter.language, Qt::CaseInsensitive))
        return false;
    // Unknown counts as no: "free" only when the directory says so, "yourself" only when it says so.
    if (filter.freeOnly && service.cost != Service::Cost::Free)
        return false;
    if (filter.selfReferralOnly && service.selfReferral != true)
        return false;
    return !filter.openNow || service.hours.isOpenAt(now);
}

QStringList languagesOf(const QList<Service> &services)
{
    QStringList languages;
    for (const Service &service : services) {
        for (const QString &language : service.languages) {
            if (!languages.contains(language, Qt::CaseInsensitive))
                languages << language;
        }
    }
    std::sort(languages.begin(), languages.end(),
              [](const QString &a, const QString &b) { return a.compare(b, Qt::CaseInsensitive) < 0; });
    return languages;
}

} // namespace cg
