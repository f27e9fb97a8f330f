#include "server/accountstore.h"

#include <QSqlError>
#include <QSqlQuery>

namespace cg {

AccountStore::AccountStore(QSqlDatabase &db) : m_db(db) {}

AccountStore::Added AccountStore::add(const Account &account, const QString &passwordHash)
{
    m_error.clear();
    QSqlQuery insert(m_db);
    insert.prepare(QStringLiteral("INSERT INTO users (email, password_hash, role, scope, scope_name) VALUES (?, ?, ?, ?, ?) "
                                  "ON CONFLICT (email) DO NOTHING"));
    insert.addBindValue(account.email);
    insert.addBindValue(passwordHash);
    insert.addBindValue(roleName(account.role));
    insert.addBindValue(scopeName(account.scope));
    insert.addBindValue(account.scopeName.isNull() ? QStringLiteral("") : account.scopeName);
    if (!insert.exec()) {
        m_error = insert.lastError().text();
        return Added::Failed;
    }
    return insert.numRowsAffected() == 1 ? Added::Added : Added::AlreadyThere;
}

std::optional<AccountStore::Found> AccountStore::find(const QString &email)
{
    m_error.clear();
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT password_hash, role, scope, scope_name FROM users WHERE email = ?"));
    query.addBindValue(email);
    if (!query.exec()) {
        m_error = query.lastError().text();
        return std::nullopt;
    }
    if (!query.next())
        return std::nullopt;
    const std::optional<Account> account = accountFromColumns(email, query.value(1).toString(), query.value(2).toString(),
                                                              query.value(3).toString());
    if (!account) {
        m_error = QStringLiteral("the account %1 has an unknown role or scope").arg(email);
        return std::nullopt;
    }
    return Found{*account, query.value(0).toString()};
}

} // namespace cg
