#pragma once

#include "crypto/secretkey.h"

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <optional>

namespace cg {

// How hard Argon2id works to turn a PIN into a key. A short PIN can only be protected by making
// each guess slow and memory-hungry: the default takes a few tenths of a second on a phone.
struct PinWrapCost {
    unsigned long long operations;
    std::size_t memoryBytes;

    static PinWrapCost interactive();  // libsodium's interactive level: the app's default
    static PinWrapCost fastest();      // libsodium's minimum: tests only
};

// The data key sealed with a key derived from the PIN (Argon2id, random salt). The result holds
// the cost and salt it needs, in a small versioned format, so a later app can still open it.
QByteArray wrapWithPin(const SecretKey &dataKey, const QString &pin, PinWrapCost cost = PinWrapCost::interactive());

enum class UnwrapProblem {
    WrongPin,     // or the sealed key was changed: the cipher cannot tell these apart
    Unreadable,   // not a wrapped key, a newer format, cut short, or asking for too much memory
};

struct UnwrapResult {
    std::optional<SecretKey> key;
    std::optional<UnwrapProblem> problem;
};

UnwrapResult unwrapWithPin(const QByteArray &wrapped, const QString &pin);

} // namespace cg
