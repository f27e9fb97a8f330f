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

void AppController::showSafety()
{
    openRoute(QStringLiteral("help/safety"));
}

bool AppController::openModule(const QString &moduleId)
{
    return !moduleId.contains(QLatin1Char('/')) && openRoute(QStringLiteral("module/") + moduleId);
}

bool AppController::showService(const QString &serviceId)
{
    return !serviceId.isEmpty() && openRoute(QStringLiteral("help/service/") + serviceId);
}

void AppController::showServicesFor(const QString &topic)
{
    openRoute(QStringLiteral("help"));
    m_parts.help->showTopic(topic);
}

void AppController::startCheckIn()
{
    openRoute(QStringLiteral("checkin"));
}

void AppController::showProgress()
{
    openRoute(QStringLiteral("checkin/progress"));
}

void AppController::openHelp()
{
    openRoute(QStringLiteral("help"));
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
    if (route.startsWith(QLatin1String("module/"))) {
        const QStringList parts = route.split(QLatin1Char('/'));
        bool numbered = parts.size() == 3;
        const int section = numbered ? parts[2].toInt(&numbered) - 1 : -1;
        if (parts.size() > 3 || (parts.size() == 3 && (!numbered || section < 0))
            || !m_parts.reader->open(parts[1], section))
            return false;
        m_parts.quickExit->returnFromNeutralScreen();
        m_parts.navigation->openRoute(QStringLiteral("learn"));
        return true;
    }
    if (route.startsWith(QLatin1String("search/"))) {
        const QString typed = route.mid(int(qstrlen("search/")));
        if (typed.isEmpty() || !openRoute(QStringLiteral("learn")))
            return false;
        m_parts.search->setQuery(typed);
        return true;
    }
    if (route.startsWith(QLatin1String("help/"))) {
        if (!openRoute(QStringLiteral("help")))
            return false;
        return m_parts.help->openRoute(route.mid(int(qstrlen("help/"))));
    }
    if (route.startsWith(QLatin1String("journal/"))) {
        if (!openRoute(QStringLiteral("journal")))
            return false;
        return m_parts.journal->openRoute(route.mid(int(qstrlen("journal/"))));
    }
    if (route == QLatin1String("checkin") || route == QLatin1String("checkin/progress")) {
        if (!openRoute(QStringLiteral("journal")))
            return false;
        // Behind the journal's lock: with a PIN, the lock screen shows first, then this.
        if (route == QLatin1String("checkin")) {
            m_parts.checkIn->start();
            m_parts.journal->showCheckIn();
        } else {
            m_parts.journal->showProgress();
        }
        return true;
    }
    const QString moreScreen = route.section(u'/', 0, 0);
    if (moreScreen == QLatin1String("redeem") || moreScreen == QLatin1String("practitioner")
        || moreScreen == QLatin1String("privacy")) {
        if (!openRoute(QStringLiteral("more")))
            return false;
        return m_parts.more->openRoute(route);
    }
    if (!NavigationController::routes().contains(route))
        return false;
    m_parts.quickExit->returnFromNeutralScreen();
    m_parts.reader->close();
    if (!m_parts.navigation->openRoute(route))
        return false;
    if (route == QLatin1String("journal"))
        m_parts.journal->openRoute(QString());
    if (route == QLatin1String("help"))
        m_parts.help->openRoute(QString());
    if (route == QLatin1String("more"))
        m_parts.more->openRoute(QString());
    return true;
}

QStringList AppController::routes() const
{
    QStringList all = NavigationController::routes();
    for (const Module &module : *m_parts.moduleList) {
        for (qsizetype section = 1; section <= module.sections.size(); ++section)
            all << QStringLiteral("module/%1/%2").arg(module.id).arg(section);
    }
    // One search with results and one with none, so both states are checked and rendered.
    all << JournalController::routes() << QStringLiteral("checkin") << QStringLiteral("checkin/progress")
        << m_parts.help->routes() << m_parts.more->routes();
    return all << QStringLiteral("search/kids upset") << QStringLiteral("search/zzzz") << kQuickExitRoute;
}

} // namespace cg
