#include "shell/selftest.h"

#include "models/appcontroller.h"
#include "shell/itemchecks.h"
#include "shell/qmlwindow.h"

#include <QQuickWindow>

namespace cg {

QStringList runSelfTest(QmlWindow &window, AppController &app)
{
    // Warnings from loading Main.qml count too.
    QStringList problems;
    for (const QString &warning : window.warnings())
        problems << QStringLiteral("start-up: QML warning: %1").arg(warning);
    for (const QString &route : app.routes()) {
        window.clearWarnings();
        app.openRoute(route);
        if (!window.waitForFrame())
            problems << QStringLiteral("%1: the screen did not draw").arg(route);
        for (const QString &warning : window.warnings())
            problems << QStringLiteral("%1: QML warning: %2").arg(route, warning);
        for (const QString &problem : checkItems(window.window()->contentItem()))
            problems << QStringLiteral("%1: %2").arg(route, problem);
    }
    return problems;
}

} // namespace cg
