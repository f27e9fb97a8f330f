#include "shell/screenrenderer.h"

#include "models/appcontroller.h"
#include "shell/qmlwindow.h"

#include <QImage>
#include <QQuickWindow>

namespace cg {

bool renderRoute(QmlWindow &window, AppController &app, const QString &route, const QString &outFile,
                 QString *error)
{
    if (!app.openRoute(route)) {
        *error = QStringLiteral("unknown route '%1'; known routes: %2")
                     .arg(route, app.routes().join(QStringLiteral(", ")));
        return false;
    }
    if (!window.waitForFrame()) {
        *error = QStringLiteral("the screen did not draw within 5 seconds");
        return false;
    }
    const QImage image = window.window()->grabWindow();
    if (image.isNull() || !image.save(outFile, "PNG")) {
        *error = QStringLiteral("cannot write %1").arg(outFile);
        return false;
    }
    return true;
}

} // namespace cg
