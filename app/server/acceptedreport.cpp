#include "server/acceptedreport.h"

#include <QStringList>

namespace cg {

QString labelsKey(const QHash<QString, QString> &labels)
{
    QStringList keys = labels.keys();
    keys.sort();
    QStringList pairs;
    for (const QString &key : std::as_const(keys))
        pairs << key + QLatin1Char('=') + labels.value(key);
    return pairs.join(QLatin1Char(';'));
}

} // namespace cg
