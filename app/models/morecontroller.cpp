#include "models/morecontroller.h"

namespace cg {

MoreController::MoreController(const Parts &parts, QObject *parent)
    : QObject(parent)
    , m_parts(parts)
{
    connect(m_parts.guide, &GuideController::chapterOpened, this, [this] {
        setScreen(Chapter);
        emit freshScreenShown();
    });
    connect(this, &MoreController::screenChanged, this, &MoreController::freshScreenShown);
}

void MoreController::setScreen(Screen screen)
{
    if (screen == m_screen)
        return;
    m_screen = screen;
    emit screenChanged();
}

void MoreController::showSettings()
{
    setScreen(Settings);
}

void MoreController::showRedeem()
{
    m_parts.redeem->startAgain();
    setScreen(Redeem);
}

void MoreController::showPractitioner()
{
    setScreen(Practitioner);
}

void MoreController::showGuide()
{
    setScreen(Guide);
}

void MoreController::showRecommend()
{
    // Each family starts with nothing picked.
    m_parts.builder->startAgain();
    setScreen(Recommend);
}

void MoreController::showSentReports()
{
    setScreen(SentReports);
}

void MoreController::back()
{
    switch (m_screen) {
    case Chapter: setScreen(Guide); break;
    case Guide:
    case Recommend: setScreen(Practitioner); break;
    default: setScreen(Settings); break;
    }
}

bool MoreController::openRoute(const QString &route)
{
    const QStringList parts = route.split(u'/');
    if (route.isEmpty()) {
        showSettings();
    } else if (route == QLatin1String("privacy/sent")) {
        showSentReports();
    } else if (route == QLatin1String("redeem")) {
        showRedeem();
    } else if (parts.size() == 2 && parts[0] == QLatin1String("redeem")) {
        showRedeem();
        m_parts.redeem->redeem(parts[1]);
    } else if (route == QLatin1String("practitioner")) {
        showPractitioner();
    } else if (route == QLatin1String("practitioner/guide")) {
        showGuide();
    } else if (parts.size() == 3 && parts[1] == QLatin1String("guide")) {
        return parts[0] == QLatin1String("practitioner") && m_parts.guide->openChapter(parts[2]);
    } else if (route == QLatin1String("practitioner/recommend")) {
        showRecommend();
    } else if (parts.size() == 3 && parts[0] == QLatin1String("practitioner")
               && parts[1] == QLatin1String("recommend")) {
        showRecommend();
        if (!m_parts.builder->pickTopic(parts[2]))
            return false;
        m_parts.builder->makeCode();
    } else {
        return false;
    }
    return true;
}

QStringList MoreController::routes() const
{
    QStringList all{QStringLiteral("privacy/sent"), QStringLiteral("redeem"), QStringLiteral("practitioner"), QStringLiteral("practitioner/guide")};
    for (const QString &chapter : m_parts.guide->chapterIds())
        all << QStringLiteral("practitioner/guide/") + chapter;
    all << QStringLiteral("practitioner/recommend");
    if (!m_parts.builder->topicIds().isEmpty())
        all << QStringLiteral("practitioner/recommend/") + m_parts.builder->topicIds().first();
    return all;
}

void MoreController::forget()
{
    m_parts.redeem->startAgain();
    m_parts.builder->startAgain();
    setScreen(Settings);
}

} // namespace cg
