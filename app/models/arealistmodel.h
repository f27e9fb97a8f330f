#pragma once

#include "core/area.h"
#include "models/choicelistmodel.h"

namespace cg {

// The council areas from the installed area packs, then "prefer not to say" (an empty key).
class AreaListModel : public cg::ChoiceListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Made by the app at start-up")

public:
    AreaListModel(QList<Area> areas, SettingsController &settings, QObject *parent = nullptr);

protected:
    int choiceCount() const override { return int(m_areas.size()) + 1; }
    QString keyAt(int row) const override;
    QString labelAt(int row) const override;
    QString chosenKey() const override;
    bool choose(const QString &key) override;

private:
    QList<Area> m_areas;
};

} // namespace cg
