#pragma once

#include "core/area.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

namespace cg {

// The council areas a parent can choose, from the installed area packs, sorted by name.
class AreaListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Made by the app at start-up")

public:
    enum Role { CodeRole = Qt::UserRole + 1, NameRole };

    explicit AreaListModel(QList<Area> areas, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QList<Area> m_areas;
};

} // namespace cg
