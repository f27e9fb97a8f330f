#pragma once

#include <QObject>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

namespace cg {

class SettingsController;

// The three first-run steps: area, family situation, privacy. Every step can be skipped with
// "prefer not to say"; nothing is needed to start using the app.
class OnboardingController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Made by the app at start-up")
    Q_PROPERTY(int step READ step NOTIFY stepChanged)
    Q_PROPERTY(int stepCount READ stepCount CONSTANT)
    Q_PROPERTY(bool isLastStep READ isLastStep NOTIFY stepChanged)

public:
    enum Step { AreaStep, SituationStep, PrivacyStep };
    Q_ENUM(Step)

    explicit OnboardingController(SettingsController &settings, QObject *parent = nullptr);

    int step() const { return m_step; }
    int stepCount() const { return PrivacyStep + 1; }
    bool isLastStep() const { return m_step == PrivacyStep; }

    Q_INVOKABLE void next();
    Q_INVOKABLE void back();
    // Saves that first run is done and lets the tabs show. False if saving failed.
    Q_INVOKABLE bool finish();
    void goToStep(int step);

    // "onboarding" -> 0, "onboarding/situation" -> 1, "onboarding/privacy" -> 2, otherwise -1.
    static int stepForRoute(const QString &route);
    static QStringList routes();

signals:
    void stepChanged();
    void finished();

private:
    SettingsController &m_settings;
    int m_step = AreaStep;
};

} // namespace cg
