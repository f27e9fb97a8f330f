#pragma once

#include "core/area.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

namespace cg {

class SettingsController;

// The council areas a parent can choose, from the installed area packs, then "prefer not to say".
// The `selected` role is editable: setting it to true chooses that area in the settings.
class AreaListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Made by the app at start-up")

public:
    enum Role { KeyRole = Qt::UserRole + 1, LabelRole, SelectedRole };

    AreaListModel(QList<Area> areas, SettingsController &settings, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QString codeAt(int row) const;

    QList<Area> m_areas;
    SettingsController &m_settings;
};

} // namespace cg
