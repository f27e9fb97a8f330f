#pragma once

#include "core/metricregistry.h"
#include "server/acceptedreport.h"

#include <QByteArray>

#include <variant>

namespace cg {

// Why a request to POST /v1/reports cannot be accepted: the HTTP status and the JSON body's
// {"error": "<code>", "detail": "<sentence>"}.
struct IntakeRefusal {
    int status = 400;
    QString error;
    QString detail;
};

// The largest report body accepted. A full week of the busiest use is well under 4 KiB.
inline constexpr qsizetype kMaxReportBytes = 16 * 1024;

// Reads one request's body as a wire-format-1 report and checks it against the registry:
// 415 for a content type other than JSON, 413 over 16 KiB, 400 for a body that is not JSON,
// 422 for JSON that is not a report the registry allows (the code names what is wrong).
std::variant<AcceptedReport, IntakeRefusal> readReport(const QByteArray &contentType, const QByteArray &body,
                                                       const MetricRegistry &registry);

} // namespace cg
