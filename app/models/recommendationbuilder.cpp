#include "models/recommendationbuilder.h"

#include "core/modulecatalogue.h"
#include "core/recommendationcode.h"
#include "core/recommendationrules.h"
#include "models/settingscontroller.h"

namespace cg {
namespace {

// The ids among `picked` that a code can name: each must be the only one of `all` with its tag.
QList<quint16> tagsFor(const QStringList &picked, const QStringList &all, QStringList *refused)
{
    QList<quint16> tags;
    for (const QString &id : picked) {
        if (idForTag(itemTag(id), all) == id)
            tags << itemTag(id);
        else
            *refused << id;
    }
    return tags;
}

} // namespace

RecommendationBuilder::RecommendationBuilder(const QList<Module> &modules, ServicesNow services,
                                             QList<TopicSuggestion> topicMap, SettingsController &settings,
                                             QObject *parent)
    : QObject(parent)
    , m_modules(modules)
    , m_servicesNow(std::move(services))
    , m_topicMap(std::move(topicMap))
    , m_settings(settings)
    , m_topics({}, true)
    , m_guides({}, true)
    , m_services({}, true)
{
    connect(&m_topics, &ChipListModel::selectionChanged, this, &RecommendationBuilder::topicsPicked);
    connect(&m_guides, &ChipListModel::selectionChanged, this, [this] {
        keepWithinLimit(m_guides, tr("A code can hold up to %1 guides.").arg(kMaxPicks));
    });
    connect(&m_services, &ChipListModel::selectionChanged, this, [this] {
        keepWithinLimit(m_services, tr("A code can hold up to %1 services.").arg(kMaxPicks));
    });
    connect(&m_settings, &SettingsController::changed, this, &RecommendationBuilder::readinessChanged);
    refresh();
}

void RecommendationBuilder::setSignsOfAbuse(bool signs)
{
    if (signs == m_signsOfAbuse)
        return;
    m_signsOfAbuse = signs;
    emit signsOfAbuseChanged();
    refresh();
}

QString RecommendationBuilder::missing() const
{
    if (m_settings.areaCode().isEmpty())
        return tr("First choose the area you work in, under Your area on the More screen.");
    if (m_settings.practitionerAgency().isEmpty())
        return tr("First choose the kind of agency you work for.");
    return {};
}

int RecommendationBuilder::pickedCount() const
{
    return int(m_guides.selectedKeys().size() + m_services.selectedKeys().size());
}

bool RecommendationBuilder::offered(const Module &module) const
{
    // The guides are about arguing: offered where there are signs of abuse they would treat
    // abuse as conflict, so none is.
    return fitsParentsHome(module) && !m_signsOfAbuse;
}

bool RecommendationBuilder::offered(const Service &service) const
{
    return fitsParentsHome(service) && !(m_signsOfAbuse && isCoupleHelp(service));
}

void RecommendationBuilder::refresh()
{
    QList<ChipListModel::Chip> topicChips;
    for (const TopicSuggestion &topic : std::as_const(m_topicMap)) {
        if (!(m_signsOfAbuse && topic.coupleHelp))
            topicChips << ChipListModel::Chip{topic.id, topic.label};
    }
    m_topics.setChips(topicChips);

    // The guides the picked topics suggest come first, then every other guide there is.
    QStringList suggested;
    for (const TopicSuggestion &topic : std::as_const(m_topicMap)) {
        if (m_topics.selectedKeys().contains(topic.id))
            suggested += topic.modules;
    }
    QList<ChipListModel::Chip> first;
    QList<ChipListModel::Chip> rest;
    for (const Module &module : m_modules) {
        if (offered(module))
            (suggested.contains(module.id) ? first : rest) << ChipListModel::Chip{module.id, module.title};
    }
    m_guides.setChips(first + rest);
    rebuildServices();
    // A pick no longer offered (signs of abuse ticked, another area) must not stay in the code.
    keepOnlyOffered(m_topics);
    keepOnlyOffered(m_guides);
    keepOnlyOffered(m_services);
    setCode(QString());
    emit readinessChanged();
}

void RecommendationBuilder::keepOnlyOffered(ChipListModel &list)
{
    QStringList offered;
    for (int row = 0; row < list.rowCount(); ++row)
        offered << list.index(row).data(ChipListModel::KeyRole).toString();
    QStringList kept = list.selectedKeys();
    kept.removeIf([&offered](const QString &key) { return !offered.contains(key); });
    list.select(kept);  // in the order picked, so nothing changes when all are still offered
}

void RecommendationBuilder::rebuildServices()
{
    QStringList wanted;
    for (const TopicSuggestion &topic : std::as_const(m_topicMap)) {
        if (m_topics.selectedKeys().contains(topic.id))
            wanted += topic.serviceTopics;
    }
    // With no topic picked yet, every service on offer.
    const QList<Service> all = m_servicesNow();
    QList<ChipListModel::Chip> chips;
    for (const Service &service : all) {
        const bool fits = wanted.isEmpty()
            || std::any_of(service.topics.cbegin(), service.topics.cend(),
                           [&wanted](const QString &topic) { return wanted.contains(topic); });
        if (offered(service) && (fits || m_services.selectedKeys().contains(service.id)))
            chips << ChipListModel::Chip{service.id, service.name};
    }
    m_services.setChips(chips);
}

bool RecommendationBuilder::pickTopic(const QString &topicId)
{
    for (int row = 0; row < m_topics.rowCount(); ++row) {
        const QModelIndex index = m_topics.index(row);
        if (index.data(ChipListModel::KeyRole).toString() == topicId)
            return m_topics.setData(index, true, ChipListModel::SelectedRole);
    }
    return false;
}

QStringList RecommendationBuilder::topicIds() const
{
    QStringList ids;
    for (const TopicSuggestion &topic : m_topicMap)
        ids << topic.id;
    return ids;
}

void RecommendationBuilder::topicsPicked()
{
    const QStringList picked = m_topics.selectedKeys();
    QStringList guides = m_guides.selectedKeys();
    for (const TopicSuggestion &topic : std::as_const(m_topicMap)) {
        if (!picked.contains(topic.id) || m_previousTopics.contains(topic.id))
            continue;
        for (const QString &id : topic.modules) {
            const Module *module = findModule(m_modules, id);
            if (module && offered(*module) && !guides.contains(id) && guides.size() < kMaxPicks)
                guides << id;
        }
    }
    m_previousTopics = picked;
    m_guides.select(guides);
    refresh();
}

void RecommendationBuilder::keepWithinLimit(ChipListModel &list, const QString &tooMany)
{
    const QStringList picked = list.selectedKeys();
    if (picked.size() > kMaxPicks) {
        list.select(picked.mid(0, kMaxPicks));
        setProblem(tooMany);
    } else {
        setProblem(QString());
    }
    setCode(QString());
    emit readinessChanged();
}

QString RecommendationBuilder::labelsOf(const QStringList &keys) const
{
    QStringList labels;
    for (const ChipListModel *list : {&m_guides, &m_services}) {
        for (int row = 0; row < list->rowCount(); ++row) {
            const QModelIndex index = list->index(row);
            if (keys.contains(index.data(ChipListModel::KeyRole).toString()))
                labels << index.data(ChipListModel::LabelRole).toString();
        }
    }
    return labels.join(QStringLiteral(", "));
}

bool RecommendationBuilder::makeCode()
{
    if (!missing().isEmpty()) {
        setProblem(missing());
        return false;
    }
    if (pickedCount() == 0) {
        setProblem(tr("Pick at least one guide or service first."));
        return false;
    }
    QStringList refused;
    const Recommendation recommendation{m_settings.areaCode(), m_settings.practitionerAgency(),
                                        tagsFor(m_guides.selectedKeys(), moduleIds(m_modules), &refused),
                                        tagsFor(m_services.selectedKeys(), serviceIds(m_servicesNow()), &refused)};
    const std::optional<QString> code = refused.isEmpty() ? encodeRecommendation(recommendation) : std::nullopt;
    if (!code) {
        // Only when two ids of one pack share a short tag; the content tool reports it too.
        setProblem(tr("This app cannot put %1 in a code. Please leave it out.").arg(labelsOf(refused)));
        return false;
    }
    setProblem(QString());
    setCode(*code);
    return true;
}

void RecommendationBuilder::changePicks()
{
    setCode(QString());
}

void RecommendationBuilder::startAgain()
{
    m_topics.select({});
    m_guides.select({});
    m_services.select({});
    setSignsOfAbuse(false);
    setProblem(QString());
    setCode(QString());
}

QString RecommendationBuilder::qrText() const
{
    return m_code.isEmpty() ? QString() : qrTextForCode(m_code);
}

void RecommendationBuilder::setProblem(const QString &problem)
{
    if (problem == m_problem)
        return;
    m_problem = problem;
    emit problemChanged();
}

void RecommendationBuilder::setCode(const QString &code)
{
    if (code == m_code)
        return;
    m_code = code;
    emit codeChanged();
}

} // namespace cg
