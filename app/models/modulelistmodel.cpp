#include "models/modulelistmodel.h"

#include "models/settingscontroller.h"

namespace cg {

ModuleListModel::ModuleListModel(const QList<Module> &modules, ModuleProgressStore &progress,
                                 SettingsController &settings, QObject *parent)
    : OpenableListModel(parent)
    , m_modules(modules)
    , m_progressStore(progress)
    , m_settings(settings)
{
    m_progress = m_progressStore.loadProgress().value_or(QHash<QString, ModuleProgress>());
    rebuild();
    connect(&m_settings, &SettingsController::changed, this, [this] {
        beginResetModel();
        rebuild();
        endResetModel();
        emit countChanged();
    });
}

bool ModuleListModel::isFor(const Module &module, const QString &familySituation)
{
    // "Prefer not to say" sees everything; "dads" guides are offered to every parent, since the
    // app never asks who is a dad.
    return familySituation == QLatin1String("prefer-not-to-say") || module.audience.contains(QLatin1String("everyone"))
        || module.audience.contains(QLatin1String("dads")) || module.audience.contains(familySituation);
}

void ModuleListModel::rebuild()
{
    m_visible.clear();
    m_offeredTopics.clear();
    QList<const Module *> offered;
    for (const Module &module : m_modules) {
        if (m_showAll || isFor(module, m_settings.familySituation())) {
            offered << &module;
            m_offeredTopics.unite(QSet<QString>(module.topics.cbegin(), module.topics.cend()));
        }
    }
    // A topic none of the offered guides has (the family situation changed) would show an empty
    // list with no button to undo it, so it is let go.
    if (!m_topic.isEmpty() && !m_offeredTopics.contains(m_topic)) {
        m_topic.clear();
        emit topicChanged();
    }
    for (const Module *module : std::as_const(offered)) {
        if (m_topic.isEmpty() || module->topics.contains(m_topic))
            m_visible << module;
    }
    emit topicChoicesChanged();
}

void ModuleListModel::setTopicLabels(QList<std::pair<QString, QString>> labels)
{
    m_topicLabels = std::move(labels);
    emit topicChoicesChanged();
}

void ModuleListModel::setTopic(const QString &topic)
{
    if (topic == m_topic)
        return;
    beginResetModel();
    m_topic = topic;
    rebuild();
    endResetModel();
    emit topicChanged();
    emit countChanged();
}

QVariantList ModuleListModel::topicChoices() const
{
    // "All" first, so the way back to the whole list is always in the same place.
    QVariantList choices{QVariantMap{{QStringLiteral("key"), QString()}, {QStringLiteral("label"), tr("All")},
                                     {QStringLiteral("selected"), m_topic.isEmpty()}}};
    for (const auto &[key, label] : m_topicLabels) {
        if (m_offeredTopics.contains(key)) {
            choices << QVariantMap{{QStringLiteral("key"), key}, {QStringLiteral("label"), label},
                                   {QStringLiteral("selected"), key == m_topic}};
        }
    }
    return choices;
}

void ModuleListModel::setShowAll(bool showAll)
{
    if (showAll == m_showAll)
        return;
    beginResetModel();
    m_showAll = showAll;
    rebuild();
    endResetModel();
    emit showAllChanged();
    emit countChanged();
}

void ModuleListModel::beginModulesChange()
{
    beginResetModel();
    m_visible.clear();
}

void ModuleListModel::endModulesChange()
{
    rebuild();
    endResetModel();
    emit countChanged();
}

void ModuleListModel::refreshProgress()
{
    if (const auto progress = m_progressStore.loadProgress())
        m_progress = *progress;
    if (rowCount() > 0)
        emit dataChanged(index(0), index(rowCount() - 1), {SectionsReadRole, StartedRole, CompletedRole});
}

int ModuleListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_visible.size());
}

QVariant ModuleListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Module &module = *m_visible.at(index.row());
    const auto progress = m_progress.constFind(module.id);
    const bool started = progress != m_progress.cend();
    const bool completed = started && progress->completed;
    switch (role) {
    case IdRole:
        return module.id;
    case TitleRole:
    case Qt::DisplayRole:
        return module.title;
    case SummaryRole:
        return module.summary;
    case MinutesRole:
        return module.minutes;
    case SectionCountRole:
        return int(module.sections.size());
    case SectionsReadRole:
        return completed ? int(module.sections.size()) : (started ? progress->section : 0);
    case StartedRole:
        return started;
    case CompletedRole:
        return completed;
    case OpenedRole:
        return false;
    default:
        return {};
    }
}

QHash<int, QByteArray> ModuleListModel::roleNames() const
{
    return {{IdRole, "moduleId"},           {TitleRole, "title"},         {SummaryRole, "summary"},
            {MinutesRole, "minutes"},       {SectionCountRole, "sectionCount"}, {SectionsReadRole, "sectionsRead"},
            {StartedRole, "started"},       {CompletedRole, "completed"}, {OpenedRole, "opened"}};
}

void ModuleListModel::openRow(int row)
{
    emit openRequested(m_visible.at(row)->id);
}

} // namespace cg
