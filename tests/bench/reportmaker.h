#pragma once

#include "core/metricregistry.h"
#include "core/weeklyreport.h"

#include <QRandomGenerator>
#include <QStringList>

// Made-up weekly reports for the server benchmark only: never sent anywhere but a loopback server
// the benchmark started. Each is what a phone could really send (the server benchmark must measure
// reports the server accepts, not refusals): a fresh random report id, an area from `areas`, a
// week of 2026, app.active 1, and a plausible week's use of guides, help, check-ins, the safety
// page and the journal, every value within its metric's weekly most and every label from the
// registry. A guide is only completed, and a service only contacted, when it was also started or
// viewed that week, and no more often.
class ReportMaker
{
public:
    ReportMaker(const cg::MetricRegistry &registry, QStringList areas, quint32 seed);

    cg::WeeklyReport next();

private:
    // The registry's values for `label` of `metric` (empty if the registry has no such label).
    QStringList labelValues(const QString &metric, const QString &label) const;
    // `value` kept within the registry's weekly most for `metric`, and at least 1.
    int bounded(const QString &metric, int value) const;
    const QString &pick(const QStringList &list);

    const cg::MetricRegistry &m_registry;
    QStringList m_areas;
    QRandomGenerator m_random;
};

// `count` made-up but well-formed ONS codes of local authorities, spread over the kinds the
// registry accepts (E06 unitary, E07 district, E08 metropolitan, E09 London borough, W06 Welsh):
// E06000001, E07000001, ..., W06000001, E06000002, ...
QStringList madeUpAreaCodes(int count);
