#pragma once

#include "core/devicekeystore.h"
#include "crypto/keyfilestore.h"

namespace cg {

// Android's DeviceKeyStore: the journal's data key is kept in the app's private folder only
// wrapped (AES-256-GCM) by a key that lives in the Android Keystore and never leaves it, so a
// copy of the app's files alone cannot open the journal. The wrapped key is written whole, like
// any key file (KeyFileStore).
class AndroidKeystoreKeyStore final : public DeviceKeyStore
{
public:
    explicit AndroidKeystoreKeyStore(QString wrappedKeyPath);

    std::optional<QByteArray> load() override;
    bool save(const QByteArray &key) override;
    bool erase() override;
    QString error() const override { return m_error; }

private:
    QByteArray wrap(const QByteArray &key);
    std::optional<QByteArray> unwrap(const QByteArray &wrapped);

    KeyFileStore m_file;
    QString m_error;
};

} // namespace cg
