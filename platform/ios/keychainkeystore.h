#pragma once

#include "core/devicekeystore.h"

namespace cg {

// iOS's DeviceKeyStore: the journal's data key as a Keychain item that opens only while the phone
// is unlocked and only on this phone (never in backups or moved to a new phone; the journal's own
// passphrase backup is the way to move it).
class KeychainKeyStore final : public DeviceKeyStore
{
public:
    std::optional<QByteArray> load() override;
    bool save(const QByteArray &key) override;
    bool erase() override;
    QString error() const override { return m_error; }

private:
    bool fail(const char *what, int status);

    QString m_error;
};

} // namespace cg
