#pragma once

#include "core/appsettings.h"
#include "core/area.h"
#include "core/settingsstore.h"

#include <QObject>
#include <QtQml/qqmlregistration.h>

namespace cg {

// The parent's choices as the screens see them. Every change is saved at once; if saving fails
// the screen keeps showing what is really stored and saveError says why.
class SettingsController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Made by the app at start-up")
    Q_PROPERTY(bool onboardingComplete READ onboardingComplete NOTIFY changed)
    Q_PROPERTY(QString areaCode READ areaCode NOTIFY changed)
    Q_PROPERTY(QString areaName READ areaName NOTIFY changed)
    Q_PROPERTY(QString areaWelcome READ areaWelcome NOTIFY changed)
    Q_PROPERTY(QString brandColour READ brandColour NOTIFY changed)
    Q_PROPERTY(QString familySituation READ familySituation NOTIFY changed)
    Q_PROPERTY(bool statisticsConsent READ statisticsConsent NOTIFY changed)
    Q_PROPERTY(bool safetyRouteSeen READ safetyRouteSeen NOTIFY changed)
    Q_PROPERTY(QString practitionerAgency READ practitionerAgency NOTIFY changed)
    Q_PROPERTY(bool checkInReminders READ checkInReminders NOTIFY changed)
    Q_PROPERTY(QString saveError READ saveError NOTIFY saveErrorChanged)

public:
    // `saved` is what the store loaded at start-up.
    SettingsController(SettingsStore &store, QList<Area> areas, AppSettings saved, QObject *parent = nullptr);

    bool onboardingComplete() const { return m_settings.onboardingComplete; }
    QString areaCode() const { return m_settings.areaCode; }
    QString areaName() const;
    QString areaWelcome() const;
    QString brandColour() const;
    QString familySituation() const { return familySituationKey(m_settings.familySituation); }
    bool statisticsConsent() const { return m_settings.statisticsConsent; }
    bool safetyRouteSeen() const { return m_settings.safetyRouteSeen; }
    QString recommendationCode() const { return m_settings.recommendationCode; }
    QString practitionerAgency() const { return m_settings.practitionerAgency; }
    const CheckInSchedule &checkInSchedule() const { return m_settings.checkIns; }
    bool checkInReminders() const { return m_settings.checkIns.remindersOn; }
    QString saveError() const { return m_saveError; }

    // An empty code means "prefer not to say". Unknown codes are refused.
    Q_INVOKABLE bool chooseArea(const QString &code);
    Q_INVOKABLE bool chooseFamilySituation(const QString &key);
    Q_INVOKABLE bool setStatisticsConsent(bool consent);
    Q_INVOKABLE bool completeOnboarding();
    // Remembers that the safety route was reached; see AppSettings::safetyRouteSeen.
    bool markSafetyRouteSeen();
    // Keeps a redeemed recommendation code, and moves to its area, in one save: both or neither.
    // False for an area the app does not know.
    bool keepRecommendation(const QString &code, const QString &areaCode);
    bool forgetRecommendation();
    // Unknown agency keys are refused.
    bool choosePractitionerAgency(const QString &key);
    // When check-ins fall due (see CheckInController, which decides it).
    bool saveCheckInSchedule(const CheckInSchedule &schedule);
    // Where the chosen area's statistics server is (its pack's stats_url), or empty.
    QString areaStatsUrl() const;
    // The name of any area the app knows, or empty.
    QString nameOfArea(const QString &code) const;

signals:
    void changed();
    void saveErrorChanged();

private:
    bool apply(const AppSettings &next);
    const Area *currentArea() const;

    SettingsStore &m_store;
    QList<Area> m_areas;
    AppSettings m_settings;
    QString m_saveError;
};

} // namespace cg
