#pragma once

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

namespace cg {

// A list whose rows QML opens by writing true to the row's `opened` role, so a card can ask for
// its guide or service without JavaScript. Subclasses name that role and say what opening means.
class OpenableListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("A base for lists whose rows open")

public:
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

protected:
    using QAbstractListModel::QAbstractListModel;

    virtual int openedRole() const = 0;
    virtual void openRow(int row) = 0;
};

} // namespace cg
