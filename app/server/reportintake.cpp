#include "server/reportintake.h"

#include "core/weeklyreport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace cg {
namespace {

// "application/json", with or without parameters such as "; charset=utf-8", in any case.
bool isJson(const QByteArray &contentType)
{
    return contentType.split(';').first().trimmed().toLower() == QByteArrayLiteral("application/json");
}

QList<WeeklyCount> countsOf(const QJsonArray &counts)
{
    QList<WeeklyCount> read;
    for (const QJsonValue &entry : counts) {
        const QJsonObject count = entry.toObject();
        WeeklyCount weekly;
        weekly.metric = count.value(QStringLiteral("metric")).toString();
        const QJsonObject labels = count.value(QStringLiteral("labels")).toObject();
        for (auto label = labels.constBegin(); label != labels.constEnd(); ++label)
            weekly.labels.insert(label.key(), label->toString());
        weekly.value = count.value(QStringLiteral("value")).toInt();
        read << weekly;
    }
    return read;
}

} // namespace

std::variant<AcceptedReport, IntakeRefusal> readReport(const QByteArray &contentType, const QByteArray &body,
                                                       const MetricRegistry &registry)
{
    if (!isJson(contentType))
        return IntakeRefusal{415, QStringLiteral("unsupported_media_type"),
                             QStringLiteral("send the report as Content-Type: application/json")};
    if (body.size() > kMaxReportBytes)
        return IntakeRefusal{413, QStringLiteral("too_large"),
                             QStringLiteral("a report may be at most %1 bytes; this one is %2").arg(kMaxReportBytes).arg(body.size())};
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return IntakeRefusal{400, QStringLiteral("invalid_json"),
                             QStringLiteral("%1 at byte %2").arg(parseError.errorString()).arg(parseError.offset)};
    if (!document.isObject())
        return IntakeRefusal{422, QStringLiteral("not_a_report"), QStringLiteral("a report is one JSON object")};
    const QJsonObject report = document.object();
    if (const std::optional<ReportProblem> problem = reportCheck(registry, report))
        return IntakeRefusal{422, problem->error, problem->detail};
    return AcceptedReport{report.value(QStringLiteral("report_id")).toString(),
                          report.value(QStringLiteral("week")).toString(),
                          report.value(QStringLiteral("area")).toString(),
                          countsOf(report.value(QStringLiteral("counts")).toArray())};
}

} // namespace cg
