#pragma once

#include <QByteArray>
#include <QHash>
#include <QHostAddress>

#include <functional>
#include <optional>

namespace cg {

// The most reports one network address may send in a minute unless told otherwise.
inline constexpr int kDefaultReportsPerMinute = 120;

// Turns away a flood of reports from one network address: at most `perMinute` in each clock
// minute, then 429 with Retry-After until the minute ends. A phone sends a handful of reports a
// week, one at a time, so only abuse (or a broken client) ever meets it.
//
// The address is never kept as such: only a keyed hash of it, with a key made at start-up and
// never written anywhere, for the current minute, in memory. Nothing is logged.
class SourceRateLimit
{
public:
    // `perMinute` 0 means no limit (benchmarks); `nowMs` gives milliseconds since 1970.
    SourceRateLimit(int perMinute, std::function<qint64()> nowMs);

    // Counts one request from `source`; returns the seconds to wait when it is over the limit.
    std::optional<int> admit(const QHostAddress &source);

private:
    int m_perMinute;
    std::function<qint64()> m_nowMs;
    QByteArray m_key;
    qint64 m_minute = -1;
    QHash<QByteArray, int> m_counts;
};

} // namespace cg
