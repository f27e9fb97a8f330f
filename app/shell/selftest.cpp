#include "shell/selftest.h"

#include "models/navigationcontroller.h"
#include "shell/itemchecks.h"
#include "shell/qmlwindow.h"

#include <QQuickWindow>

namespace cg {

QStringList runSelfTest(QmlWindow &window, NavigationController &navigation)
{
    QStringList problems;
    for (const QString &route : NavigationController::routes()) {
        window.clearWarnings();
        navigation.openRoute(route);
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
