#pragma once

#include <QString>

#include <optional>

namespace cg {

// Someone who may see the dashboard, and what they may see: one area's figures, a region's areas,
// or every area. Coordinators and administrators see the same figures; administrators will also
// manage other users.
struct Account {
    enum class Role { Coordinator, Admin };
    enum class Scope { Area, Region, National };

    QString email;      // lower case
    Role role = Role::Coordinator;
    Scope scope = Scope::Area;
    QString scopeName;  // the ONS area code, the region's name, or empty for National

    bool operator==(const Account &) const = default;
};

QString roleName(Account::Role role);  // "coordinator" | "admin"
std::optional<Account::Role> roleNamed(const QString &name);
QString scopeName(Account::Scope scope);  // "area" | "region" | "national"
std::optional<Account::Scope> scopeNamed(const QString &name);

// An account from the users table's columns; nothing when its role or scope is not one we know.
std::optional<Account> accountFromColumns(const QString &email, const QString &role, const QString &scope,
                                          const QString &scopeName);

// An e-mail address as kept and compared: trimmed and lower case. Empty when it cannot be one
// (no "@", nothing before or after it, spaces or control characters inside).
QString normalisedEmail(const QString &email);

} // namespace cg
