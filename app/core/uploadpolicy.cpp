#include "core/uploadpolicy.h"

#include <algorithm>
#include <cmath>

namespace cg {
namespace {

constexpr std::chrono::seconds kFirstDelay{60};
constexpr std::chrono::seconds kLongestDelay{6 * 60 * 60};
constexpr std::chrono::seconds kLongestRetryAfter{24 * 60 * 60};

} // namespace

UploadOutcome uploadOutcome(int httpStatus)
{
    if (httpStatus >= 200 && httpStatus < 300)
        return UploadOutcome::Delivered;
    if (httpStatus == 400 || httpStatus == 413 || httpStatus == 422)
        return UploadOutcome::Refused;
    return UploadOutcome::TryLater;
}

std::chrono::seconds retryDelay(int attempt, std::optional<std::chrono::seconds> retryAfter, double random)
{
    // 1, 2, 4, ... minutes, capped at 6 hours; then a random share of it, so phones that failed
    // together do not all come back at the same moment.
    const double ceiling = std::min<double>(double(kLongestDelay.count()),
                                            double(kFirstDelay.count()) * std::pow(2.0, std::clamp(attempt - 1, 0, 30)));
    const auto jittered = std::chrono::seconds(std::max<qint64>(1, qint64(ceiling * std::clamp(random, 0.0, 1.0))));
    if (retryAfter)
        return std::max(jittered, std::min(*retryAfter, kLongestRetryAfter));
    return jittered;
}

std::optional<std::chrono::seconds> parseRetryAfter(const QString &header)
{
    bool number = false;
    const qint64 seconds = header.trimmed().toLongLong(&number);
    if (!number || seconds < 0 || header.trimmed().startsWith(u'+'))
        return std::nullopt;
    return std::chrono::seconds(seconds);
}

} // namespace cg
