#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace cg {

// Where the journal's data key is kept when the parent has not set a PIN: the phone's own key
// store (Android Keystore, iOS Keychain) on phones, and a key file only the user can read on the
// desktop. With a PIN, the key is wrapped by the PIN instead and never stored here.
class DeviceKeyStore
{
public:
    virtual ~DeviceKeyStore() = default;

    // The stored key bytes; nullopt when there is none yet, with error() empty, or when it
    // cannot be read, with error() saying why.
    virtual std::optional<QByteArray> load() = 0;
    // Replaces the stored key. False, with error() set, when it cannot be kept.
    virtual bool save(const QByteArray &key) = 0;
    // Removes the key (a reset that wipes the private data). True when none is left.
    virtual bool erase() = 0;
    virtual QString error() const = 0;
};

} // namespace cg
