#include "crypto/sealedbox.h"

#include "crypto/sodium.h"

#include <sodium.h>

namespace cg {
namespace {

constexpr std::size_t kNonceSize = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
constexpr std::size_t kTagSize = crypto_aead_xchacha20poly1305_ietf_ABYTES;

const unsigned char *bytes(const QByteArray &array)
{
    return reinterpret_cast<const unsigned char *>(array.constData());
}

} // namespace

QByteArray seal(const SecretKey &key, const QByteArray &plaintext, const QByteArray &associatedData)
{
    if (!sodiumReady())
        return {};
    QByteArray sealed(qsizetype(kNonceSize + std::size_t(plaintext.size()) + kTagSize), Qt::Uninitialized);
    auto *out = reinterpret_cast<unsigned char *>(sealed.data());
    randombytes_buf(out, kNonceSize);
    unsigned long long written = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(out + kNonceSize, &written, bytes(plaintext),
                                               std::size_t(plaintext.size()), bytes(associatedData),
                                               std::size_t(associatedData.size()), nullptr, out, key.data());
    sealed.resize(qsizetype(kNonceSize + written));
    return sealed;
}

std::optional<QByteArray> open(const SecretKey &key, const QByteArray &sealed, const QByteArray &associatedData)
{
    if (!sodiumReady() || std::size_t(sealed.size()) < kNonceSize + kTagSize)
        return std::nullopt;
    const std::size_t cipherSize = std::size_t(sealed.size()) - kNonceSize;
    QByteArray plaintext(qsizetype(cipherSize - kTagSize), Qt::Uninitialized);
    unsigned long long written = 0;
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(reinterpret_cast<unsigned char *>(plaintext.data()), &written,
                                                   nullptr, bytes(sealed) + kNonceSize, cipherSize,
                                                   bytes(associatedData), std::size_t(associatedData.size()),
                                                   bytes(sealed), key.data())
        != 0)
        return std::nullopt;
    plaintext.resize(qsizetype(written));
    return plaintext;
}

} // namespace cg
