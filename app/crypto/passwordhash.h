#pragma once

#include <QString>

#include <optional>

namespace cg {

// Passwords of the statistics server's users, kept only as Argon2id hashes (libsodium's
// crypto_pwhash_str: the salt and the cost travel inside the text it returns).

// The hash to store, or nothing if libsodium cannot work (out of memory, say).
std::optional<QString> hashPassword(const QString &password);

// True when `password` is the one `hash` was made from. Takes as long as hashing does, for right
// and wrong passwords alike; false for anything that is not such a hash.
bool passwordMatches(const QString &hash, const QString &password);

// The shortest password accepted: long enough that guessing it online, slowed by the login limit
// and by Argon2id, is hopeless.
inline constexpr int kShortestPassword = 12;

} // namespace cg
