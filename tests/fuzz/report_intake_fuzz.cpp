// Fuzz target: the body of a POST /v1/reports, as anyone on the internet may send it. Whatever the
// bytes, reading never crashes; a refusal has a status the phone understands and says why; and a
// report that is accepted is one the app itself could have written: written back out it reads the
// same and passes every registry check again.
#include "content/contentmetricregistry.h"
#include "core/weeklyreport.h"
#include "fuzzcheck.h"
#include "server/reportintake.h"

#include <QJsonDocument>
#include <QRegularExpression>

#include <cstddef>
#include <cstdint>

namespace {

// The shipped registry, read once per process.
const cg::MetricRegistry &registry()
{
    static const cg::MetricRegistry shipped = [] {
        const cg::MetricRegistryResult read = cg::readContentMetricRegistry(QStringLiteral(CG_CONTENT_DIR));
        fuzzRequire(read.registry.has_value(), "the shipped registry reads");
        return *read.registry;
    }();
    return shipped;
}

void checkRefusal(const cg::IntakeRefusal &refusal, const QByteArray &body)
{
    const auto shown = [&] { return QString::fromUtf8(body.left(300)); };
    fuzzRequire(refusal.status == 400 || refusal.status == 413 || refusal.status == 422,
                "a refusal is 400, 413 or 422", shown);
    fuzzRequire(!refusal.error.isEmpty() && !refusal.detail.isEmpty(), "every refusal says why", shown);
    fuzzRequire((refusal.status == 413) == (body.size() > cg::kMaxReportBytes), "413 exactly when too large", shown);
    const bool json = QJsonDocument::fromJson(body).isObject() || QJsonDocument::fromJson(body).isArray();
    if (refusal.status == 400)
        fuzzRequire(!json, "400 only for what is not JSON", shown);
}

void checkAccepted(const cg::AcceptedReport &report, const QByteArray &body)
{
    const auto shown = [&] { return QString::fromUtf8(body.left(300)); };
    static const QRegularExpression area(QStringLiteral("^([EWSN][0-9]{8})?$"));
    fuzzRequire(area.match(report.areaCode).hasMatch(), "an ONS code or no area", shown);
    for (const cg::WeeklyCount &count : report.counts) {
        fuzzRequire(!cg::countCheck(registry(), count.metric, count.labels, count.value), "every count fits the registry",
                    shown);
        fuzzRequire(!cg::labelsKey(count.labels).contains(QLatin1Char('\n')), "labels stay on one line", shown);
    }
    // Written out as the app writes reports, it is read back the same and accepted again.
    const QByteArray again = cg::weeklyReportJson(
        cg::WeeklyReport{report.reportId, QStringLiteral("1.0"), report.week, report.areaCode, report.counts});
    const auto reread = cg::readReport(QByteArrayLiteral("application/json"), again, registry());
    fuzzRequire(std::holds_alternative<cg::AcceptedReport>(reread), "an accepted report written out is accepted", shown);
    const cg::AcceptedReport &second = std::get<cg::AcceptedReport>(reread);
    fuzzRequire(second.reportId == report.reportId && second.week == report.week
                    && second.areaCode == report.areaCode && second.counts == report.counts,
                "and reads the same", shown);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto read = cg::readReport(QByteArrayLiteral("application/json"), body, registry());
    if (const auto *refusal = std::get_if<cg::IntakeRefusal>(&read))
        checkRefusal(*refusal, body);
    else
        checkAccepted(std::get<cg::AcceptedReport>(read), body);
    return 0;
}
