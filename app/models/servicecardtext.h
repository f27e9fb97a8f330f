#pragma once

#include "core/service.h"

#include <QCoreApplication>

namespace cg {

// The words a service's card and page show for what the directory says about it: cost, whether
// you can refer yourself, how help is given, when it is open, and what to do when no way to get
// in touch is known yet. Each is empty when there is nothing to say.
class ServiceCardText
{
    Q_DECLARE_TR_FUNCTIONS(ServiceCardText)

public:
    // All of them, one line each, for the card in a list (places last).
    static QString details(const Service &service);
    static QString costText(const Service &service);
    static QString contactNote(const Service &service);
    static QString selfReferralText(const Service &service);
    static QString languagesText(const Service &service);
    static QString waysText(const QStringList &ways);
    static QString timesText(const Service &service);
    // A few lines of the summary for a card in a list, so one long directory entry does not fill
    // the screen: the first paragraph that is more than a heading, cut at a sentence (or word)
    // near `limit` characters with "…". The service's page shows it all.
    static QString shortSummary(const QString &summary, int limit = 220);
};

} // namespace cg
