#include "server/loginthrottle.h"

namespace cg {

void LoginThrottle::forgetOld(const QString &email, qint64 now)
{
    auto found = m_failures.find(email);
    if (found == m_failures.end())
        return;
    found->removeIf([now](qint64 at) { return at <= now - kWindowSeconds; });
    if (found->isEmpty())
        m_failures.erase(found);
}

std::optional<qint64> LoginThrottle::waitSeconds(const QString &email, qint64 now)
{
    forgetOld(email, now);
    const QList<qint64> failures = m_failures.value(email);
    if (failures.size() < kAllowedFailures)
        return std::nullopt;
    return failures.first() + kWindowSeconds - now;
}

void LoginThrottle::failed(const QString &email, qint64 now)
{
    forgetOld(email, now);
    if (m_failures.size() > kSweepAbove) {
        for (const QString &address : m_failures.keys())
            forgetOld(address, now);
    }
    m_failures[email].append(now);
}

void LoginThrottle::succeeded(const QString &email)
{
    m_failures.remove(email);
}

} // namespace cg
