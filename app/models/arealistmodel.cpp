#include "models/arealistmodel.h"

#include "models/settingscontroller.h"

namespace cg {

AreaListModel::AreaListModel(QList<Area> areas, SettingsController &settings, QObject *parent)
    : ChoiceListModel(settings, parent)
    , m_areas(std::move(areas))
{
}

QString AreaListModel::keyAt(int row) const
{
    return row < m_areas.size() ? m_areas.at(row).code : QString();
}

QString AreaListModel::labelAt(int row) const
{
    return row < m_areas.size() ? m_areas.at(row).name : tr("I'd prefer not to say");
}

QString AreaListModel::chosenKey() const
{
    return settings().areaCode();
}

bool AreaListModel::choose(const QString &key)
{
    return settings().chooseArea(key);
}

} // namespace cg
