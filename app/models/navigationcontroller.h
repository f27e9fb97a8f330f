#pragma once

#include <QObject>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

namespace cg {

class OnboardingController;
class SettingsController;

// Which screen is showing: first-run steps until the parent has finished them, then one of the
// five tabs. Routes ("home", "onboarding/privacy", ...) name screens for --render and the
// self-test, so every screen can be reached without tapping.
class NavigationController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Made by the app at start-up")
    Q_PROPERTY(int currentTab READ currentTab WRITE selectTab NOTIFY currentTabChanged)
    Q_PROPERTY(bool onboardingVisible READ onboardingVisible NOTIFY onboardingVisibleChanged)

public:
    enum Tab { HomeTab, LearnTab, JournalTab, HelpTab, MoreTab };
    Q_ENUM(Tab)

    NavigationController(SettingsController &settings, OnboardingController &onboarding,
                         QObject *parent = nullptr);

    int currentTab() const { return m_currentTab; }
    void selectTab(int tab);
    bool onboardingVisible() const;

    // Shows the named screen (a tab even before first run is done). Returns false, changing
    // nothing, for an unknown route.
    Q_INVOKABLE bool openRoute(const QString &route);
    // Back to Home (or first run, if it is not done yet): what the parent sees after a quick exit.
    void resetToHome();

    static QStringList routes();

signals:
    void currentTabChanged();
    void onboardingVisibleChanged();

private:
    // Whether first run covers the tabs: until the parent finishes it (normal use), or forced
    // either way by a named route.
    enum class FirstRunDisplay { UntilDone, Shown, Skipped };
    void setFirstRunDisplay(FirstRunDisplay display);

    SettingsController &m_settings;
    OnboardingController &m_onboarding;
    int m_currentTab = HomeTab;
    FirstRunDisplay m_firstRun = FirstRunDisplay::UntilDone;
};

} // namespace cg
