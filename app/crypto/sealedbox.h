#pragma once

#include "crypto/secretkey.h"

#include <QByteArray>

#include <optional>

namespace cg {

// Authenticated encryption with XChaCha20-Poly1305: a sealed value cannot be read without the
// key, and any change to it (or to its associated data) is detected rather than decrypted into
// nonsense. A random 24-byte nonce is stored in front of each value, so sealing the same text
// twice gives different bytes.
//
// `associatedData` binds a value to where it belongs (for example "journal_entries/42/note"):
// a sealed value copied into another row fails to open.
QByteArray seal(const SecretKey &key, const QByteArray &plaintext, const QByteArray &associatedData);

// The plaintext, or nullopt for a wrong key, a changed or cut value, or other associated data.
std::optional<QByteArray> open(const SecretKey &key, const QByteArray &sealed, const QByteArray &associatedData);

} // namespace cg
