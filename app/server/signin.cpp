#include "server/signin.h"

#include "crypto/passwordhash.h"

namespace cg {

SignIn::SignIn(QSqlDatabase &db, std::function<qint64()> now)
    : m_accounts(db), m_sessions(db), m_now(std::move(now))
{
}

SignIn::Attempt SignIn::signIn(const QString &givenEmail, const QString &password)
{
    const QString email = normalisedEmail(givenEmail);
    const qint64 now = m_now();
    if (const std::optional<qint64> wait = m_throttle.waitSeconds(email, now))
        return Attempt{Attempt::Outcome::TooManyTries, {}, *wait};
    const std::optional<AccountStore::Found> found = email.isEmpty() ? std::nullopt : m_accounts.find(email);
    if (!found && !m_accounts.lastError().isEmpty())
        return Attempt{Attempt::Outcome::Unavailable, {}, 0};
    if (!found && m_decoyHash.isEmpty())
        m_decoyHash = hashPassword(QStringLiteral("a decoy that matches no one")).value_or(QString());
    const bool matches = passwordMatches(found ? found->passwordHash : m_decoyHash, password) && found;
    if (!matches) {
        m_throttle.failed(email, now);
        return Attempt{Attempt::Outcome::WrongDetails, {}, 0};
    }
    m_throttle.succeeded(email);
    m_sessions.forgetExpired(now);
    const std::optional<QString> secret = m_sessions.open(email, now + kSessionSeconds);
    if (!secret)
        return Attempt{Attempt::Outcome::Unavailable, {}, 0};
    return Attempt{Attempt::Outcome::SignedIn, *secret, 0};
}

std::optional<Account> SignIn::accountFor(const QString &secret)
{
    return m_sessions.accountFor(secret, m_now());
}

void SignIn::signOut(const QString &secret)
{
    m_sessions.close(secret);
}

} // namespace cg
