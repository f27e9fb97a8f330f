#include "server/account.h"

namespace cg {

QString roleName(Account::Role role)
{
    return role == Account::Role::Admin ? QStringLiteral("admin") : QStringLiteral("coordinator");
}

std::optional<Account::Role> roleNamed(const QString &name)
{
    if (name == QLatin1String("coordinator"))
        return Account::Role::Coordinator;
    if (name == QLatin1String("admin"))
        return Account::Role::Admin;
    return std::nullopt;
}

QString scopeName(Account::Scope scope)
{
    switch (scope) {
    case Account::Scope::Area:
        return QStringLiteral("area");
    case Account::Scope::Region:
        return QStringLiteral("region");
    case Account::Scope::National:
        break;
    }
    return QStringLiteral("national");
}

std::optional<Account::Scope> scopeNamed(const QString &name)
{
    for (Account::Scope scope : {Account::Scope::Area, Account::Scope::Region, Account::Scope::National}) {
        if (scopeName(scope) == name)
            return scope;
    }
    return std::nullopt;
}

std::optional<Account> accountFromColumns(const QString &email, const QString &role, const QString &scope,
                                          const QString &scopeName)
{
    const std::optional<Account::Role> knownRole = roleNamed(role);
    const std::optional<Account::Scope> knownScope = scopeNamed(scope);
    if (!knownRole || !knownScope)
        return std::nullopt;
    return Account{email, *knownRole, *knownScope, scopeName};
}

QString normalisedEmail(const QString &email)
{
    const QString trimmed = email.trimmed().toLower();
    const qsizetype at = trimmed.indexOf(QLatin1Char('@'));
    if (at <= 0 || at != trimmed.lastIndexOf(QLatin1Char('@')) || at == trimmed.size() - 1 || trimmed.size() > 254)
        return {};
    for (const QChar c : trimmed) {
        if (c.isSpace() || c.category() == QChar::Other_Control)
            return {};
    }
    return trimmed;
}

} // namespace cg
