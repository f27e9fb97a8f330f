#pragma once

#include "core/module.h"
#include "core/moduleprogress.h"

#include <QAbstractListModel>
#include <QDate>
#include <QtQml/qqmlregistration.h>

#include <functional>
#include <optional>

namespace cg {

// The "try this week" ideas the parent chose in the reader, shown on Home so they are not
// forgotten. Ticking one off (the editable `done` role) saves at once; a done one stays until a
// week after it was chosen, so the tick can be seen and undone, then leaves Home.
class CommitmentListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Made by the app at start-up")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(QString saveError READ saveError NOTIFY saveErrorChanged)

public:
    enum Role { IdeaRole = Qt::UserRole + 1, ModuleTitleRole, DoneRole };
    using Today = std::function<QDate()>;

    CommitmentListModel(const QList<Module> &modules, ModuleProgressStore &store, Today today,
                        QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    // Empty, or why the last tick could not be saved (the tick is then not shown as saved).
    QString saveError() const { return m_saveError; }

    // Reads the commitments again, after the reader saved one or the module list changed.
    void refresh();

signals:
    void countChanged();
    void saveErrorChanged();

private:
    struct Row {
        Commitment commitment;
        QString text;
        QString moduleTitle;
    };

    std::optional<Row> rowFor(const Commitment &commitment) const;

    const QList<Module> &m_modules;
    ModuleProgressStore &m_store;
    Today m_today;
    QList<Row> m_rows;
    QString m_saveError;
};

} // namespace cg
