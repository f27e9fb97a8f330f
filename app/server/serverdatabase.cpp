#include "server/serverdatabase.h"

namespace cg {

QList<Migration> serverMigrations(DatabaseUrl::Engine engine, QString *error)
{
    return loadMigrations(engine == DatabaseUrl::Engine::Postgres ? QStringLiteral(":/migrations/server-postgres")
                                                                  : QStringLiteral(":/migrations/server-sqlite"),
                          error);
}

bool openServerDatabase(Database &database, const DatabaseUrl &url, QString *error)
{
    const QList<Migration> migrations = serverMigrations(url.engine, error);
    if (migrations.isEmpty())
        return false;
    const bool opened = url.engine == DatabaseUrl::Engine::Postgres
        ? database.openPostgres(PostgresAddress{url.host, url.port, url.user, url.password, url.database, url.options},
                                migrations)
        : database.open(url.path, migrations);
    if (!opened)
        *error = database.error();
    return opened;
}

} // namespace cg
