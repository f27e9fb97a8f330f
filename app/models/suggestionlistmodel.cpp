#include "models/suggestionlistmodel.h"

#include "core/modulecatalogue.h"
#include "models/modulelistmodel.h"
#include "models/settingscontroller.h"

#include <QCoreApplication>

namespace cg {

SuggestionListModel::SuggestionListModel(const QList<Module> &modules, ModuleProgressStore &progress,
                                         SettingsController &settings, QObject *parent)
    : OpenableListModel(parent)
    , m_modules(modules)
    , m_progressStore(progress)
    , m_settings(settings)
{
    refresh();
    connect(&m_settings, &SettingsController::changed, this, &SuggestionListModel::refresh);
}

QList<SuggestionListModel::Suggestion> SuggestionListModel::suggest(const QList<Module> &modules,
                                                                    const QHash<QString, ModuleProgress> &progress,
                                                                    const QString &familySituation, int limit)
{
    QList<Suggestion> chosen;
    const auto alreadyChosen = [&chosen](const Module &module) {
        return std::any_of(chosen.cbegin(), chosen.cend(), [&module](const Suggestion &s) { return s.module == &module; });
    };
    const auto add = [&](const Module &module, Reason reason) {
        if (chosen.size() < limit && !module.leadsToSafety && !alreadyChosen(module))
            chosen.append({&module, reason});
    };
    const auto notStarted = [&progress](const Module &module) { return !progress.contains(module.id); };

    for (const Module &module : modules) {
        const auto saved = progress.constFind(module.id);
        if (saved != progress.cend() && !saved->completed)
            add(module, Reason::CarryOn);
    }
    // At most one "follows on", so suggestions for the family still have room.
    for (const Module &finished : modules) {
        if (!progress.value(finished.id).completed)
            continue;
        const int before = int(chosen.size());
        for (const QString &id : finished.relatedModules) {
            const Module *next = findModule(modules, id);
            if (next && !next->leadsToSafety && notStarted(*next) && ModuleListModel::isFor(*next, familySituation)) {
                add(*next, Reason::FollowsOn);
                break;
            }
        }
        if (chosen.size() > before)
            break;
    }
    // Written for their situation first, then the ones for every parent.
    for (const Module &module : modules) {
        if (notStarted(module) && module.audience.contains(familySituation))
            add(module, Reason::ForYourFamily);
    }
    for (const Module &module : modules) {
        if (notStarted(module) && ModuleListModel::isFor(module, familySituation))
            add(module, Reason::StartHere);
    }
    return chosen;
}

void SuggestionListModel::refresh()
{
    beginResetModel();
    if (const auto progress = m_progressStore.loadProgress())
        m_progress = *progress;
    m_suggestions = suggest(m_modules, m_progress, m_settings.familySituation());
    endResetModel();
    emit countChanged();
}

void SuggestionListModel::forgetModules()
{
    beginResetModel();
    m_suggestions.clear();
    endResetModel();
    emit countChanged();
}

int SuggestionListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_suggestions.size());
}

QVariant SuggestionListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Suggestion &suggestion = m_suggestions.at(index.row());
    const Module &module = *suggestion.module;
    switch (role) {
    case ModuleIdRole:
        return module.id;
    case TitleRole:
    case Qt::DisplayRole:
        return module.title;
    case SummaryRole:
        return module.summary;
    case ReasonRole:
        switch (suggestion.reason) {
        case Reason::CarryOn:
            return tr("Carry on where you left off");
        case Reason::FollowsOn:
            return tr("A good next step after a guide you finished");
        case Reason::ForYourFamily:
            return tr("Picked for your family");
        case Reason::StartHere:
            return tr("A good place to start");
        }
        return {};
    case OpenedRole:
        return false;
    default:
        return {};
    }
}

QHash<int, QByteArray> SuggestionListModel::roleNames() const
{
    return {{ModuleIdRole, "moduleId"}, {TitleRole, "title"}, {ReasonRole, "reason"}, {SummaryRole, "summary"},
            {OpenedRole, "opened"}};
}

void SuggestionListModel::openRow(int row)
{
    emit openRequested(m_suggestions.at(row).module->id);
}

} // namespace cg
