#include "crypto/pinwrap.h"

#include "crypto/sealedbox.h"
#include "crypto/sodium.h"

#include <QDataStream>
#include <QIODevice>

#include <sodium.h>

namespace cg {
namespace {

// "CGPK" then a format number: a file from a newer app is refused clearly, never misread.
constexpr quint32 kMagic = 0x4347504B;
constexpr quint8 kFormat = 1;
constexpr std::size_t kSaltSize = crypto_pwhash_SALTBYTES;
// A wrapped key is read from disk, so its cost is capped: a damaged or hostile file must not make
// the phone try to allocate gigabytes.
constexpr unsigned long long kMaxOperations = 16;
constexpr std::size_t kMaxMemoryBytes = 512ull * 1024 * 1024;

// The header is also the sealed key's associated data: changing the cost or salt breaks it.
QByteArray header(const PinWrapCost &cost, const QByteArray &salt)
{
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out << kMagic << kFormat << quint64(cost.operations) << quint64(cost.memoryBytes);
    out.writeRawData(salt.constData(), int(salt.size()));
    return bytes;
}

std::optional<SecretKey> pinKey(const QString &pin, const QByteArray &salt, const PinWrapCost &cost)
{
    QByteArray derived(qsizetype(SecretKey::kSize), Qt::Uninitialized);
    const QByteArray pinBytes = pin.toUtf8();
    const bool ok = sodiumReady()
        && crypto_pwhash(reinterpret_cast<unsigned char *>(derived.data()), SecretKey::kSize, pinBytes.constData(),
                         std::size_t(pinBytes.size()), reinterpret_cast<const unsigned char *>(salt.constData()),
                         cost.operations, cost.memoryBytes, crypto_pwhash_ALG_ARGON2ID13)
            == 0;
    std::optional<SecretKey> key = ok ? SecretKey::fromBytes(derived) : std::nullopt;
    wipe(derived);
    return key;
}

} // namespace

PinWrapCost PinWrapCost::interactive()
{
    return {crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE};
}

PinWrapCost PinWrapCost::fastest()
{
    return {crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN};
}

QByteArray wrapWithPin(const SecretKey &dataKey, const QString &pin, PinWrapCost cost)
{
    if (!sodiumReady())
        return {};
    QByteArray salt(qsizetype(kSaltSize), Qt::Uninitialized);
    randombytes_buf(salt.data(), kSaltSize);
    const std::optional<SecretKey> wrappingKey = pinKey(pin, salt, cost);
    if (!wrappingKey)
        return {};
    const QByteArray head = header(cost, salt);
    QByteArray keyBytes = dataKey.toBytes();
    const QByteArray sealed = seal(*wrappingKey, keyBytes, head);
    wipe(keyBytes);
    return head + sealed;
}

UnwrapResult unwrapWithPin(const QByteArray &wrapped, const QString &pin)
{
    QDataStream in(wrapped);
    quint32 magic = 0;
    quint8 format = 0;
    quint64 operations = 0;
    quint64 memory = 0;
    in >> magic >> format >> operations >> memory;
    QByteArray salt(qsizetype(kSaltSize), Qt::Uninitialized);
    const bool readable = in.status() == QDataStream::Ok && magic == kMagic && format == kFormat
        && in.readRawData(salt.data(), int(kSaltSize)) == int(kSaltSize) && operations >= crypto_pwhash_OPSLIMIT_MIN
        && operations <= kMaxOperations && memory >= crypto_pwhash_MEMLIMIT_MIN && memory <= kMaxMemoryBytes;
    if (!readable)
        return {std::nullopt, UnwrapProblem::Unreadable};
    const PinWrapCost cost{operations, std::size_t(memory)};
    const QByteArray head = header(cost, salt);
    const std::optional<SecretKey> wrappingKey = pinKey(pin, salt, cost);
    if (!wrappingKey)
        return {std::nullopt, UnwrapProblem::Unreadable};
    std::optional<QByteArray> keyBytes = open(*wrappingKey, wrapped.mid(head.size()), head);
    if (!keyBytes)
        return {std::nullopt, UnwrapProblem::WrongPin};
    std::optional<SecretKey> key = SecretKey::fromBytes(*keyBytes);
    wipe(*keyBytes);
    if (!key)
        return {std::nullopt, UnwrapProblem::Unreadable};
    return {std::move(key), std::nullopt};
}

} // namespace cg
