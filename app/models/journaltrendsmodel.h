#pragma once

#include "core/journalentry.h"
#include "core/journalinsights.h"
#include "core/journaltrends.h"

#include <QObject>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

#include <functional>

namespace cg {

// The trends screen: the numbers for the chosen period (2, 4 or 12 weeks) in words, the bars to
// draw with a sentence for screen readers, and gentle insights that open a guide.
class JournalTrendsModel : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Made by the journal")
    Q_PROPERTY(int weeks READ weeks WRITE setWeeks NOTIFY changed)
    Q_PROPERTY(QVariantList periods READ periods CONSTANT)
    Q_PROPERTY(bool empty READ empty NOTIFY changed)
    Q_PROPERTY(QStringList summary READ summary NOTIFY changed)
    Q_PROPERTY(QVariantList weekBars READ weekBars NOTIFY changed)
    Q_PROPERTY(int mostInAWeek READ mostInAWeek NOTIFY changed)
    Q_PROPERTY(QString chartDescription READ chartDescription NOTIFY changed)
    Q_PROPERTY(QVariantList topics READ topics NOTIFY changed)
    Q_PROPERTY(QVariantList channels READ channels NOTIFY changed)
    Q_PROPERTY(QVariantList timesOfDay READ timesOfDay NOTIFY changed)
    Q_PROPERTY(QVariantList insights READ insights NOTIFY changed)

public:
    using Today = std::function<QDate()>;
    using ModuleTitle = std::function<QString(const QString &moduleId)>;

    JournalTrendsModel(Today today, ModuleTitle moduleTitle, QObject *parent = nullptr);

    int weeks() const { return m_trends.weeks; }
    void setWeeks(int weeks);
    QVariantList periods() const;
    bool empty() const { return m_trends.arguments == 0 && m_trends.goodDays == 0; }
    QStringList summary() const;
    QVariantList weekBars() const;
    int mostInAWeek() const;
    QString chartDescription() const;
    QVariantList topics() const;
    QVariantList channels() const;
    QVariantList timesOfDay() const;
    QVariantList insights() const;

    // `entries` oldest first. Kept to recompute when the period changes.
    void setEntries(const QList<JournalEntry> &entries);
    void clear();

    Q_INVOKABLE void openGuide(const QString &moduleId);

signals:
    void changed();
    void guideRequested(const QString &moduleId);

private:
    void recompute(int weeks);

    Today m_today;
    ModuleTitle m_moduleTitle;
    QList<JournalEntry> m_entries;
    JournalTrends m_trends;
    QList<JournalInsight> m_insights;
};

} // namespace cg
