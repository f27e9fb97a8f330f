#pragma once

#include <QString>

namespace cg {

class AppController;
class QmlWindow;

// Shows one route and saves the window as a PNG. Used for docs, app-store screenshots and for
// looking at every screen at phone sizes, large text and right-to-left.
bool renderRoute(QmlWindow &window, AppController &app, const QString &route,
                 const QString &outFile, QString *error);

} // namespace cg
