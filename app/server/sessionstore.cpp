#include "server/sessionstore.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>

namespace cg {
namespace {

constexpr int kSecretBytes = 32;

QString hashOf(const QString &secret)
{
    return QString::fromLatin1(QCryptographicHash::hash(secret.toLatin1(), QCryptographicHash::Sha256).toHex());
}

// 256 bits from the system's secure source, as URL-safe text for a cookie.
QString newSecret()
{
    QByteArray bytes(kSecretBytes, Qt::Uninitialized);
    QRandomGenerator::system()->generate(reinterpret_cast<quint32 *>(bytes.data()),
                                         reinterpret_cast<quint32 *>(bytes.data() + bytes.size()));
    return QString::fromLatin1(bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

} // namespace

SessionStore::SessionStore(QSqlDatabase &db) : m_db(db) {}

std::optional<QString> SessionStore::open(const QString &email, qint64 expiresAt)
{
    const QString secret = newSecret();
    QSqlQuery insert(m_db);
    insert.prepare(QStringLiteral("INSERT INTO sessions (token_hash, email, expires_at) VALUES (?, ?, ?)"));
    insert.addBindValue(hashOf(secret));
    insert.addBindValue(email);
    insert.addBindValue(expiresAt);
    if (!insert.exec()) {
        m_error = insert.lastError().text();
        return std::nullopt;
    }
    return secret;
}

std::optional<Account> SessionStore::accountFor(const QString &secret, qint64 now)
{
    if (secret.size() != 43)  // 32 bytes in unpadded base64: anything else was never ours
        return std::nullopt;
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT u.email, u.role, u.scope, u.scope_name FROM sessions s "
                                 "JOIN users u ON u.email = s.email WHERE s.token_hash = ? AND s.expires_at > ?"));
    query.addBindValue(hashOf(secret));
    query.addBindValue(now);
    if (!query.exec()) {
        m_error = query.lastError().text();
        return std::nullopt;
    }
    if (!query.next())
        return std::nullopt;
    return accountFromColumns(query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                              query.value(3).toString());
}

bool SessionStore::close(const QString &secret)
{
    QSqlQuery remove(m_db);
    remove.prepare(QStringLiteral("DELETE FROM sessions WHERE token_hash = ?"));
    remove.addBindValue(hashOf(secret));
    if (!remove.exec()) {
        m_error = remove.lastError().text();
        return false;
    }
    return true;
}

bool SessionStore::forgetExpired(qint64 now)
{
    QSqlQuery remove(m_db);
    remove.prepare(QStringLiteral("DELETE FROM sessions WHERE expires_at <= ?"));
    remove.addBindValue(now);
    if (!remove.exec()) {
        m_error = remove.lastError().text();
        return false;
    }
    return true;
}

} // namespace cg
