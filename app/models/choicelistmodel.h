#pragma once

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

namespace cg {

class SettingsController;

// A list of single choices backed by one setting (the area, the family situation). Rows have a
// stable key, words to show, and whether they are the saved choice. The `selected` role is
// editable: setting it to true saves that row's choice, and every row's `selected` follows.
class ChoiceListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("A base for the app's choice lists")

public:
    enum Role { KeyRole = Qt::UserRole + 1, LabelRole, SelectedRole };

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

protected:
    ChoiceListModel(SettingsController &settings, QObject *parent);

    SettingsController &settings() const { return m_settings; }

    virtual int choiceCount() const = 0;
    virtual QString keyAt(int row) const = 0;
    virtual QString labelAt(int row) const = 0;
    // The key currently saved in the settings.
    virtual QString chosenKey() const = 0;
    // Saves `key`; false when it could not be saved.
    virtual bool choose(const QString &key) = 0;

private:
    SettingsController &m_settings;
};

} // namespace cg
