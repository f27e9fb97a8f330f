#include "models/modulelibrary.h"

#include "core/modulecatalogue.h"
#include "models/settingscontroller.h"

namespace cg {

ModuleLibrary::ModuleLibrary(QList<Module> national, QHash<QString, QList<Module>> areaModules,
                             SettingsController &settings, QObject *parent)
    : QObject(parent)
    , m_national(std::move(national))
    , m_areaModules(std::move(areaModules))
    , m_settings(settings)
    , m_areaCode(settings.areaCode())
    , m_current(modulesForArea(m_national, m_areaModules.value(m_areaCode)))
{
    connect(&m_settings, &SettingsController::changed, this, [this] { follow(m_settings.areaCode()); });
}

void ModuleLibrary::follow(const QString &areaCode)
{
    if (areaCode == m_areaCode)
        return;
    const bool differs = m_areaModules.contains(areaCode) || m_areaModules.contains(m_areaCode);
    m_areaCode = areaCode;
    if (!differs)
        return;  // neither area has guides of its own: the list is the same
    emit aboutToChange();
    m_current = modulesForArea(m_national, m_areaModules.value(areaCode));
    emit changed();
}

} // namespace cg
