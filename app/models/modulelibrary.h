#pragma once

#include "core/module.h"

#include <QHash>
#include <QObject>

namespace cg {

class SettingsController;

// The guides the parent sees now: the national ones, with the chosen area's own guides taking
// the place of national ones with the same id or added beside them. When the parent chooses
// another area the list is rebuilt in place; aboutToChange comes first, so anyone holding a
// pointer into the list lets go of it.
class ModuleLibrary : public QObject
{
    Q_OBJECT

public:
    // `areaModules` is keyed by area code; most areas have none.
    ModuleLibrary(QList<Module> national, QHash<QString, QList<Module>> areaModules, SettingsController &settings,
                  QObject *parent = nullptr);

    // The same list object for the library's lifetime; its contents change with the area.
    const QList<Module> &modules() const { return m_current; }

signals:
    void aboutToChange();
    void changed();

private:
    void follow(const QString &areaCode);

    const QList<Module> m_national;
    const QHash<QString, QList<Module>> m_areaModules;
    SettingsController &m_settings;
    QString m_areaCode;
    QList<Module> m_current;
};

} // namespace cg
