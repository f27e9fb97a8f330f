#pragma once

#include "core/module.h"
#include "core/moduleprogress.h"

#include "models/openablelistmodel.h"

#include <QSet>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace cg {

class SettingsController;

// The modules on Learn, with the parent's progress. By default only the ones for their family
// situation (and those for everyone) are listed; showAll lists every module. `topic` narrows
// the list to one topic; topicChoices are "All" (key "") and the topics of the guides offered,
// each with its label and whether it is the chosen one. Setting a row's
// `opened` role to true asks for that module to be opened in the reader (openRequested).
class ModuleListModel : public OpenableListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Made by the app at start-up")
    Q_PROPERTY(bool showAll READ showAll WRITE setShowAll NOTIFY showAllChanged)
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(QString topic READ topic WRITE setTopic NOTIFY topicChanged)
    Q_PROPERTY(QVariantList topicChoices READ topicChoices NOTIFY topicChoicesChanged)

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        TitleRole,
        SummaryRole,
        MinutesRole,
        SectionCountRole,
        SectionsReadRole,
        StartedRole,
        CompletedRole,
        OpenedRole,
    };

    ModuleListModel(const QList<Module> &modules, ModuleProgressStore &progress, SettingsController &settings,
                    QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    bool showAll() const { return m_showAll; }
    void setShowAll(bool showAll);

    // The words for each topic's button, from topics.json, in the order they are shown.
    void setTopicLabels(QList<std::pair<QString, QString>> labels);
    QString topic() const { return m_topic; }
    void setTopic(const QString &topic);
    QVariantList topicChoices() const;

    // The module list given at construction is about to be rebuilt in place (the parent chose
    // another area), and then has been: rows are dropped first, then built from the new list.
    void beginModulesChange();
    void endModulesChange();

    // Re-reads progress, after the reader has saved some.
    void refreshProgress();

    // True when a module is meant for a parent in this situation.
    static bool isFor(const Module &module, const QString &familySituation);

signals:
    void showAllChanged();
    void topicChanged();
    void topicChoicesChanged();
    void countChanged();
    void openRequested(const QString &moduleId);

protected:
    int openedRole() const override { return OpenedRole; }
    void openRow(int row) override;

private:
    void rebuild();

    const QList<Module> &m_modules;
    ModuleProgressStore &m_progressStore;
    SettingsController &m_settings;
    QHash<QString, ModuleProgress> m_progress;
    QList<const Module *> m_visible;
    bool m_showAll = false;
    QString m_topic;
    QList<std::pair<QString, QString>> m_topicLabels;
    QSet<QString> m_offeredTopics;
};

} // namespace cg
