#include "server/serverdatabase.h"

namespace cg {

QList<Migration> serverSqliteMigrations(QString *error)
{
    return loadMigrations(QStringLiteral(":/migrations/server-sqlite"), error);
}

bool openServerDatabase(Database &database, const DatabaseUrl &url, QString *error)
{
    switch (url.engine) {
    case DatabaseUrl::Engine::Sqlite: {
        const QList<Migration> migrations = serverSqliteMigrations(error);
        if (migrations.isEmpty())
            return false;
        if (!database.open(url.path, migrations)) {
            *error = database.error();
            return false;
        }
        return true;
    }
    }
    *error = QStringLiteral("unknown database engine");
    return false;
}

} // namespace cg
