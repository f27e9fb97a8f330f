#pragma once

#include "server/accountstore.h"
#include "server/loginthrottle.h"
#include "server/sessionstore.h"

#include <functional>

namespace cg {

// Signing in and out of the dashboard, without HTTP: checks the password against the stored
// hash, opens an 8-hour session, and slows down guessing.
class SignIn
{
public:
    static constexpr qint64 kSessionSeconds = 8 * 60 * 60;

    // `now` gives seconds since 1970.
    SignIn(QSqlDatabase &db, std::function<qint64()> now);

    struct Attempt {
        enum class Outcome { SignedIn, WrongDetails, TooManyTries, Unavailable };
        Outcome outcome = Outcome::WrongDetails;
        QString secret;          // SignedIn: for the session cookie
        qint64 retryAfter = 0;   // TooManyTries: seconds to wait
    };
    Attempt signIn(const QString &email, const QString &password);

    // The account of a session cookie's secret, if it is signed in now.
    std::optional<Account> accountFor(const QString &secret);
    void signOut(const QString &secret);

private:
    AccountStore m_accounts;
    SessionStore m_sessions;
    LoginThrottle m_throttle;
    std::function<qint64()> m_now;
    // A hash to check against when the address has no account, so a wrong address takes as long
    // as a wrong password and does not tell a guesser which addresses exist.
    QString m_decoyHash;
};

} // namespace cg
