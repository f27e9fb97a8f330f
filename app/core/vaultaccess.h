#pragma once

#include <QString>

namespace cg {

// What the screens may do with the key that opens the parent's private data (see PrivateVault):
// open it, with or without a PIN, change the PIN, or forget it after a forgotten PIN.
class VaultAccess
{
public:
    virtual ~VaultAccess() = default;

    virtual bool hasPin() const = 0;
    virtual bool isOpen() const = 0;
    // Without a PIN: opens with the key kept on the device (made on first use).
    virtual bool open() = 0;
    // With the PIN. wrongPin() says whether a failure was the PIN itself.
    virtual bool unlock(const QString &pin) = 0;
    virtual bool wrongPin() const = 0;
    virtual bool setPin(const QString &pin) = 0;
    virtual bool removePin() = 0;
    // Forgets the key everywhere: whatever it sealed can never be opened again.
    virtual bool forgetKey() = 0;
    virtual QString error() const = 0;
};

} // namespace cg
