#include "models/appcontroller.h"

#include "core/platformservices.h"

#include <QCoreApplication>
#include <QUrl>

namespace cg {

AppController::AppController(const Parts &parts, QObject *parent)
    : QObject(parent)
    , m_parts(parts)
{
}

QString AppController::appVersion() const
{
    return QCoreApplication::applicationVersion();
}

bool AppController::openExternal(const QString &url)
{
    const QUrl parsed(url, QUrl::StrictMode);
    static const QStringList allowed = {QStringLiteral("tel"), QStringLiteral("https"), QStringLiteral("mailto")};
    if (!parsed.isValid() || !allowed.contains(parsed.scheme()))
        return false;
    return m_parts.platform->openExternal(parsed);
}

namespace {
const QString kQuickExitRoute = QStringLiteral("quick-exit");
} // namespace

bool AppController::openRoute(const QString &route)
{
    if (route == kQuickExitRoute) {
        m_parts.quickExit->quickExit();
        return true;
    }
    if (!NavigationController::routes().contains(route))
        return false;
    m_parts.quickExit->returnFromNeutralScreen();
    return m_parts.navigation->openRoute(route);
}

QStringList AppController::routes()
{
    return NavigationController::routes() << kQuickExitRoute;
}

} // namespace cg
