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

QHash<QString, QString> labelsFromKey(const QString &key)
{
    QHash<QString, QString> labels;
    for (const QString &pair : key.split(QLatin1Char(';'), Qt::SkipEmptyParts))
        labels.insert(pair.section(QLatin1Char('='), 0, 0), pair.section(QLatin1Char('='), 1));
    return labels;
}

} // namespace cg
