#include "models/pathwayscreens.h"

#include "models/agencylistmodel.h"

#include <QCoreApplication>

namespace cg {
namespace {

// The words here, under one translation context.
struct Words {
    Q_DECLARE_TR_FUNCTIONS(PathwayScreens)
};

GuideScreen screen(const QString &title, const QList<SectionPart> &parts, const QStringList &sources = {})
{
    return GuideScreen{ModuleSection{QString(), title, parts}, sources, false};
}

SectionPart paragraph(const QString &text)
{
    return SectionPart{SectionPart::Kind::Paragraph, text, {}, {}};
}

SectionPart list(const QStringList &items)
{
    return SectionPart{SectionPart::Kind::List, QString(), items, {}};
}

QString serviceName(const QList<Service> &services, const QString &id)
{
    const auto found = std::find_if(services.cbegin(), services.cend(), [&id](const Service &s) { return s.id == id; });
    return found == services.cend() ? id : found->name;
}

QString routeHeading(PathwayRoute route)
{
    switch (route) {
    case PathwayRoute::DirectReferral: return Words::tr("You can refer directly");
    case PathwayRoute::SelfReferral: return Words::tr("Parents can contact them themselves");
    case PathwayRoute::TalkFirst: return Words::tr("Talk it through first");
    case PathwayRoute::NotAReferralService: return Words::tr("Not a referral service");
    case PathwayRoute::Unknown: break;
    }
    return Words::tr("Check before you refer");
}

QString stepLine(const PathwayStep &step, const QList<Service> &services)
{
    QString line = serviceName(services, step.serviceId) + QStringLiteral(": ") + step.whatWeKnow;
    if (!step.whoCanRefer.isEmpty()) {
        QStringList agencies;
        for (const QString &key : step.whoCanRefer)
            agencies << AgencyListModel::labelFor(key);
        line += u' ' + Words::tr("Referrals from: %1.").arg(agencies.join(QStringLiteral(", ")));
    }
    if (step.coupleHelp)
        line += u' ' + Words::tr("Help for both parents: only when there are no signs of abuse.");
    return line;
}

QList<GuideScreen> withoutPathway(const QString &areaName, const QList<Service> &localServices)
{
    if (areaName.isEmpty())
        return {screen(Words::tr("Choose your area"),
                       {paragraph(Words::tr("Choose the area you work in, under Your area on the More screen, to see its "
                                     "services here."))})};
    QStringList names;
    for (const Service &service : localServices)
        names << service.name;
    QList<SectionPart> parts{paragraph(Words::tr("We do not have %1's referral pathway yet. Ask your manager, or the "
                                          "council's lead for reducing parental conflict, which services take "
                                          "referrals and which need a talk first.").arg(areaName))};
    if (!names.isEmpty())
        parts << paragraph(Words::tr("Local services in the app:")) << list(names);
    return {screen(Words::tr("Referrals in %1").arg(areaName), parts)};
}

} // namespace

QList<GuideScreen> pathwayScreens(const AreaPathway *pathway, const QString &areaName,
                                  const QList<Service> &nationalServices, const QList<Service> &localServices)
{
    if (!pathway)
        return withoutPathway(areaName, localServices);
    const QList<Service> services = nationalServices + localServices;
    QList<SectionPart> intro;
    if (!pathway->note.isEmpty())
        intro << paragraph(pathway->note);
    if (!pathway->confirmedByArea && pathway->note.isEmpty())
        intro << paragraph(Words::tr("%1 has not confirmed this list yet.").arg(areaName));
    intro << paragraph(Words::tr("Who to ask about referrals: %1.").arg(pathway->askAbout));
    QList<GuideScreen> screens{screen(Words::tr("Referrals in %1").arg(areaName), intro)};
    // The ways in a practitioner can use first, unclear ones next, not a referral service last.
    for (const PathwayRoute route : {PathwayRoute::DirectReferral, PathwayRoute::SelfReferral, PathwayRoute::TalkFirst,
                                     PathwayRoute::Unknown, PathwayRoute::NotAReferralService}) {
        QStringList lines;
        QStringList sources;
        for (const PathwayStep &step : pathway->steps) {
            if (step.route != route)
                continue;
            lines << stepLine(step, services);
            if (!sources.contains(step.source))
                sources << step.source;
        }
        if (!lines.isEmpty())
            screens << screen(routeHeading(route), {list(lines)}, sources);
    }
    QList<SectionPart> abuse{paragraph(pathway->abuseWhatWeKnow)};
    if (pathway->abuseServices.isEmpty()) {
        abuse << paragraph(Words::tr("No local domestic abuse service is in the app yet. Use your agency's safeguarding "
                              "route, and show the parent the national helplines under Safety, when you are alone."));
    } else {
        QStringList names;
        for (const QString &id : pathway->abuseServices)
            names << serviceName(services, id);
        abuse << paragraph(Words::tr("Local domestic abuse services:")) << list(names);
    }
    screens << screen(Words::tr("When there are signs of abuse"), abuse, {pathway->abuseSource});
    return screens;
}

} // namespace cg
