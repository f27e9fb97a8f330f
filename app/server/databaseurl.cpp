#include "server/databaseurl.h"

namespace cg {

namespace {

// The scheme including its colon ("sqlite:"), or the whole text when there is no colon, so the
// error message shows exactly what was not understood.
QString schemeOf(const QString &text)
{
    const qsizetype colon = text.indexOf(QLatin1Char(':'));
    return colon < 0 ? text : text.left(colon + 1);
}

} // namespace

std::optional<DatabaseUrl> parseDatabaseUrl(const QString &text, QString *error)
{
    if (text.isEmpty()) {
        *error = QStringLiteral("missing database: use sqlite:PATH");
        return std::nullopt;
    }
    const QString scheme = schemeOf(text);
    if (scheme == QLatin1String("sqlite:")) {
        const QString path = text.mid(scheme.size());
        if (path.isEmpty()) {
            *error = QStringLiteral("missing path after sqlite:");
            return std::nullopt;
        }
        return DatabaseUrl{DatabaseUrl::Engine::Sqlite, path};
    }
    *error = QStringLiteral("unsupported database '%1': use sqlite:PATH").arg(scheme);
    return std::nullopt;
}

} // namespace cg
