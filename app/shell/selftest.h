#pragma once

#include <QStringList>

namespace cg {

class AppController;
class QmlWindow;

// Opens every route in turn and collects QML warnings and item problems (see itemchecks.h).
// An empty result means every screen loaded cleanly.
QStringList runSelfTest(QmlWindow &window, AppController &app);

} // namespace cg
