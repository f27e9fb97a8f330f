#pragma once

#include "core/service.h"

#include <QDateTime>
#include <QStringList>

namespace cg {

// What a parent narrowed Get help down to. Within one kind of choice (topics, tiers, ways)
// any picked value matches; across kinds every choice must hold. An empty choice matches all.
struct ServiceFilter {
    QStringList topics;       // service topic keys
    QStringList tiers;        // "self-help" ... "crisis"
    QStringList ways;         // "phone", "online", "in-person" (which includes home visits)
    QString language;         // as the services write it, such as "Polish"; empty for any
    bool freeOnly = false;    // only services the directory says are free
    bool selfReferralOnly = false;  // only services that say you can contact them yourself
    bool openNow = false;     // only services with known hours that are open at `now`

    bool isEmpty() const;
    bool operator==(const ServiceFilter &) const = default;
};

bool serviceMatches(const Service &service, const ServiceFilter &filter, const QDateTime &now);

// Every language the services name, once each, sorted, for the language choice.
QStringList languagesOf(const QList<Service> &services);

} // namespace cg
