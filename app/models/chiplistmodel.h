#pragma once

#include <QAbstractListModel>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

namespace cg {

// A row of tappable answers for one journal question or one Get help filter. Rows have a stable key and a label; the
// editable `selected` role picks or drops an answer. With one answer allowed, picking another
// drops the first, and tapping the picked one again drops it (every question may be skipped).
class ChipListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Made by the journal and Get help")
    Q_PROPERTY(bool takesMany READ takesMany CONSTANT)
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(QStringList selectedKeys READ selectedKeys NOTIFY selectionChanged)

public:
    enum Role { KeyRole = Qt::UserRole + 1, LabelRole, SelectedRole };

    struct Chip {
        QString key;
        QString label;
    };

    ChipListModel(QList<Chip> chips, bool takesMany, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

    bool takesMany() const { return m_takesMany; }
    QStringList selectedKeys() const { return m_selected; }
    QString selectedKey() const { return m_selected.value(0); }
    // Picks exactly these (unknown keys too, so an answer from a newer version is kept).
    void select(const QStringList &keys);
    // Replaces the rows (a new day list), keeping the picked keys that are still there.
    void setChips(QList<Chip> chips);

signals:
    void selectionChanged();
    void countChanged();

private:
    void emitAllSelectedChanged();

    QList<Chip> m_chips;
    bool m_takesMany;
    QStringList m_selected;
};

} // namespace cg
