#pragma once

#include <QHash>
#include <QString>

namespace cg {

// What the dashboard calls each label value a count can carry: a guide's title for its id, a
// service topic's words ("Arguing and conflict"), a check-in stage's and question's names. Keyed
// "label=value", such as "module=talking-when-tense". Values the content does not name are written
// out from their key ("health-visiting" becomes "Health visiting").
class LabelNames
{
public:
    LabelNames() = default;
    explicit LabelNames(QHash<QString, QString> names) : m_names(std::move(names)) {}

    QString name(const QString &label, const QString &value) const;

private:
    QHash<QString, QString> m_names;
};

// The names from the guides (national and every area's), topics.json and the check-in.
LabelNames readLabelNames(const QString &contentDir);

} // namespace cg
