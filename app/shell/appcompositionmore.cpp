#include "shell/appcomposition.h"

#include "content/practitionerguidefile.h"
#include "core/modulecatalogue.h"
#include "core/recommendationrules.h"

namespace cg {
namespace {

// The ids Home never shows from a code; help for both parents too, once the safety route is reached.
QStringList neverOnHome(const QList<Module> &modules, const QList<Service> &services, bool safetyRouteSeen)
{
    QStringList ids;
    for (const Module &module : modules) {
        if (!fitsParentsHome(module))
            ids << module.id;
    }
    for (const Service &service : services) {
        if (!fitsParentsHome(service) || (safetyRouteSeen && isCoupleHelp(service)))
            ids << service.id;
    }
    return ids;
}

} // namespace

// The More tab beyond settings: redeeming a family worker's code (and Home's card for it), and
// practitioner mode with its conversation guide and code builder.
void AppComposition::createMoreTab(const QString &contentDir, const MoreTabContent &content)
{
    const auto servicesNow = [settings = m_settings.get(), national = content.nationalServices,
                              local = content.localServices] {
        return national + local.value(settings->areaCode());
    };
    const QList<Module> &moduleList = m_library->modules();
    m_recommendations = std::make_unique<RecommendationListModel>(moduleList, servicesNow, *m_settings);
    QObject::connect(m_settings.get(), &SettingsController::changed, m_recommendations.get(),
                     &RecommendationListModel::refresh);
    QObject::connect(m_recommendations.get(), &RecommendationListModel::moduleOpenRequested, m_reader.get(),
                     [reader = m_reader.get(), navigation = m_navigation.get()](const QString &id) {
        if (reader->open(id))
            navigation->openRoute(QStringLiteral("learn"));
    });
    QObject::connect(m_recommendations.get(), &RecommendationListModel::serviceOpenRequested, m_help.get(),
                     [navigation = m_navigation.get(), help = m_help.get()](const QString &id) {
        navigation->selectTab(NavigationController::HelpTab);
        help->openService(id);
    });

    // A code may be for another area: check it against everything that area has.
    m_redeem = std::make_unique<RedeemController>(
        *m_settings, [national = content.nationalModules, local = content.localModules,
                      nationalServices = content.nationalServices, localServices = content.localServices,
                      settings = m_settings.get()](const QString &areaCode) {
            const QList<Module> modules = national + local.value(areaCode);
            const QList<Service> services = nationalServices + localServices.value(areaCode);
            return RedeemController::Catalogue{moduleIds(modules), serviceIds(services),
                                               neverOnHome(modules, services, settings->safetyRouteSeen())};
        });
    m_agencies = std::make_unique<AgencyListModel>(*m_settings);

    PractitionerGuideResult guide =
        loadPractitionerGuide(contentDir, moduleIds(content.nationalModules), content.serviceTopics);
    QHash<QString, AreaPathway> pathways;
    for (const Area &area : content.areas) {
        const AreaPathwayResult pathway = readAreaPathway(
            contentDir, area.slug, serviceIds(content.nationalServices + content.localServices.value(area.code)));
        guide.issues += pathway.issues;
        if (pathway.pathway)
            pathways.insert(area.code, *pathway.pathway);
    }
    // A broken guide is named in the log; practitioners still get the pathway and the builder.
    for (const ValidationIssue &issue : std::as_const(guide.issues))
        qWarning("content: %s", qPrintable(issue.toString()));
    const PractitionerGuide readGuide = guide.guide.value_or(PractitionerGuide{});
    m_guide = std::make_unique<GuideController>(readGuide, pathways, content.nationalServices, content.localServices,
                                                *m_settings);
    m_builder = std::make_unique<RecommendationBuilder>(moduleList, servicesNow, readGuide.topicMap, *m_settings);
    QObject::connect(m_settings.get(), &SettingsController::changed, m_builder.get(), &RecommendationBuilder::refresh);
    m_more = std::make_unique<MoreController>(
        MoreController::Parts{m_redeem.get(), m_agencies.get(), m_guide.get(), m_builder.get()});
    // Leaving the tab and coming back starts from its first screen, with nothing typed or picked:
    // the next family must never see the last one's picks.
    QObject::connect(m_navigation.get(), &NavigationController::currentTabChanged, m_more.get(),
                     [navigation = m_navigation.get(), more = m_more.get()] {
        if (navigation->currentTab() != NavigationController::MoreTab)
            more->forget();
    });
}

} // namespace cg
