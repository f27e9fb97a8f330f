#include "shell/demodata.h"

#include "models/settingscontroller.h"

namespace cg {

bool fillDemoData(SettingsController &settings, const QList<Area> &areas, QString *error)
{
    static const QString kDemoArea = QStringLiteral("E08000014");  // Sefton, the first pilot area
    const QString area = findArea(areas, kDemoArea) ? kDemoArea : (areas.isEmpty() ? QString() : areas.first().code);
    const bool saved = settings.chooseArea(area) && settings.chooseFamilySituation(QStringLiteral("separated"))
        && settings.setStatisticsConsent(false) && settings.completeOnboarding();
    if (!saved)
        *error = QStringLiteral("cannot save demo data: %1").arg(settings.saveError());
    return saved;
}

} // namespace cg
