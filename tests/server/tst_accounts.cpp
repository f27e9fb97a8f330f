#include "crypto/passwordhash.h"
#include "server/accountstore.h"
#include "server/serverdatabase.h"
#include "server/useradd.h"

#include "catchqtstrings.h"
#include "runningserver.h"
#include "scratchdatabase.h"

#include <QSqlQuery>

using namespace cg;

namespace {

const QString kPassword = QStringLiteral("correct horse battery");

UserAddOptions optionsFor(const ScratchDatabase &scratch, Account account)
{
    return UserAddOptions{scratch.url(), std::move(account), QStringLiteral(CG_CONTENT_DIR)};
}

Account seftonCoordinator()
{
    return Account{QStringLiteral("jo@sefton.example"), Account::Role::Coordinator, Account::Scope::Area,
                   QStringLiteral("E08000014")};
}

} // namespace

TEST_CASE("a password is kept as an Argon2id hash that only that password matches")
{
    const std::optional<QString> hash = hashPassword(kPassword);
    REQUIRE(hash);
    CHECK(hash->startsWith(QStringLiteral("$argon2id$")));
    CHECK_FALSE(hash->contains(kPassword));
    CHECK(passwordMatches(*hash, kPassword));
    CHECK_FALSE(passwordMatches(*hash, QStringLiteral("correct horse battery ")));
    CHECK_FALSE(passwordMatches(*hash, QString()));
    // Salted: the same password never gives the same text twice.
    CHECK(*hashPassword(kPassword) != *hash);
    CHECK_FALSE(passwordMatches(QStringLiteral("not a hash"), kPassword));
    CHECK_FALSE(passwordMatches(QString(), kPassword));
}

TEST_CASE("e-mail addresses are kept trimmed and in lower case, and non-addresses are refused")
{
    CHECK(normalisedEmail(QStringLiteral("  Jo.Smith@Sefton.GOV.uk ")) == QStringLiteral("jo.smith@sefton.gov.uk"));
    for (const char *bad : {"", "jo", "@sefton.gov.uk", "jo@", "jo@@sefton", "jo smith@sefton.gov.uk", "jo@a@b"})
        CHECK(normalisedEmail(QString::fromUtf8(bad)).isEmpty());
}

TEST_CASE("user add keeps the account with a hash of the password, once")
{
    const DatabaseUrl::Engine engine = EACH_ENGINE;
    ScratchDatabase scratch(engine);
    const UserAddResult added = addUser(optionsFor(scratch, seftonCoordinator()), kPassword);
    INFO(engineName(engine) << ": " << added.message.toStdString());
    CHECK(added.added);
    CHECK(added.message == QStringLiteral("added jo@sefton.example (coordinator, sees area E08000014)"));

    Database database;
    QString error;
    REQUIRE(openServerDatabase(database, scratch.url(), &error));
    AccountStore accounts(database.connection());
    const std::optional<AccountStore::Found> found = accounts.find(QStringLiteral("jo@sefton.example"));
    REQUIRE(found);
    CHECK(found->account == seftonCoordinator());
    CHECK(passwordMatches(found->passwordHash, kPassword));

    // The same address again changes nothing, even with another password and role.
    Account again = seftonCoordinator();
    again.role = Account::Role::Admin;
    const UserAddResult twice = addUser(optionsFor(scratch, again), QStringLiteral("another long password"));
    CHECK_FALSE(twice.added);
    CHECK(twice.message == QStringLiteral("jo@sefton.example already has an account; nothing was changed"));
    const std::optional<AccountStore::Found> still = accounts.find(QStringLiteral("jo@sefton.example"));
    REQUIRE(still);
    CHECK(still->account.role == Account::Role::Coordinator);
    CHECK(passwordMatches(still->passwordHash, kPassword));
}

TEST_CASE("user add refuses an area the server does not know and a short password, adding nothing")
{
    ScratchDatabase scratch(DatabaseUrl::Engine::Sqlite);
    Account unknown = seftonCoordinator();
    unknown.scopeName = QStringLiteral("E08000099");
    const UserAddResult notKnown = addUser(optionsFor(scratch, unknown), kPassword);
    CHECK_FALSE(notKnown.added);
    CHECK(notKnown.message == QStringLiteral("E08000099 is not an area this server knows; the areas are in %1/areas")
                                  .arg(QStringLiteral(CG_CONTENT_DIR)));
    const UserAddResult tooShort = addUser(optionsFor(scratch, seftonCoordinator()), QStringLiteral("short"));
    CHECK_FALSE(tooShort.added);
    CHECK(tooShort.message == QStringLiteral("the password must be at least 12 characters; nothing was added"));

    Database database;
    QString error;
    REQUIRE(openServerDatabase(database, scratch.url(), &error));
    QSqlQuery count(database.connection());
    REQUIRE(count.exec(QStringLiteral("SELECT COUNT(*) FROM users")));
    REQUIRE(count.next());
    CHECK(count.value(0).toInt() == 0);
}

TEST_CASE("regional and national accounts are kept with their scope")
{
    ScratchDatabase scratch(DatabaseUrl::Engine::Sqlite);
    const Account region{QStringLiteral("lead@example.org"), Account::Role::Admin, Account::Scope::Region,
                         QStringLiteral("North West")};
    const Account national{QStringLiteral("dfe@example.org"), Account::Role::Coordinator, Account::Scope::National, QString()};
    CHECK(addUser(optionsFor(scratch, region), kPassword).message
          == QStringLiteral("added lead@example.org (admin, sees the North West region)"));
    CHECK(addUser(optionsFor(scratch, national), kPassword).message
          == QStringLiteral("added dfe@example.org (coordinator, sees every area)"));
    Database database;
    QString error;
    REQUIRE(openServerDatabase(database, scratch.url(), &error));
    AccountStore accounts(database.connection());
    CHECK(accounts.find(QStringLiteral("lead@example.org"))->account == region);
    CHECK(accounts.find(QStringLiteral("dfe@example.org"))->account.scope == Account::Scope::National);
    CHECK_FALSE(accounts.find(QStringLiteral("nobody@example.org")));
}
