#include "stats/uploaddelays.h"

#include "core/uploadpolicy.h"

#include <QRandomGenerator>

namespace cg {
namespace {

constexpr std::chrono::milliseconds kShortestWait{10'000};
constexpr std::chrono::milliseconds kLongestWait{180'000};

} // namespace

UploadDelays UploadDelays::randomised()
{
    return {
        [] {
            return std::chrono::milliseconds(
                QRandomGenerator::system()->bounded(qint64(kShortestWait.count()), qint64(kLongestWait.count())));
        },
        [](int attempt, std::optional<std::chrono::seconds> retryAfter) {
            return std::chrono::milliseconds(retryDelay(attempt, retryAfter, QRandomGenerator::system()->generateDouble()));
        },
    };
}

UploadDelays UploadDelays::none()
{
    return {[] { return std::chrono::milliseconds(0); },
            [](int, std::optional<std::chrono::seconds>) { return std::chrono::milliseconds(0); }};
}

} // namespace cg
