#pragma once

#include "shell/offlineqmlnetwork.h"

#include <QQmlApplicationEngine>
#include <QSize>
#include <QString>
#include <QStringList>

class QQuickWindow;

namespace cg {

class AppController;

// Loads Main.qml with the app's controller and keeps every QML warning it produced, so the
// self-test can fail on them.
class QmlWindow
{
public:
    QmlWindow();
    bool load(AppController &controller, QSize size, QString *error);

    QQuickWindow *window() const { return m_window; }
    QStringList warnings() const { return m_warnings; }
    void clearWarnings() { m_warnings.clear(); }

    // Processes events until the window has shown a new frame (or a few seconds pass).
    bool waitForFrame();

private:
    OfflineQmlNetwork m_offline;  // outlives the engine, which uses it
    QQmlApplicationEngine m_engine;
    QQuickWindow *m_window = nullptr;
    QStringList m_warnings;
};

} // namespace cg
