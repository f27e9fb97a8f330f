#include "core/weeklyreport.h"

#include "core/isoweek.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

#include <cmath>

namespace cg {
namespace {

constexpr double kLargestValue = 1e12;

// The patterns are compiled once: the server checks every report against them, and compiling
// them each time cost half its time per report.
const QRegularExpression &reportIdPattern()
{
    static const QRegularExpression pattern(
        QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"));
    return pattern;
}

const QRegularExpression &appVersionPattern()
{
    static const QRegularExpression pattern(QStringLiteral("^(0|[1-9][0-9]{0,3})\\.(0|[1-9][0-9]{0,3})$"));
    return pattern;
}

const QRegularExpression &areaPattern()
{
    static const QRegularExpression pattern(QStringLiteral("^[EWSN][0-9]{8}$"));
    return pattern;
}

bool matches(const QRegularExpression &pattern, const QString &text)
{
    return pattern.match(text).hasMatch();
}

ReportProblem problem(const char *error, const QString &detail)
{
    return ReportProblem{QLatin1String(error), detail};
}

std::optional<ReportProblem> countsCheck(const MetricRegistry &registry, const QJsonValue &counts)
{
    if (!counts.isArray())
        return problem("bad_counts", QStringLiteral("counts must be a list"));
    QSet<QString> seen;
    for (const QJsonValue &entry : counts.toArray()) {
        const QJsonObject count = entry.toObject();
        if (!entry.isObject() || count.size() != 3 || !count.value(QStringLiteral("metric")).isString()
            || !count.value(QStringLiteral("labels")).isObject() || !count.value(QStringLiteral("value")).isDouble())
            return problem("bad_counts", QStringLiteral("each count is exactly a metric, its labels and a value"));
        QHash<QString, QString> labels;
        const QJsonObject given = count.value(QStringLiteral("labels")).toObject();
        for (auto label = given.constBegin(); label != given.constEnd(); ++label) {
            if (!label->isString())
                return problem("bad_counts", QStringLiteral("label values must be text"));
            labels.insert(label.key(), label->toString());
        }
        const QString metric = count.value(QStringLiteral("metric")).toString();
        const double value = count.value(QStringLiteral("value")).toDouble();
        if (value != std::floor(value))
            return problem("value_out_of_range", QStringLiteral("%1's value must be a whole number").arg(metric));
        // Beyond any weekly most, and beyond what a 64-bit whole number can hold: converting it
        // would be undefined, so it is refused first.
        if (std::abs(value) > kLargestValue)
            return problem("value_out_of_range", QStringLiteral("%1's value is far too large").arg(metric));
        if (std::optional<ReportProblem> wrong = countCheck(registry, metric, labels, qint64(value)))
            return wrong;
        const QString key = metric + QString::fromUtf8(QJsonDocument(given).toJson(QJsonDocument::Compact));
        if (seen.contains(key))
            return problem("duplicate_count", QStringLiteral("%1 is counted twice with the same labels").arg(metric));
        seen.insert(key);
    }
    return std::nullopt;
}

} // namespace

QByteArray weeklyReportJson(const WeeklyReport &report)
{
    QJsonArray counts;
    for (const WeeklyCount &count : report.counts) {
        QJsonObject labels;
        for (auto label = count.labels.cbegin(); label != count.labels.cend(); ++label)
            labels.insert(label.key(), label.value());
        counts.append(QJsonObject{{QStringLiteral("metric"), count.metric},
                                  {QStringLiteral("labels"), labels},
                                  {QStringLiteral("value"), count.value}});
    }
    const QJsonObject json{{QStringLiteral("schema"), 1},
                           {QStringLiteral("report_id"), report.reportId},
                           {QStringLiteral("app_version"), report.appVersion},
                           {QStringLiteral("week"), report.week},
                           {QStringLiteral("area"), report.areaCode.isEmpty() ? QJsonValue() : QJsonValue(report.areaCode)},
                           {QStringLiteral("counts"), counts}};
    return QJsonDocument(json).toJson(QJsonDocument::Compact);
}

std::optional<ReportProblem> reportCheck(const MetricRegistry &registry, const QJsonObject &report)
{
    static const QStringList fields{QStringLiteral("schema"), QStringLiteral("report_id"), QStringLiteral("app_version"),
                                    QStringLiteral("week"), QStringLiteral("area"), QStringLiteral("counts")};
    for (const QString &key : report.keys()) {
        if (!fields.contains(key))
            return problem("extra_field", QStringLiteral("'%1' is not a field a report may have").arg(key));
    }
    for (const QString &field : fields) {
        if (!report.contains(field))
            return problem("missing_field", QStringLiteral("the report has no %1").arg(field));
    }
    if (report.value(QStringLiteral("schema")) != QJsonValue(1))
        return problem("bad_schema", QStringLiteral("schema must be 1"));
    if (!matches(reportIdPattern(), report.value(QStringLiteral("report_id")).toString()))
        return problem("bad_report_id", QStringLiteral("report_id must be a random (version 4) UUID in lower case"));
    if (!matches(appVersionPattern(), report.value(QStringLiteral("app_version")).toString()))
        return problem("bad_app_version", QStringLiteral("app_version must be major.minor, such as 1.4"));
    if (!isoWeekMonday(report.value(QStringLiteral("week")).toString()))
        return problem("bad_week", QStringLiteral("week must be an ISO week written YYYY-Www, such as 2026-W48"));
    const QJsonValue area = report.value(QStringLiteral("area"));
    if (!area.isNull() && !matches(areaPattern(), area.toString()))
        return problem("bad_area", QStringLiteral("area must be an ONS area code, such as E08000014, or null"));
    return countsCheck(registry, report.value(QStringLiteral("counts")));
}

std::optional<QString> reportProblem(const MetricRegistry &registry, const QJsonObject &report)
{
    if (std::optional<ReportProblem> wrong = reportCheck(registry, report))
        return wrong->detail;
    return std::nullopt;
}

} // namespace cg
