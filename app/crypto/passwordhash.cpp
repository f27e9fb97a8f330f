#include "crypto/passwordhash.h"

#include "crypto/sodium.h"

#include <sodium.h>

namespace cg {

std::optional<QString> hashPassword(const QString &password)
{
    if (!sodiumReady())
        return std::nullopt;
    const QByteArray bytes = password.toUtf8();
    char hash[crypto_pwhash_STRBYTES];
    // libsodium's "interactive" cost (64 MiB, 2 passes): a login takes a fraction of a second and
    // each guess as much; the hash carries the cost, so raising it later keeps old hashes working.
    if (crypto_pwhash_str(hash, bytes.constData(), static_cast<unsigned long long>(bytes.size()),
                          crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0)
        return std::nullopt;
    return QString::fromLatin1(hash);
}

bool passwordMatches(const QString &hash, const QString &password)
{
    if (!sodiumReady())
        return false;
    const QByteArray stored = hash.toLatin1();
    if (stored.size() >= crypto_pwhash_STRBYTES)
        return false;
    const QByteArray bytes = password.toUtf8();
    return crypto_pwhash_str_verify(stored.constData(), bytes.constData(), static_cast<unsigned long long>(bytes.size())) == 0;
}

} // namespace cg
