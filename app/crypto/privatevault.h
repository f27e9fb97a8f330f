#pragma once

#include "core/devicekeystore.h"
#include "core/vaultaccess.h"
#include "crypto/keyfilestore.h"
#include "crypto/pinwrap.h"
#include "crypto/secretkey.h"

#include <QMetaObject>
#include <QString>

#include <optional>

namespace cg {

class PrivateDataLock;

// The data key that opens everything the parent writes, and how it is kept between runs:
// - without a PIN, in the device key store;
// - with a PIN, only wrapped by the PIN, in a file beside the database (never in the key store).
// Opening the key unlocks the PrivateDataLock, so everything holding private data can read again.
// The key is in memory only while open. When the PrivateDataLock locks (quick exit, auto-lock)
// the key is wiped at once, and reading again needs open() or unlock(pin).
class PrivateVault : public VaultAccess
{
public:
    PrivateVault(DeviceKeyStore &deviceStore, QString pinKeyPath, PrivateDataLock &lock,
                 PinWrapCost cost = PinWrapCost::interactive());
    ~PrivateVault() override;
    PrivateVault(const PrivateVault &) = delete;
    PrivateVault &operator=(const PrivateVault &) = delete;

    bool hasPin() const override;
    bool isOpen() const override { return m_key.has_value(); }
    // Opens without a PIN: reads the key from the device store, or makes one on first use.
    // False (error() says why) when a PIN is set or the key cannot be read or kept.
    bool open() override;
    // Opens with the PIN. A wrong PIN or an unreadable key file says which in problem().
    bool unlock(const QString &pin) override;
    bool wrongPin() const override { return m_problem == UnwrapProblem::WrongPin; }
    // While open: from now on the key is kept only wrapped by `pin`; the key store copy goes.
    bool setPin(const QString &pin) override;
    // While open: back to the device store, and the PIN file goes.
    bool removePin() override;
    // A forgotten PIN cannot be recovered: this forgets the key everywhere. Whatever it sealed
    // can never be opened again, so the caller wipes that data too.
    bool forgetKey() override;

    // The open key, or nullptr while closed.
    const SecretKey *key() const { return m_key ? &*m_key : nullptr; }
    std::optional<UnwrapProblem> problem() const { return m_problem; }
    QString error() const override { return m_error; }

private:
    void close();
    bool opened(std::optional<SecretKey> key);
    bool keepInDeviceStore(const SecretKey &key);
    bool fail(const QString &error);

    DeviceKeyStore &m_deviceStore;
    QString m_pinKeyPath;
    KeyFileStore m_pinFile;  // the wrapped key: owner-only and written whole, like a key file
    PinWrapCost m_cost;
    PrivateDataLock &m_lock;
    QMetaObject::Connection m_lockConnection;
    std::optional<SecretKey> m_key;
    std::optional<UnwrapProblem> m_problem;
    QString m_error;
};

} // namespace cg
