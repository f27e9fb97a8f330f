#pragma once

#include "models/arealistmodel.h"
#include "models/familysituationmodel.h"
#include "models/helpcontroller.h"
#include "models/checkincontroller.h"
#include "models/journalcontroller.h"
#include "models/journalexport.h"
#include "models/modulelistmodel.h"
#include "models/morecontroller.h"
#include "models/privacycontroller.h"
#include "models/recommendationlistmodel.h"
#include "models/readaloudcontroller.h"
#include "models/readercontroller.h"
#include "models/searchresultsmodel.h"
#include "models/servicelistmodel.h"
#include "models/suggestionlistmodel.h"
#include "models/commitmentlistmodel.h"
#include "models/navigationcontroller.h"
#include "models/onboardingcontroller.h"
#include "models/quickexitcontroller.h"
#include "models/settingscontroller.h"

#include <QObject>
#include <QtQml/qqmlregistration.h>

namespace cg {

class PlatformServices;

// What Main.qml is given at start-up: the controllers and models the screens need, built in the
// composition root and passed in as one required property.
class AppController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Made by the app at start-up")
    Q_PROPERTY(cg::SettingsController *settings READ settings CONSTANT)
    Q_PROPERTY(cg::AreaListModel *areas READ areas CONSTANT)
    Q_PROPERTY(cg::FamilySituationModel *situations READ situations CONSTANT)
    Q_PROPERTY(cg::NavigationController *navigation READ navigation CONSTANT)
    Q_PROPERTY(cg::OnboardingController *onboarding READ onboarding CONSTANT)
    Q_PROPERTY(cg::QuickExitController *quickExit READ quickExit CONSTANT)
    Q_PROPERTY(cg::ModuleListModel *modules READ modules CONSTANT)
    Q_PROPERTY(cg::ReaderController *reader READ reader CONSTANT)
    Q_PROPERTY(cg::ReadAloudController *readAloud READ readAloud CONSTANT)
    Q_PROPERTY(cg::SearchResultsModel *search READ search CONSTANT)
    Q_PROPERTY(cg::SuggestionListModel *suggestions READ suggestions CONSTANT)
    Q_PROPERTY(cg::CommitmentListModel *commitments READ commitments CONSTANT)
    Q_PROPERTY(cg::JournalController *journal READ journal CONSTANT)
    Q_PROPERTY(cg::JournalExport *journalExport READ journalExport CONSTANT)
    Q_PROPERTY(cg::CheckInController *checkIn READ checkIn CONSTANT)
    Q_PROPERTY(cg::ServiceListModel *services READ services CONSTANT)
    Q_PROPERTY(cg::ServiceListModel *safetyServices READ safetyServices CONSTANT)
    Q_PROPERTY(cg::HelpController *help READ help CONSTANT)
    Q_PROPERTY(cg::ServiceListModel *moduleServices READ moduleServices CONSTANT)
    Q_PROPERTY(cg::RecommendationListModel *recommendations READ recommendations CONSTANT)
    Q_PROPERTY(cg::MoreController *more READ more CONSTANT)
    Q_PROPERTY(cg::PrivacyController *privacy READ privacy CONSTANT)
    Q_PROPERTY(double fontScale READ fontScale CONSTANT)
    Q_PROPERTY(QString appVersion READ appVersion CONSTANT)
    Q_PROPERTY(bool rightToLeft READ rightToLeft CONSTANT)

public:
    struct Parts {
        SettingsController *settings;
        AreaListModel *areas;
        FamilySituationModel *situations;
        NavigationController *navigation;
        OnboardingController *onboarding;
        QuickExitController *quickExit;
        ModuleListModel *modules;
        ReaderController *reader;
        ReadAloudController *readAloud;
        SearchResultsModel *search;
        SuggestionListModel *suggestions;
        CommitmentListModel *commitments;
        JournalController *journal;
        JournalExport *journalExport;
        CheckInController *checkIn;
        ServiceListModel *services;
        ServiceListModel *safetyServices;  // domestic-abuse help, national and local, crisis first
        HelpController *help;
        ServiceListModel *moduleServices;  // a few services for the topic of the guide being read
        RecommendationListModel *recommendations;  // Home: what a family worker's code recommended
        MoreController *more;
        PrivacyController *privacy;  // every count the app could send, and what it has sent
        const QList<Module> *moduleList;
        PlatformServices *platform;
        double fontScale;
        bool rightToLeft;
    };

    explicit AppController(const Parts &parts, QObject *parent = nullptr);

    SettingsController *settings() const { return m_parts.settings; }
    AreaListModel *areas() const { return m_parts.areas; }
    FamilySituationModel *situations() const { return m_parts.situations; }
    NavigationController *navigation() const { return m_parts.navigation; }
    OnboardingController *onboarding() const { return m_parts.onboarding; }
    QuickExitController *quickExit() const { return m_parts.quickExit; }
    ModuleListModel *modules() const { return m_parts.modules; }
    ReaderController *reader() const { return m_parts.reader; }
    ReadAloudController *readAloud() const { return m_parts.readAloud; }
    SearchResultsModel *search() const { return m_parts.search; }
    SuggestionListModel *suggestions() const { return m_parts.suggestions; }
    CommitmentListModel *commitments() const { return m_parts.commitments; }
    JournalController *journal() const { return m_parts.journal; }
    JournalExport *journalExport() const { return m_parts.journalExport; }
    CheckInController *checkIn() const { return m_parts.checkIn; }
    ServiceListModel *services() const { return m_parts.services; }
    ServiceListModel *safetyServices() const { return m_parts.safetyServices; }
    HelpController *help() const { return m_parts.help; }
    ServiceListModel *moduleServices() const { return m_parts.moduleServices; }
    RecommendationListModel *recommendations() const { return m_parts.recommendations; }
    MoreController *more() const { return m_parts.more; }
    PrivacyController *privacy() const { return m_parts.privacy; }
    double fontScale() const { return m_parts.fontScale; }
    QString appVersion() const;
    // Set once at start-up from the chosen language; the screens mirror when it is true.
    bool rightToLeft() const { return m_parts.rightToLeft; }

    // The safety route, from the button beside quick exit on every screen.
    Q_INVOKABLE void showSafety();
    // A guide from its start, on Learn.
    Q_INVOKABLE bool openModule(const QString &moduleId);
    // Get help showing the services for one topic, from a guide about it.
    Q_INVOKABLE void showServicesFor(const QString &topic);
    // One service's page on Get help.
    Q_INVOKABLE bool showService(const QString &serviceId);

    // A check-in from its first question, and the progress screen, both on the Journal tab
    // behind its lock.
    Q_INVOKABLE void startCheckIn();
    Q_INVOKABLE void showProgress();
    // The Get help tab's list.
    Q_INVOKABLE void openHelp();

    // Calls a number ("tel:999"), opens a web page or an e-mail through the phone.
    Q_INVOKABLE bool openExternal(const QString &url);

    // Shows a named screen for --render and the self-test: every navigation route, "quick-exit"
    // for the neutral screen, "module/<id>" or "module/<id>/<section number from 1>" for the
    // reader, "search/<words>" for Learn with those words typed into search, and the journal's own
    // screens ("journal/new", "journal/trends", "journal/export", "journal/lock"), and Get help's
    // ("help/service/<id>", "help/safety", "help/check"), and More's ("redeem", "practitioner/...":
    // see MoreController::openRoute). False, changing nothing, for an unknown route.
    bool openRoute(const QString &route);
    // Every route, with one "module/<id>/<n>" for each section of each module.
    QStringList routes() const;

private:
    Parts m_parts;
};

} // namespace cg
