#include "crypto/privatevault.h"

#include "core/privatedatalock.h"

#include <QFile>

namespace cg {

PrivateVault::PrivateVault(DeviceKeyStore &deviceStore, QString pinKeyPath, PrivateDataLock &lock, PinWrapCost cost)
    : m_deviceStore(deviceStore)
    , m_pinKeyPath(std::move(pinKeyPath))
    , m_pinFile(m_pinKeyPath)
    , m_cost(cost)
    , m_lock(lock)
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
        return opened(std::move(fresh));
    }
    QByteArray bytes = *stored;
    std::optional<SecretKey> key = SecretKey::fromBytes(bytes);
    wipe(bytes);
    return key ? opened(std::move(key)) : fail(QStringLiteral("the stored key is damaged"));
}

bool PrivateVault::unlock(const QString &pin)
{
    m_problem.reset();
    m_error.clear();
    const std::optional<QByteArray> wrapped = m_pinFile.load();
    if (!wrapped)
        return fail(m_pinFile.error().isEmpty() ? QStringLiteral("no PIN is set") : m_pinFile.error());
    UnwrapResult result = unwrapWithPin(*wrapped, pin);
    m_problem = result.problem;
    if (!result.key)
        return fail(result.problem == UnwrapProblem::WrongPin ? QStringLiteral("wrong PIN")
                                                              : QStringLiteral("the PIN key file cannot be read"));
    return opened(std::move(result.key));
}

bool PrivateVault::setPin(const QString &pin)
{
    m_error.clear();
    if (!m_key)
        return fail(QStringLiteral("open the vault first"));
    const QByteArray wrapped = wrapWithPin(*m_key, pin, m_cost);
    if (wrapped.isEmpty())
        return fail(QStringLiteral("the key could not be wrapped"));
    // The PIN file is complete on disk before the key store copy goes, so a crash in between
    // leaves the key reachable one way or the other, never lost.
    if (!m_pinFile.save(wrapped))
        return fail(m_pinFile.error());
    return m_deviceStore.erase() || fail(m_deviceStore.error());
}

bool PrivateVault::removePin()
{
    m_error.clear();
    if (!m_key)
        return fail(QStringLiteral("open the vault first"));
    if (!keepInDeviceStore(*m_key))
        return false;
    return m_pinFile.erase() || fail(m_pinFile.error());
}

bool PrivateVault::forgetKey()
{
    close();
    m_problem.reset();
    m_error.clear();
    const bool pinGone = m_pinFile.erase();
    const bool storeGone = m_deviceStore.erase();
    return (pinGone && storeGone)
        || fail(QStringLiteral("cannot forget the key: %1").arg(pinGone ? m_deviceStore.error() : m_pinFile.error()));
}

bool PrivateVault::keepInDeviceStore(const SecretKey &key)
{
    QByteArray bytes = key.toBytes();
    const bool kept = m_deviceStore.save(bytes);
    wipe(bytes);
    return kept || fail(m_deviceStore.error());
}

bool PrivateVault::opened(std::optional<SecretKey> key)
{
    m_key = std::move(key);
    m_lock.unlock();
    return true;
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
