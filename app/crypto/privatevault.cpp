#include "crypto/privatevault.h"

#include "core/privatedatalock.h"

#include <QFile>
#include <QSaveFile>

namespace cg {

PrivateVault::PrivateVault(DeviceKeyStore &deviceStore, QString pinKeyPath, PrivateDataLock &lock, PinWrapCost cost)
    : m_deviceStore(deviceStore)
    , m_pinKeyPath(std::move(pinKeyPath))
    , m_cost(cost)
{
    m_lockConnection = QObject::connect(&lock, &PrivateDataLock::locked, &lock, [this] { close(); });
}

PrivateVault::~PrivateVault()
{
    QObject::disconnect(m_lockConnection);
}

bool PrivateVault::hasPin() const
{
    return QFile::exists(m_pinKeyPath);
}

bool PrivateVault::open()
{
    m_problem.reset();
    m_error.clear();
    if (hasPin())
        return fail(QStringLiteral("a PIN is set; unlock with the PIN"));
    const std::optional<QByteArray> stored = m_deviceStore.load();
    if (!stored) {
        if (!m_deviceStore.error().isEmpty())
            return fail(m_deviceStore.error());
        // First use: a new key, kept before anything is sealed with it.
        std::optional<SecretKey> fresh = SecretKey::random();
        if (!fresh)
            return fail(QStringLiteral("no locked memory for the key"));
        if (!keepInDeviceStore(*fresh))
            return false;
        m_key = std::move(fresh);
        return true;
    }
    QByteArray bytes = *stored;
    m_key = SecretKey::fromBytes(bytes);
    wipe(bytes);
    return m_key ? true : fail(QStringLiteral("the stored key is damaged"));
}

bool PrivateVault::unlock(const QString &pin)
{
    m_problem.reset();
    m_error.clear();
    QFile file(m_pinKeyPath);
    if (!file.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("cannot read the PIN key: %1").arg(file.errorString()));
    UnwrapResult result = unwrapWithPin(file.readAll(), pin);
    m_problem = result.problem;
    if (!result.key)
        return fail(result.problem == UnwrapProblem::WrongPin ? QStringLiteral("wrong PIN")
                                                              : QStringLiteral("the PIN key file cannot be read"));
    m_key = std::move(result.key);
    return true;
}

bool PrivateVault::setPin(const QString &pin)
{
    m_error.clear();
    if (!m_key)
        return fail(QStringLiteral("open the vault first"));
    const QByteArray wrapped = wrapWithPin(*m_key, pin, m_cost);
    QSaveFile file(m_pinKeyPath);
    // The PIN file is complete on disk before the key store copy goes, so a crash in between
    // leaves the key reachable one way or the other, never lost.
    if (wrapped.isEmpty() || !file.open(QIODevice::WriteOnly)
        || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) || file.write(wrapped) != wrapped.size()
        || !file.commit())
        return fail(QStringLiteral("cannot save the PIN key: %1").arg(file.errorString()));
    return m_deviceStore.erase() || fail(m_deviceStore.error());
}

bool PrivateVault::removePin()
{
    m_error.clear();
    if (!m_key)
        return fail(QStringLiteral("open the vault first"));
    if (!keepInDeviceStore(*m_key))
        return false;
    return QFile::remove(m_pinKeyPath) || fail(QStringLiteral("cannot remove the PIN key"));
}

bool PrivateVault::forgetKey()
{
    close();
    m_problem.reset();
    m_error.clear();
    const bool pinGone = !hasPin() || QFile::remove(m_pinKeyPath);
    const bool storeGone = m_deviceStore.erase();
    return (pinGone && storeGone) || fail(QStringLiteral("cannot forget the key: %1").arg(m_deviceStore.error()));
}

bool PrivateVault::keepInDeviceStore(const SecretKey &key)
{
    QByteArray bytes = key.toBytes();
    const bool kept = m_deviceStore.save(bytes);
    wipe(bytes);
    return kept || fail(m_deviceStore.error());
}

void PrivateVault::close()
{
    m_key.reset();  // SecretKey wipes its locked memory
}

bool PrivateVault::fail(const QString &error)
{
    m_error = error;
    return false;
}

} // namespace cg
