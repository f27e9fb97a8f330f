#include "catchqtstrings.h"
#include "smallregistry.h"
#include "core/weeklyreport.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>

using namespace cg;

namespace {


WeeklyReport report()
{
    return {QStringLiteral("3f2504e0-4f89-41d3-9a0c-0305e82c3301"), QStringLiteral("1.4"), QStringLiteral("2026-W48"),
            QStringLiteral("E08000014"),
            {{QStringLiteral("app.active"), {}, 1},
             {QStringLiteral("module.started"), {{QStringLiteral("module"), QStringLiteral("arguing-better")}}, 1}}};
}

QJsonObject reportObject()
{
    return QJsonDocument::fromJson(weeklyReportJson(report())).object();
}

// The report with one field changed (or removed, for an undefined value).
std::optional<QString> problemWith(const QString &field, const QJsonValue &value)
{
    QJsonObject changed = reportObject();
    if (value.isUndefined())
        changed.remove(field);
    else
        changed.insert(field, value);
    return reportProblem(smallRegistry(), changed);
}

QJsonArray countsWith(const QJsonObject &count)
{
    return QJsonArray{QJsonObject{{QStringLiteral("metric"), QStringLiteral("app.active")},
                                  {QStringLiteral("labels"), QJsonObject{}}, {QStringLiteral("value"), 1}},
                      count};
}

} // namespace

TEST_CASE("a weekly report is exactly the six fields of wire format 1, and passes the registry's check")
{
    const QJsonObject json = reportObject();
    CHECK(json.keys() == QStringList{QStringLiteral("app_version"), QStringLiteral("area"), QStringLiteral("counts"),
                                     QStringLiteral("report_id"), QStringLiteral("schema"), QStringLiteral("week")});
    CHECK(json.value(QStringLiteral("schema")) == QJsonValue(1));
    CHECK(json.value(QStringLiteral("counts")).toArray().size() == 2);
    CHECK_FALSE(reportProblem(smallRegistry(), json));
    WeeklyReport noArea = report();
    noArea.areaCode.clear();
    const QJsonObject unsaid = QJsonDocument::fromJson(weeklyReportJson(noArea)).object();
    CHECK(unsaid.value(QStringLiteral("area")).isNull());
    CHECK_FALSE(reportProblem(smallRegistry(), unsaid));
}

TEST_CASE("a report with another field, a field missing, or a wrong schema, id, version, week or area is refused")
{
    CHECK(problemWith(QStringLiteral("device"), QStringLiteral("Pixel 7")) == QStringLiteral("'device' is not a field a report may have"));
    CHECK(problemWith(QStringLiteral("counts"), QJsonValue(QJsonValue::Undefined)) == QStringLiteral("the report has no counts"));
    CHECK(problemWith(QStringLiteral("schema"), 2).has_value());
    CHECK(problemWith(QStringLiteral("report_id"), QStringLiteral("3f2504e0-4f89-11d3-9a0c-0305e82c3301")).has_value());  // v1
    CHECK(problemWith(QStringLiteral("report_id"), QStringLiteral("3F2504E0-4F89-41D3-9A0C-0305E82C3301")).has_value());
    CHECK(problemWith(QStringLiteral("app_version"), QStringLiteral("1.4.2")).has_value());
    CHECK(problemWith(QStringLiteral("week"), QStringLiteral("2025-W53")).has_value());
    CHECK(problemWith(QStringLiteral("week"), QStringLiteral("2026-11-23")).has_value());
    CHECK(problemWith(QStringLiteral("area"), QStringLiteral("Sefton")).has_value());
    CHECK(problemWith(QStringLiteral("area"), 14).has_value());
}

TEST_CASE("a report's counts must each be a listed metric with its labels, a whole value within its most, and once only")
{
    const auto withCount = [](const QString &metric, const QJsonObject &labels, const QJsonValue &value) {
        return problemWith(QStringLiteral("counts"), countsWith({{QStringLiteral("metric"), metric},
                                                                {QStringLiteral("labels"), labels},
                                                                {QStringLiteral("value"), value}}));
    };
    const QJsonObject guide{{QStringLiteral("module"), QStringLiteral("arguing-better")}};
    CHECK_FALSE(withCount(QStringLiteral("module.started"), guide, 1));
    CHECK(withCount(QStringLiteral("journal.words"), {}, 1).has_value());
    CHECK(withCount(QStringLiteral("module.started"), {{QStringLiteral("module"), QStringLiteral("My secret diary")}}, 1).has_value());
    CHECK(withCount(QStringLiteral("module.started"), {{QStringLiteral("module"), 3}}, 1).has_value());
    CHECK(withCount(QStringLiteral("module.started"), guide, 2).has_value());    // over the weekly most
    CHECK(withCount(QStringLiteral("module.started"), guide, 0).has_value());
    CHECK(withCount(QStringLiteral("module.started"), guide, 0.5).has_value());
    CHECK(withCount(QStringLiteral("app.active"), {}, 1) == QStringLiteral("app.active is counted twice with the same labels"));
    CHECK(problemWith(QStringLiteral("counts"), QJsonArray{QJsonObject{{QStringLiteral("metric"), QStringLiteral("app.active")},
                                                                       {QStringLiteral("labels"), QJsonObject{}},
                                                                       {QStringLiteral("value"), 1},
                                                                       {QStringLiteral("at"), QStringLiteral("21:14")}}})
              .has_value());
    CHECK(problemWith(QStringLiteral("counts"), QStringLiteral("lots")).has_value());
}
