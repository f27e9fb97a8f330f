#include "server/sourceratelimit.h"

#include <QMessageAuthenticationCode>
#include <QRandomGenerator>

namespace cg {

SourceRateLimit::SourceRateLimit(int perMinute, std::function<qint64()> nowMs)
    : m_perMinute(perMinute), m_nowMs(std::move(nowMs)), m_key(32, Qt::Uninitialized)
{
    QRandomGenerator::system()->generate(reinterpret_cast<quint32 *>(m_key.data()),
                                         reinterpret_cast<quint32 *>(m_key.data() + m_key.size()));
}

std::optional<int> SourceRateLimit::admit(const QHostAddress &source)
{
    if (m_perMinute <= 0)
        return std::nullopt;
    const qint64 now = m_nowMs();
    const qint64 minute = now / 60'000;
    if (minute != m_minute) {
        // A new minute forgets every address of the last one.
        m_minute = minute;
        m_counts.clear();
    }
    const QByteArray id = QMessageAuthenticationCode::hash(source.toString().toLatin1(), m_key, QCryptographicHash::Sha256);
    int &count = m_counts[id];
    if (count >= m_perMinute)
        return int((minute + 1) * 60'000 - now + 999) / 1000;
    ++count;
    return std::nullopt;
}

} // namespace cg
