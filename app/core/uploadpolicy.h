#pragma once

#include <QString>

#include <chrono>
#include <optional>

namespace cg {

// What the phone does with a weekly report after one attempt to send it.
enum class UploadOutcome {
    Delivered,  // 2xx: the server has it; delete it
    Refused,    // 400, 413, 422: the server will never take it; drop it and log why
    TryLater,   // 429, 5xx, a timeout or a network error: keep it and try again later
};

// The outcome for an HTTP status (0 when no response came at all: timeouts, dropped connections,
// no network). Anything else unexpected (such as a 3xx or 401) is tried again later, as a
// misconfigured server is more likely to be fixed than a report is to change.
UploadOutcome uploadOutcome(int httpStatus);

// How long to wait before attempt number `attempt` (1 for the first retry): capped exponential
// backoff with full jitter, `random` being uniform in [0, 1). A server's Retry-After is honoured
// when it asks for longer, up to a day, so a broken header cannot stop reports for ever.
std::chrono::seconds retryDelay(int attempt, std::optional<std::chrono::seconds> retryAfter, double random);

// A Retry-After header: delay-seconds only ("120"); an HTTP date or anything else is none.
std::optional<std::chrono::seconds> parseRetryAfter(const QString &header);

} // namespace cg
