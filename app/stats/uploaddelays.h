#pragma once

#include <chrono>
#include <functional>
#include <optional>

namespace cg {

// How long the uploader waits, kept apart so tests can run the same logic in milliseconds.
struct UploadDelays {
    // Before the first report once sending may start, and between one report and the next.
    std::function<std::chrono::milliseconds()> beforeReport;
    // Before trying a report again: `attempt` counts from 1; `retryAfter` is the server's wish.
    std::function<std::chrono::milliseconds(int attempt, std::optional<std::chrono::seconds> retryAfter)> beforeRetry;

    // The phone's: a random wait of 10 seconds to 3 minutes before each report, so a report is not
    // sent the moment the app opens and reports for different weeks do not go together, and
    // core's capped exponential backoff with jitter before a retry.
    static UploadDelays randomised();
    // --upload-now: no waiting (it tries each report once and exits).
    static UploadDelays none();
};

} // namespace cg
