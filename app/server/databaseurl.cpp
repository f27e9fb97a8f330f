#include "server/databaseurl.h"

#include <QUrl>
#include <QUrlQuery>

namespace cg {

namespace {

const QString kUsage = QStringLiteral("use sqlite:PATH or postgres://USER@HOST/DATABASE");

// The scheme including its colon ("sqlite:"), or the whole text when there is no colon, so the
// error message shows exactly what was not understood.
QString schemeOf(const QString &text)
{
    const qsizetype colon = text.indexOf(QLatin1Char(':'));
    return colon < 0 ? text : text.left(colon + 1);
}

std::optional<DatabaseUrl> refuse(QString *error, const QString &message)
{
    *error = message;
    return std::nullopt;
}

// The libpq settings a URL may carry; anything else is more likely a typing mistake than a wish.
const QStringList &allowedOptions()
{
    static const QStringList options{QStringLiteral("sslmode"), QStringLiteral("sslrootcert"),
                                     QStringLiteral("connect_timeout"), QStringLiteral("application_name")};
    return options;
}

std::optional<DatabaseUrl> parsePostgres(const QString &text, QString *error)
{
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid())
        return refuse(error, QStringLiteral("'%1' is not a valid postgres:// URL").arg(url.toDisplayString(QUrl::RemovePassword)));
    DatabaseUrl parsed;
    parsed.engine = DatabaseUrl::Engine::Postgres;
    parsed.host = url.host();
    parsed.port = url.port(5432);
    parsed.user = url.userName();
    parsed.password = url.password();
    parsed.database = url.path().mid(1);
    if (parsed.host.isEmpty())
        return refuse(error, QStringLiteral("missing host in postgres://USER@HOST/DATABASE"));
    if (parsed.user.isEmpty())
        return refuse(error, QStringLiteral("missing user in postgres://USER@HOST/DATABASE"));
    if (parsed.database.isEmpty() || parsed.database.contains(QLatin1Char('/')))
        return refuse(error, QStringLiteral("missing database name in postgres://USER@HOST/DATABASE"));
    if (url.hasFragment())
        return refuse(error, QStringLiteral("a postgres:// URL has no #fragment"));
    QStringList options;
    for (const auto &[key, value] : QUrlQuery(url).queryItems(QUrl::FullyDecoded)) {
        if (!allowedOptions().contains(key))
            return refuse(error, QStringLiteral("unknown postgres option '%1': use %2").arg(key, allowedOptions().join(QStringLiteral(", "))));
        if (value.isEmpty() || value.contains(QLatin1Char(';')) || value.contains(QLatin1Char(' ')))
            return refuse(error, QStringLiteral("postgres option '%1' needs a plain value").arg(key));
        options << key + QLatin1Char('=') + value;
    }
    parsed.options = options.join(QLatin1Char(';'));
    return parsed;
}

} // namespace

QString DatabaseUrl::display() const
{
    if (engine == Engine::Sqlite)
        return QStringLiteral("sqlite:") + path;
    return QStringLiteral("postgres://%1@%2:%3/%4").arg(user, host).arg(port).arg(database);
}

std::optional<DatabaseUrl> parseDatabaseUrl(const QString &text, QString *error)
{
    if (text.isEmpty())
        return refuse(error, QStringLiteral("missing database: ") + kUsage);
    const QString scheme = schemeOf(text);
    if (scheme == QLatin1String("sqlite:")) {
        const QString path = text.mid(scheme.size());
        if (path.isEmpty())
            return refuse(error, QStringLiteral("missing path after sqlite:"));
        DatabaseUrl url;
        url.path = path;
        return url;
    }
    if (scheme == QLatin1String("postgres:") || scheme == QLatin1String("postgresql:"))
        return parsePostgres(text, error);
    return refuse(error, QStringLiteral("unsupported database '%1': ").arg(scheme) + kUsage);
}

} // namespace cg
