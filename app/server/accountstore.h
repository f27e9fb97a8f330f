#pragma once

#include "server/account.h"

#include <QSqlDatabase>

namespace cg {

// The users table: accounts and their password hashes.
class AccountStore
{
public:
    explicit AccountStore(QSqlDatabase &db);

    enum class Added { Added, AlreadyThere, Failed };
    Added add(const Account &account, const QString &passwordHash);

    struct Found {
        Account account;
        QString passwordHash;
    };
    // Nothing when there is no such account, or the database cannot say (lastError() then says).
    std::optional<Found> find(const QString &email);

    QString lastError() const { return m_error; }

private:
    QSqlDatabase &m_db;
    QString m_error;
};

} // namespace cg
