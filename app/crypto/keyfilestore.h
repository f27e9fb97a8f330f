#pragma once

#include "core/devicekeystore.h"

namespace cg {

// The desktop's DeviceKeyStore: one file that only the user can read or write (mode 0600),
// written whole to a temporary file first and then renamed, so a crash never leaves half a key.
class KeyFileStore final : public DeviceKeyStore
{
public:
    explicit KeyFileStore(QString path);

    std::optional<QByteArray> load() override;
    bool save(const QByteArray &key) override;
    bool erase() override;
    QString error() const override { return m_error; }

private:
    QString m_path;
    QString m_error;
};

} // namespace cg
