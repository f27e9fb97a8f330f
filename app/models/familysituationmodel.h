#pragma once

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

namespace cg {

class SettingsController;

// The family situations offered at first run and in settings, with words a parent recognises.
// The `selected` role is editable: setting it to true saves that situation.
class FamilySituationModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Made by the app at start-up")

public:
    enum Role { KeyRole = Qt::UserRole + 1, LabelRole, SelectedRole };

    explicit FamilySituationModel(SettingsController &settings, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    SettingsController &m_settings;
};

} // namespace cg
