#pragma once

#include <QByteArray>

#include <cstddef>
#include <optional>

namespace cg {

// A 32-byte secret key held in memory libsodium locks (never swapped to disk) and wipes when
// the key is destroyed. Move-only, so there is never a stray copy left in memory.
class SecretKey
{
public:
    static constexpr std::size_t kSize = 32;

    // A new random key; nullopt only if locked memory cannot be had.
    static std::optional<SecretKey> random();
    // A key from exactly kSize bytes (a key just unwrapped); nullopt for any other size.
    static std::optional<SecretKey> fromBytes(const QByteArray &bytes);

    SecretKey(SecretKey &&other) noexcept;
    SecretKey &operator=(SecretKey &&other) noexcept;
    SecretKey(const SecretKey &) = delete;
    SecretKey &operator=(const SecretKey &) = delete;
    ~SecretKey();

    const unsigned char *data() const { return m_bytes; }
    // A copy of the bytes, for wrapping the key: the caller wipes it (see wipe()).
    QByteArray toBytes() const;

private:
    explicit SecretKey(unsigned char *bytes) : m_bytes(bytes) {}

    unsigned char *m_bytes = nullptr;
};

// Overwrites `bytes` with zeros in a way the compiler cannot skip.
void wipe(QByteArray &bytes);

} // namespace cg
