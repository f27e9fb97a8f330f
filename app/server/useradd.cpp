#include "server/useradd.h"

#include "content/arealoader.h"
#include "crypto/passwordhash.h"
#include "server/accountstore.h"
#include "server/serverdatabase.h"

namespace cg {
namespace {

UserAddResult notAdded(const QString &message)
{
    return UserAddResult{false, message};
}

QString describe(const Account &account)
{
    const QString sees = account.scope == Account::Scope::National ? QStringLiteral("every area")
        : account.scope == Account::Scope::Region                  ? QStringLiteral("the %1 region").arg(account.scopeName)
                                                                   : QStringLiteral("area %1").arg(account.scopeName);
    return QStringLiteral("%1 (%2, sees %3)").arg(account.email, roleName(account.role), sees);
}

} // namespace

UserAddResult addUser(const UserAddOptions &options, const QString &password)
{
    const Account &account = options.account;
    if (account.scope == Account::Scope::Area && !findArea(loadAreas(options.contentDir).areas, account.scopeName))
        return notAdded(QStringLiteral("%1 is not an area this server knows; the areas are in %2/areas")
                            .arg(account.scopeName, options.contentDir));
    if (password.size() < kShortestPassword)
        return notAdded(QStringLiteral("the password must be at least %1 characters; nothing was added").arg(kShortestPassword));
    Database database;
    QString error;
    if (!openServerDatabase(database, options.database, &error))
        return notAdded(error);
    const std::optional<QString> hash = hashPassword(password);
    if (!hash)
        return notAdded(QStringLiteral("the password could not be hashed (out of memory?); nothing was added"));
    AccountStore accounts(database.connection());
    switch (accounts.add(account, *hash)) {
    case AccountStore::Added::Added:
        return UserAddResult{true, QStringLiteral("added ") + describe(account)};
    case AccountStore::Added::AlreadyThere:
        return notAdded(QStringLiteral("%1 already has an account; nothing was changed").arg(account.email));
    case AccountStore::Added::Failed:
        break;
    }
    return notAdded(QStringLiteral("the account could not be saved: %1").arg(accounts.lastError()));
}

} // namespace cg
