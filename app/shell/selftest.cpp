#include "shell/selftest.h"

#include "models/appcontroller.h"
#include "shell/itemchecks.h"
#include "shell/qmlwindow.h"

#include <QQuickItem>
#include <QQuickWindow>

namespace cg {
namespace {

// The safety and quick-exit buttons must be on every screen (except the neutral screen that quick
// exit shows), visible, enabled and wholly inside the window, so one tap always reaches them.
QStringList checkHeaderButtons(QQuickWindow &window, const QString &route)
{
    QStringList problems;
    for (const char *name : {"safetyButton", "quickExitButton"}) {
        const auto *button = window.findChild<QQuickItem *>(QLatin1String(name));
        if (!button || !button->isVisible() || !button->isEnabled()) {
            problems << QStringLiteral("%1: %2 is not there to tap").arg(route, QLatin1String(name));
            continue;
        }
        const QRectF place = button->mapRectToScene(button->boundingRect());
        if (place.left() < 0 || place.top() < 0 || place.right() > window.width() + 0.5)
            problems << QStringLiteral("%1: %2 is partly off screen").arg(route, QLatin1String(name));
    }
    return problems;
}

} // namespace

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
        if (route != QLatin1String("quick-exit"))
            problems << checkHeaderButtons(*window.window(), route);
    }
    return problems;
}

} // namespace cg
