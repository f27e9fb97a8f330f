#include "reportmaker.h"

#include "core/isoweek.h"

#include <QUuid>

#include <algorithm>
#include <numeric>

namespace {

// Index into `weights` chosen with those weights.
int weighted(QRandomGenerator &random, std::initializer_list<int> weights)
{
    int roll = random.bounded(std::max(1, std::accumulate(weights.begin(), weights.end(), 0)));
    int index = 0;
    for (const int weight : weights) {
        if ((roll -= weight) < 0)
            return index;
        ++index;
    }
    return index - 1;
}

} // namespace

ReportMaker::ReportMaker(const cg::MetricRegistry &registry, QStringList areas, quint32 seed)
    : m_registry(registry)
    , m_areas(std::move(areas))
    , m_random(seed)
{
}

QStringList ReportMaker::labelValues(const QString &metric, const QString &label) const
{
    if (const cg::Metric *found = m_registry.find(metric)) {
        for (const cg::MetricLabel &each : found->labels) {
            if (each.name == label)
                return each.values;
        }
    }
    return {};
}

int ReportMaker::bounded(const QString &metric, int value) const
{
    const cg::Metric *found = m_registry.find(metric);
    return std::clamp(value, 1, found ? found->maxPerWeek : 1);
}

const QString &ReportMaker::pick(const QStringList &list)
{
    return list.at(m_random.bounded(int(list.size())));
}

cg::WeeklyReport ReportMaker::next()
{
    QRandomGenerator &r = m_random;
    cg::WeeklyReport report;
    // A fresh random (version 4) id for every report, as phones make them: QUuid draws from the
    // system's random source, so no two runs of the benchmark send the same ids.
    report.reportId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    report.appVersion = QStringLiteral("1.%1").arg(r.bounded(3));
    // 2026 has 53 ISO weeks and every day of it falls in one of them (1 January is a Thursday).
    report.week = cg::isoWeek(QDate(2026, 1, 1).addDays(r.bounded(365)));
    report.areaCode = pick(m_areas);
    const auto add = [&report, this](const QString &metric, QHash<QString, QString> labels, int value) {
        report.counts.append({metric, std::move(labels), bounded(metric, value)});
    };
    add(QStringLiteral("app.active"), {}, 1);

    // Guides: most weeks none or one, a few weeks more. Each started guide is read some parts in;
    // about a third are finished (never one not started), and about half of those answer "Was this
    // helpful?".
    const QStringList modules = labelValues(QStringLiteral("module.started"), QStringLiteral("module"));
    const QStringList sections = labelValues(QStringLiteral("module.section_reached"), QStringLiteral("section"));
    const int startedCount = std::min<int>(weighted(r, {40, 35, 18, 7}), int(modules.size()));
    QStringList started;
    while (started.size() < startedCount) {
        const QString &id = pick(modules);
        if (!started.contains(id))
            started << id;
    }
    for (const QString &id : started) {
        add(QStringLiteral("module.started"), {{QStringLiteral("module"), id}}, 1);
        const int reached = 1 + r.bounded(std::max(1, std::min<int>(6, int(sections.size()))));
        for (int part = 0; part < reached && part < sections.size(); ++part)
            add(QStringLiteral("module.section_reached"),
                {{QStringLiteral("module"), id}, {QStringLiteral("section"), sections.at(part)}}, 1);
        if (r.bounded(100) < 35) {
            add(QStringLiteral("module.completed"), {{QStringLiteral("module"), id}}, 1);
            if (r.bounded(100) < 50)
                add(QStringLiteral("module.helpful"),
                    {{QStringLiteral("module"), id},
                     {QStringLiteral("answer"), r.bounded(100) < 75 ? QStringLiteral("yes") : QStringLiteral("no")}},
                    1);
        }
    }

    // Local help: a few kinds looked at, a few times each; some of them contacted, never more
    // often than looked at.
    const QStringList categories = labelValues(QStringLiteral("service.viewed"), QStringLiteral("category"));
    const QStringList tiers = labelValues(QStringLiteral("service.viewed"), QStringLiteral("tier"));
    const int viewedKinds = weighted(r, {45, 25, 15, 10, 5});
    QList<QPair<QString, QString>> viewed;
    for (int attempt = 0; viewed.size() < viewedKinds && attempt < 20 && !categories.isEmpty() && !tiers.isEmpty();
         ++attempt) {
        const QPair<QString, QString> kind{pick(categories), pick(tiers)};
        if (!viewed.contains(kind))
            viewed << kind;
    }
    for (const auto &[category, tier] : viewed) {
        const QHash<QString, QString> labels{{QStringLiteral("category"), category}, {QStringLiteral("tier"), tier}};
        const int times = 1 + weighted(r, {50, 25, 12, 8, 5});
        add(QStringLiteral("service.viewed"), labels, times);
        if (r.bounded(100) < 30)
            add(QStringLiteral("service.contacted"), labels, 1 + r.bounded(times));
    }

    // The staying-safe page, rarely; a helpline on it tapped at most as often as it was shown.
    if (r.bounded(100) < 4) {
        const int shown = 1 + r.bounded(2);
        add(QStringLiteral("safety.route_shown"), {}, shown);
        if (r.bounded(100) < 40)
            add(QStringLiteral("safety.helpline_tapped"), {}, 1 + r.bounded(shown));
    }

    // A family worker's code, rarely.
    const QStringList agencies = labelValues(QStringLiteral("practitioner.code_redeemed"), QStringLiteral("agency"));
    if (!agencies.isEmpty() && r.bounded(100) < 3)
        add(QStringLiteral("practitioner.code_redeemed"), {{QStringLiteral("agency"), pick(agencies)}}, 1);

    // A check-in now and then; after the first stage, the change in each measure since the first.
    const QStringList stages = labelValues(QStringLiteral("checkin.done"), QStringLiteral("stage"));
    const QStringList measures = labelValues(QStringLiteral("checkin.change"), QStringLiteral("measure"));
    if (!stages.isEmpty() && r.bounded(100) < 10) {
        const QString &stage = pick(stages);
        add(QStringLiteral("checkin.done"), {{QStringLiteral("stage"), stage}}, 1);
        if (stage != stages.first()) {
            for (const QString &measure : measures) {
                static const QStringList bands{QStringLiteral("better"), QStringLiteral("same"), QStringLiteral("worse")};
                add(QStringLiteral("checkin.change"),
                    {{QStringLiteral("stage"), stage},
                     {QStringLiteral("measure"), measure},
                     {QStringLiteral("band"), bands.at(weighted(r, {40, 45, 15}))}},
                    1);
            }
        }
    }

    if (r.bounded(100) < 30)
        add(QStringLiteral("journal.used"), {}, 1);
    return report;
}

QStringList madeUpAreaCodes(int count)
{
    static const QStringList kinds{QStringLiteral("E06"), QStringLiteral("E07"), QStringLiteral("E08"),
                                   QStringLiteral("E09"), QStringLiteral("W06")};
    QStringList codes;
    for (int i = 0; i < count; ++i)
        codes << kinds.at(i % kinds.size()) + QStringLiteral("%1").arg(i / kinds.size() + 1, 6, 10, QLatin1Char('0'));
    return codes;
}
