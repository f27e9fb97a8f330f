#include "models/servicecardtext.h"

#include <algorithm>

namespace cg {

QString ServiceCardText::details(const Service &service)
{
    QStringList lines{contactNote(service), costText(service), selfReferralText(service), languagesText(service),
                      waysText(service.ways), timesText(service)};
    lines << service.places;
    lines.removeAll(QString());
    return lines.join(QLatin1Char('\n'));
}

QString ServiceCardText::languagesText(const Service &service)
{
    return service.languages.isEmpty() ? QString()
                                       : tr("Languages: %1").arg(service.languages.join(QStringLiteral(", ")));
}

QString ServiceCardText::costText(const Service &service)
{
    return service.cost == Service::Cost::Free ? tr("Free")
        : service.costText.isEmpty()           ? tr("Cost not stated")
                                               : service.costText;
}

QString ServiceCardText::contactNote(const Service &service)
{
    // A council may list a service before it has checked how families reach it (the validator
    // warns); the parent still learns it exists and who can put them in touch.
    if (!service.phones.isEmpty() || !service.website.isEmpty() || !service.email.isEmpty() || !service.places.isEmpty())
        return {};
    return tr("No contact details here yet. A health visitor, school or family worker can tell you how to reach them.");
}

QString ServiceCardText::selfReferralText(const Service &service)
{
    if (!service.selfReferral)
        return {};
    return *service.selfReferral ? tr("You can contact them yourself") : tr("Someone needs to refer you");
}

QString ServiceCardText::waysText(const QStringList &ways)
{
    QStringList words;
    for (const QString &way : ways) {
        if (way == QLatin1String("phone"))
            words << tr("by phone");
        else if (way == QLatin1String("online"))
            words << tr("online");
        else if (way == QLatin1String("in-person"))
            words << tr("in person");
        else if (way == QLatin1String("home-visit"))
            words << tr("at home");
    }
    if (words.isEmpty())
        return {};
    return tr("Help %1").arg(words.join(QStringLiteral(", ")));
}

QString ServiceCardText::timesText(const Service &service)
{
    QStringList lines;
    if (service.hours.allHours)
        lines << tr("Open day and night, every day");
    lines << service.times;
    return lines.join(QLatin1Char('\n'));
}

QString ServiceCardText::shortSummary(const QString &summary, int limit)
{
    const QStringList paragraphs = summary.split(QStringLiteral("\n\n"), Qt::SkipEmptyParts);
    // "About Us" over a directory entry is a heading, not something to read on a card.
    const auto isHeading = [](const QString &text) {
        return text.size() < 40 && !text.contains(QLatin1Char('.')) && !text.contains(QLatin1Char('\n'));
    };
    QString text;
    for (const QString &paragraph : paragraphs) {
        if (!isHeading(paragraph)) {
            text = paragraph.trimmed();
            break;
        }
    }
    if (text.isEmpty())
        text = summary.trimmed();
    const bool more = text.size() < summary.trimmed().size();
    if (text.size() <= limit)
        return more ? text + QStringLiteral(" …") : text;
    qsizetype cut = -1;
    for (const QString &end : {QStringLiteral(". "), QStringLiteral("! "), QStringLiteral("? ")})
        cut = std::max(cut, text.lastIndexOf(end, limit));
    if (cut > limit / 2)
        return text.left(cut + 1) + QStringLiteral(" …");
    cut = text.lastIndexOf(QLatin1Char(' '), limit);
    return text.left(cut > 0 ? cut : limit) + QStringLiteral(" …");
}

} // namespace cg
