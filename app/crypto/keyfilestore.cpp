#include "crypto/keyfilestore.h"

#include <QFile>
#include <QFileDevice>
#include <QSaveFile>

namespace cg {
namespace {

constexpr QFileDevice::Permissions kOwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr QFileDevice::Permissions kOthers = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup
    | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;

} // namespace

KeyFileStore::KeyFileStore(QString path)
    : m_path(std::move(path))
{
}

std::optional<QByteArray> KeyFileStore::load()
{
    m_error.clear();
    QFile file(m_path);
    if (!file.exists())
        return std::nullopt;
    // A key file others can read is not private any more; refuse it rather than use it.
    if ((file.permissions() & kOthers) != 0) {
        m_error = QStringLiteral("%1 can be read by other users; it must be readable only by you").arg(m_path);
        return std::nullopt;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        m_error = QStringLiteral("cannot read %1: %2").arg(m_path, file.errorString());
        return std::nullopt;
    }
    return file.readAll();
}

bool KeyFileStore::save(const QByteArray &key)
{
    m_error.clear();
    QSaveFile file(m_path);
    // Owner-only from the first byte: the permissions are set before anything is written.
    if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(kOwnerOnly) || file.write(key) != key.size()
        || !file.commit()) {
        m_error = QStringLiteral("cannot save %1: %2").arg(m_path, file.errorString());
        file.cancelWriting();
        return false;
    }
    return true;
}

bool KeyFileStore::erase()
{
    m_error.clear();
    if (!QFile::exists(m_path) || QFile::remove(m_path))
        return true;
    m_error = QStringLiteral("cannot remove %1").arg(m_path);
    return false;
}

} // namespace cg
