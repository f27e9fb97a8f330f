#pragma once

#include "server/account.h"

#include <QSqlDatabase>

namespace cg {

// Signed-in sessions. The cookie carries a random secret; the table keeps only its SHA-256, so
// a copy of the database (or a backup) cannot be used to sign in.
class SessionStore
{
public:
    explicit SessionStore(QSqlDatabase &db);

    // A new session for `email` lasting until `expiresAt` (seconds since 1970): returns the
    // secret for the cookie, or nothing when it could not be kept.
    std::optional<QString> open(const QString &email, qint64 expiresAt);

    // The account a cookie's secret belongs to, if its session exists and has not expired at
    // `now`.
    std::optional<Account> accountFor(const QString &secret, qint64 now);

    bool close(const QString &secret);
    bool forgetExpired(qint64 now);

    QString lastError() const { return m_error; }

private:
    QSqlDatabase &m_db;
    QString m_error;
};

} // namespace cg
