#include "models/servicefilters.h"

namespace cg {
namespace {

QList<ChipListModel::Chip> topicChips(const QList<std::pair<QString, QString>> &labels)
{
    QList<ChipListModel::Chip> chips;
    for (const auto &[key, label] : labels) {
        // Urgent help has its own layer and the red card at the top; as a topic it adds nothing.
        if (key != QLatin1String("crisis"))
            chips.append({key, label});
    }
    return chips;
}

QList<ChipListModel::Chip> tierChips()
{
    return {{QStringLiteral("self-help"), ServiceFilters::tr("Things to do yourself")},
            {QStringLiteral("universal"), ServiceFilters::tr("For every family")},
            {QStringLiteral("targeted"), ServiceFilters::tr("For a particular problem")},
            {QStringLiteral("specialist"), ServiceFilters::tr("Specialist")},
            {QStringLiteral("crisis"), ServiceFilters::tr("Straight away")}};
}

QList<ChipListModel::Chip> wayChips()
{
    return {{QStringLiteral("phone"), ServiceFilters::tr("By phone")},
            {QStringLiteral("online"), ServiceFilters::tr("Online")},
            {QStringLiteral("in-person"), ServiceFilters::tr("In person")}};
}

QList<ChipListModel::Chip> languageChips(const QStringList &languages)
{
    QList<ChipListModel::Chip> chips;
    for (const QString &language : languages)
        chips.append({language, language});
    return chips;
}

} // namespace

ServiceFilters::ServiceFilters(const QList<std::pair<QString, QString>> &topicLabels, QObject *parent)
    : QObject(parent)
    , m_topics(topicChips(topicLabels), true)
    , m_tiers(tierChips(), true)
    , m_ways(wayChips(), true)
    , m_languages({}, false)
{
    for (ChipListModel *chips : {&m_topics, &m_tiers, &m_ways, &m_languages})
        connect(chips, &ChipListModel::selectionChanged, this, &ServiceFilters::changed);
}

void ServiceFilters::setSwitch(bool &value, bool on)
{
    if (value == on)
        return;
    value = on;
    emit changed();
}

void ServiceFilters::setFreeOnly(bool on)
{
    setSwitch(m_freeOnly, on);
}

void ServiceFilters::setSelfReferralOnly(bool on)
{
    setSwitch(m_selfReferralOnly, on);
}

void ServiceFilters::setOpenNow(bool on)
{
    setSwitch(m_openNow, on);
}

int ServiceFilters::activeCount() const
{
    return int(m_topics.selectedKeys().size() + m_tiers.selectedKeys().size() + m_ways.selectedKeys().size()
               + m_languages.selectedKeys().size()) + int(m_freeOnly) + int(m_selfReferralOnly) + int(m_openNow);
}

ServiceFilter ServiceFilters::filter() const
{
    ServiceFilter filter;
    filter.topics = m_topics.selectedKeys();
    filter.tiers = m_tiers.selectedKeys();
    filter.ways = m_ways.selectedKeys();
    filter.language = m_languages.selectedKey();
    filter.freeOnly = m_freeOnly;
    filter.selfReferralOnly = m_selfReferralOnly;
    filter.openNow = m_openNow;
    return filter;
}

void ServiceFilters::showOnlyTopic(const QString &topic)
{
    QSignalBlocker blocker(this);
    clear();
    m_topics.select({topic});
    blocker.unblock();
    emit changed();
}

void ServiceFilters::setLanguages(const QStringList &languages)
{
    m_languages.setChips(languageChips(languages));
    // Another area may not name the picked language; a filter nobody can see would hide everything.
    if (!m_languages.selectedKey().isEmpty() && !languages.contains(m_languages.selectedKey()))
        m_languages.select({});
}

void ServiceFilters::clear()
{
    QSignalBlocker blocker(this);
    for (ChipListModel *chips : {&m_topics, &m_tiers, &m_ways, &m_languages})
        chips->select({});
    m_freeOnly = m_selfReferralOnly = m_openNow = false;
    blocker.unblock();
    emit changed();
}

} // namespace cg
