#pragma once

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace cg {

// Slows down password guessing: after 5 failed sign-ins for one address within 15 minutes, that
// address must wait until the oldest of them is 15 minutes old. Kept in memory only, by e-mail
// address, never by the caller's network address (which the server never keeps).
class LoginThrottle
{
public:
    static constexpr int kAllowedFailures = 5;
    static constexpr qint64 kWindowSeconds = 15 * 60;

    // How long `email` must wait at `now` (seconds since 1970), or nothing when it may try.
    std::optional<qint64> waitSeconds(const QString &email, qint64 now);
    void failed(const QString &email, qint64 now);
    void succeeded(const QString &email);

private:
    // Addresses remembered before old failures are swept out of every one of them, so guesses at
    // made-up addresses cannot fill the memory.
    static constexpr qsizetype kSweepAbove = 10'000;

    void forgetOld(const QString &email, qint64 now);

    QHash<QString, QList<qint64>> m_failures;
};

} // namespace cg
