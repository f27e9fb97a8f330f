#pragma once

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

namespace cg {

// The family situations offered at first run and in settings, with words a parent recognises.
class FamilySituationModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Made by the app at start-up")

public:
    enum Role { KeyRole = Qt::UserRole + 1, LabelRole };

    explicit FamilySituationModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // The words for one situation key, translated; empty for an unknown key.
    Q_INVOKABLE QString labelFor(const QString &key) const;
};

} // namespace cg
