#include "server/reportintake.h"

#include "reportbodies.h"
#include "shippedregistry.h"
#include "catchqtstrings.h"

using namespace cg;

namespace {

const QString kId = QStringLiteral("8d6f4c2a-1b3e-4f5a-9c7d-0e1f2a3b4c5d");

IntakeRefusal refusalFor(const QByteArray &body, const QByteArray &contentType = QByteArrayLiteral("application/json"))
{
    const auto read = readReport(contentType, body, shippedRegistry());
    REQUIRE(std::holds_alternative<IntakeRefusal>(read));
    return std::get<IntakeRefusal>(read);
}

} // namespace

TEST_CASE("a report as the app writes it is read into its id, week, area and counts")
{
    const auto read = readReport(QByteArrayLiteral("application/json"), sampleBody(kId), shippedRegistry());
    REQUIRE(std::holds_alternative<AcceptedReport>(read));
    const AcceptedReport &report = std::get<AcceptedReport>(read);
    CHECK(report.reportId == kId);
    CHECK(report.week == QStringLiteral("2026-W47"));
    CHECK(report.areaCode == QStringLiteral("E08000014"));
    CHECK(report.counts == sampleReport(kId).counts);
}

TEST_CASE("a report with no area is read with an empty area")
{
    const auto read = readReport(QByteArrayLiteral("application/json"), sampleBody(kId, QString()), shippedRegistry());
    REQUIRE(std::holds_alternative<AcceptedReport>(read));
    CHECK(std::get<AcceptedReport>(read).areaCode.isEmpty());
}

TEST_CASE("JSON with a charset parameter or in capitals is still JSON")
{
    for (const QByteArray type : {QByteArrayLiteral("application/json; charset=utf-8"), QByteArrayLiteral("Application/JSON")})
        CHECK(std::holds_alternative<AcceptedReport>(readReport(type, sampleBody(kId), shippedRegistry())));
}

TEST_CASE("a body that is not sent as JSON gets 415")
{
    for (const QByteArray type : {QByteArrayLiteral("text/plain"), QByteArrayLiteral(""),
                                  QByteArrayLiteral("application/x-www-form-urlencoded")}) {
        const IntakeRefusal refusal = refusalFor(sampleBody(kId), type);
        CHECK(refusal.status == 415);
        CHECK(refusal.error == QStringLiteral("unsupported_media_type"));
    }
}

TEST_CASE("a body over 16 KiB gets 413 before it is parsed")
{
    const IntakeRefusal refusal = refusalFor(QByteArray(16 * 1024 + 1, ' '));
    CHECK(refusal.status == 413);
    CHECK(refusal.error == QStringLiteral("too_large"));
    CHECK(refusal.detail == QStringLiteral("a report may be at most 16384 bytes; this one is 16385"));
}

TEST_CASE("a body that is not JSON gets 400 saying where it broke")
{
    const IntakeRefusal refusal = refusalFor(QByteArrayLiteral("{\"schema\": 1,"));
    CHECK(refusal.status == 400);
    CHECK(refusal.error == QStringLiteral("invalid_json"));
    CHECK(refusal.detail.contains(QStringLiteral("at byte")));
}

TEST_CASE("JSON that is not one object gets 422")
{
    const IntakeRefusal refusal = refusalFor(QByteArrayLiteral("[1, 2]"));
    CHECK(refusal.status == 422);
    CHECK(refusal.error == QStringLiteral("not_a_report"));
}

TEST_CASE("each kind of wrong report gets 422 with a code and a sentence naming what is wrong")
{
    struct Case {
        QString field;
        QJsonValue value;
        QString error;
        QString detail;
    };
    const QJsonArray unknownMetric{QJsonObject{{QStringLiteral("metric"), QStringLiteral("journal.words")},
                                               {QStringLiteral("labels"), QJsonObject{}},
                                               {QStringLiteral("value"), 1}}};
    const QJsonArray unknownLabel{QJsonObject{{QStringLiteral("metric"), QStringLiteral("app.active")},
                                              {QStringLiteral("labels"), QJsonObject{{QStringLiteral("phone"), QStringLiteral("x")}}},
                                              {QStringLiteral("value"), 1}}};
    const QJsonArray tooMany{QJsonObject{{QStringLiteral("metric"), QStringLiteral("safety.route_shown")},
                                         {QStringLiteral("labels"), QJsonObject{}},
                                         {QStringLiteral("value"), 21}}};
    const QJsonArray unknownValue{QJsonObject{{QStringLiteral("metric"), QStringLiteral("module.helpful")},
                                              {QStringLiteral("labels"), QJsonObject{{QStringLiteral("module"), QStringLiteral("no-such-guide")},
                                                                                     {QStringLiteral("answer"), QStringLiteral("yes")}}},
                                              {QStringLiteral("value"), 1}}};
    const QJsonArray beyond64Bits{QJsonObject{{QStringLiteral("metric"), QStringLiteral("app.active")},
                                              {QStringLiteral("labels"), QJsonObject{}},
                                              {QStringLiteral("value"), 2.2e67}}};
    const QList<Case> cases{
        // Found by report-intake-fuzz: converting it to a whole number was undefined behaviour.
        {QStringLiteral("counts"), beyond64Bits, QStringLiteral("value_out_of_range"),
         QStringLiteral("app.active's value is far too large")},
        {QStringLiteral("device"), QStringLiteral("Pixel 7"), QStringLiteral("extra_field"),
         QStringLiteral("'device' is not a field a report may have")},
        {QStringLiteral("week"), QStringLiteral("2026-48"), QStringLiteral("bad_week"),
         QStringLiteral("week must be an ISO week written YYYY-Www, such as 2026-W48")},
        {QStringLiteral("week"), QStringLiteral("2026-W54"), QStringLiteral("bad_week"),
         QStringLiteral("week must be an ISO week written YYYY-Www, such as 2026-W48")},
        {QStringLiteral("schema"), 2, QStringLiteral("bad_schema"), QStringLiteral("schema must be 1")},
        {QStringLiteral("report_id"), QStringLiteral("1"), QStringLiteral("bad_report_id"),
         QStringLiteral("report_id must be a random (version 4) UUID in lower case")},
        {QStringLiteral("area"), QStringLiteral("Sefton"), QStringLiteral("bad_area"),
         QStringLiteral("area must be an ONS area code, such as E08000014, or null")},
        {QStringLiteral("counts"), unknownMetric, QStringLiteral("unknown_metric"),
         QStringLiteral("'journal.words' is not a metric in the registry")},
        {QStringLiteral("counts"), unknownLabel, QStringLiteral("unknown_label"),
         QStringLiteral("app.active has no label 'phone'")},
        {QStringLiteral("counts"), tooMany, QStringLiteral("value_out_of_range"),
         QStringLiteral("safety.route_shown must be from 1 to 20, not 21")},
        {QStringLiteral("counts"), unknownValue, QStringLiteral("unknown_label_value"),
         QStringLiteral("'no-such-guide' is not a value module.helpful's label 'module' may have")},
    };
    for (const Case &wrong : cases) {
        INFO(wrong.field.toStdString() << " = " << QJsonDocument(QJsonArray{wrong.value}).toJson().toStdString());
        const IntakeRefusal refusal = refusalFor(sampleBodyWith(wrong.field, wrong.value));
        CHECK(refusal.status == 422);
        CHECK(refusal.error == wrong.error);
        CHECK(refusal.detail == wrong.detail);
    }
}

TEST_CASE("a count's labels are keyed as key=value pairs sorted by key and joined with semicolons")
{
    CHECK(labelsKey({}).isEmpty());
    CHECK(labelsKey({{QStringLiteral("tier"), QStringLiteral("targeted")}, {QStringLiteral("category"), QStringLiteral("parenting")}})
          == QStringLiteral("category=parenting;tier=targeted"));
}
