#include "shell/demodata.h"

#include "core/moduleprogress.h"
#include "models/settingscontroller.h"

namespace cg {

bool fillDemoData(SettingsController &settings, const QList<Area> &areas, ModuleProgressStore &progress,
                  QDate today, QString *error)
{
    static const QString kDemoArea = QStringLiteral("E08000014");  // Sefton, the first pilot area
    const QString area = findArea(areas, kDemoArea) ? kDemoArea : (areas.isEmpty() ? QString() : areas.first().code);
    const bool saved = settings.chooseArea(area) && settings.chooseFamilySituation(QStringLiteral("separated"))
        && settings.setStatisticsConsent(false) && settings.completeOnboarding();
    if (!saved) {
        *error = QStringLiteral("cannot save demo data: %1").arg(settings.saveError());
        return false;
    }
    // Written once: a demo that has been read further since keeps its place, and a restart costs
    // no extra writes.
    const auto existing = progress.loadProgress();
    if (existing && !existing->isEmpty())
        return true;
    const bool progressSaved =
        progress.saveProgress(QStringLiteral("arguing-better"), {6, true, true})
        && progress.saveCommitment({QStringLiteral("arguing-better"), QStringLiteral("soft-start"), today.addDays(-2), false})
        && progress.saveProgress(QStringLiteral("calming-down"), {2, false, std::nullopt});
    if (!progressSaved)
        *error = QStringLiteral("cannot save demo progress: %1").arg(progress.lastError());
    return progressSaved;
}

} // namespace cg
