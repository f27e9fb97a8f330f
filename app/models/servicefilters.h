#pragma once

#include "core/servicefilter.h"
#include "models/chiplistmodel.h"

#include <QObject>
#include <QtQml/qqmlregistration.h>

namespace cg {

// Get help's filter panel: chips for topics, kinds of help and ways to get in touch, one
// language, and three switches. Changing any of them emits `changed`; the list filters itself.
class ServiceFilters : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Made by the app at start-up")
    Q_PROPERTY(cg::ChipListModel *topics READ topics CONSTANT)
    Q_PROPERTY(cg::ChipListModel *tiers READ tiers CONSTANT)
    Q_PROPERTY(cg::ChipListModel *ways READ ways CONSTANT)
    Q_PROPERTY(cg::ChipListModel *languages READ languages CONSTANT)
    Q_PROPERTY(bool freeOnly READ freeOnly WRITE setFreeOnly NOTIFY changed)
    Q_PROPERTY(bool selfReferralOnly READ selfReferralOnly WRITE setSelfReferralOnly NOTIFY changed)
    Q_PROPERTY(bool openNow READ openNow WRITE setOpenNow NOTIFY changed)
    Q_PROPERTY(int activeCount READ activeCount NOTIFY changed)

public:
    // `topicLabels`: service topic key → words on its chip, in the order shown.
    explicit ServiceFilters(const QList<std::pair<QString, QString>> &topicLabels, QObject *parent = nullptr);

    ChipListModel *topics() { return &m_topics; }
    ChipListModel *tiers() { return &m_tiers; }
    ChipListModel *ways() { return &m_ways; }
    ChipListModel *languages() { return &m_languages; }
    bool freeOnly() const { return m_freeOnly; }
    bool selfReferralOnly() const { return m_selfReferralOnly; }
    bool openNow() const { return m_openNow; }
    void setFreeOnly(bool on);
    void setSelfReferralOnly(bool on);
    void setOpenNow(bool on);

    // How many choices are made, for the "Filters (2)" button.
    int activeCount() const;
    ServiceFilter filter() const;
    // Picks these topics only, dropping every other choice (help for one topic, from a guide).
    void showOnlyTopic(const QString &topic);
    // The languages the area's services name; a picked language no longer there is dropped.
    void setLanguages(const QStringList &languages);

    Q_INVOKABLE void clear();

signals:
    void changed();

private:
    void setSwitch(bool &value, bool on);

    ChipListModel m_topics;
    ChipListModel m_tiers;
    ChipListModel m_ways;
    ChipListModel m_languages;
    bool m_freeOnly = false;
    bool m_selfReferralOnly = false;
    bool m_openNow = false;
};

} // namespace cg
