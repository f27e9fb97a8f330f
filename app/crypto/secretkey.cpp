#include "crypto/secretkey.h"

#include "crypto/sodium.h"

#include <sodium.h>

#include <algorithm>
#include <utility>

namespace cg {
namespace {

unsigned char *lockedBytes()
{
    return sodiumReady() ? static_cast<unsigned char *>(sodium_malloc(SecretKey::kSize)) : nullptr;
}

} // namespace

std::optional<SecretKey> SecretKey::random()
{
    unsigned char *bytes = lockedBytes();
    if (!bytes)
        return std::nullopt;
    randombytes_buf(bytes, kSize);
    return SecretKey(bytes);
}

std::optional<SecretKey> SecretKey::fromBytes(const QByteArray &bytes)
{
    if (bytes.size() != qsizetype(kSize))
        return std::nullopt;
    unsigned char *locked = lockedBytes();
    if (!locked)
        return std::nullopt;
    std::copy(bytes.cbegin(), bytes.cend(), locked);
    return SecretKey(locked);
}

SecretKey::SecretKey(SecretKey &&other) noexcept
    : m_bytes(std::exchange(other.m_bytes, nullptr))
{
}

SecretKey &SecretKey::operator=(SecretKey &&other) noexcept
{
    if (this != &other) {
        sodium_free(m_bytes);
        m_bytes = std::exchange(other.m_bytes, nullptr);
    }
    return *this;
}

SecretKey::~SecretKey()
{
    sodium_free(m_bytes);  // wipes before freeing; accepts nullptr
}

QByteArray SecretKey::toBytes() const
{
    return QByteArray(reinterpret_cast<const char *>(m_bytes), qsizetype(kSize));
}

void wipe(QByteArray &bytes)
{
    if (!bytes.isEmpty())
        sodium_memzero(bytes.data(), std::size_t(bytes.size()));
}

} // namespace cg
