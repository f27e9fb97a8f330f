#pragma once

#include "core/module.h"
#include "core/moduleprogress.h"

#include "models/openablelistmodel.h"

#include <QtQml/qqmlregistration.h>

namespace cg {

class SettingsController;

// What Home suggests doing next, at most three guides, each with the reason it is there:
// guides the parent is part way through first, then the next guide after one they finished
// (its related modules), then guides written for their family situation. Later issues add
// journal patterns and a practitioner's recommendations as further reasons.
//
// The guide that leads to the safety route is never put on Home: Home is the first screen
// anyone picking up the phone sees. It is always on Learn.
class SuggestionListModel : public OpenableListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Made by the app at start-up")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role { ModuleIdRole = Qt::UserRole + 1, TitleRole, ReasonRole, SummaryRole, OpenedRole };
    enum class Reason { CarryOn, FollowsOn, ForYourFamily, StartHere };

    struct Suggestion {
        const Module *module;
        Reason reason;
    };

    SuggestionListModel(const QList<Module> &modules, ModuleProgressStore &progress, SettingsController &settings,
                        QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Reads progress again and works the suggestions out afresh.
    void refresh();
    // The module list is about to be rebuilt (another area): drop every row until refresh().
    void forgetModules();

    // The rules above, as a pure function for tests.
    static QList<Suggestion> suggest(const QList<Module> &modules, const QHash<QString, ModuleProgress> &progress,
                                     const QString &familySituation, int limit = 3);

signals:
    void countChanged();
    void openRequested(const QString &moduleId);

protected:
    int openedRole() const override { return OpenedRole; }
    void openRow(int row) override;

private:
    const QList<Module> &m_modules;
    ModuleProgressStore &m_progressStore;
    SettingsController &m_settings;
    QHash<QString, ModuleProgress> m_progress;
    QList<Suggestion> m_suggestions;
};

} // namespace cg
