import QtQuick
import QtQuick.Layouts
import CommonGround.Models

// The private conflict journal. Which of its screens shows is decided by JournalController;
// this page only picks the matching view and the buttons that stay at the bottom.
PageScaffold {
    id: page

    required property AppController app
    readonly property JournalController journal: app.journal
    readonly property int screen: journal.screen
    readonly property bool writing: screen === JournalController.Entry
    // Cancel with words written asks first, in the same bar, so one slip never loses them.
    property bool confirmingCancel: false

    title: screen === JournalController.Trends ? qsTr("Patterns")
        : screen === JournalController.CheckIn ? qsTr("Check-in")
        : screen === JournalController.Progress ? qsTr("Progress")
        : screen === JournalController.Safety ? qsTr("You are not alone")
        : qsTr("Journal")

    Connections {
        target: page.journal
        function onScreenChanged() {
            page.confirmingCancel = false;
            page.scrollToTop();
        }
    }

    // Every view is built once; only the one for the current screen is shown.
    JournalListView {
        width: parent.width
        visible: page.screen === JournalController.List
        journal: page.journal
        app: page.app
    }
    CheckInView {
        width: parent.width
        visible: page.screen === JournalController.CheckIn
        checkIn: page.app.checkIn
        journal: page.journal
    }
    CheckInProgressView {
        width: parent.width
        visible: page.screen === JournalController.Progress
        checkIn: page.app.checkIn
        app: page.app
    }
    JournalEntryForm {
        width: parent.width
        visible: page.screen === JournalController.Entry
        journal: page.journal
    }
    JournalTrendsView {
        width: parent.width
        visible: page.screen === JournalController.Trends
        journal: page.journal
    }
    JournalFollowUpView {
        width: parent.width
        visible: page.screen === JournalController.FollowUp
        journal: page.journal
    }
    JournalSafetyView {
        width: parent.width
        visible: page.screen === JournalController.Safety
        app: page.app
    }
    JournalLockView {
        width: parent.width
        visible: page.screen === JournalController.Lock
        journal: page.journal
    }
    JournalPinSetupView {
        width: parent.width
        visible: page.screen === JournalController.PinSetup
        journal: page.journal
    }
    JournalExportView {
        width: parent.width
        visible: page.screen === JournalController.Export
        journal: page.journal
        exporter: page.app.journalExport
    }
    JournalForgotPinView {
        width: parent.width
        visible: page.screen === JournalController.ForgotPin
        journal: page.journal
    }

    actions: [
        TextButton {
            visible: page.writing && !page.confirmingCancel
            text: qsTr("Cancel")
            onClicked: {
                if (page.journal.draft.hasChanges)
                    page.confirmingCancel = true;
                else
                    page.journal.cancel();
            }
        },
        PrimaryButton {
            Layout.fillWidth: true
            visible: page.writing && !page.confirmingCancel
            text: page.journal.draft.editing ? qsTr("Save changes") : qsTr("Save")
            onClicked: page.journal.save()
        },
        TextButton {
            visible: page.writing && page.confirmingCancel
            text: qsTr("Keep writing")
            onClicked: page.confirmingCancel = false
        },
        PrimaryButton {
            Layout.fillWidth: true
            visible: page.writing && page.confirmingCancel
            fill: Theme.urgent
            text: page.journal.draft.editing ? qsTr("Discard changes") : qsTr("Discard entry")
            onClicked: page.journal.cancel()
        },
        PrimaryButton {
            Layout.fillWidth: true
            visible: page.screen === JournalController.List && page.journal.open
            text: qsTr("Note an argument")
            onClicked: page.journal.startArgument()
        },
        PrimaryButton {
            Layout.fillWidth: true
            visible: page.screen === JournalController.List && page.journal.open
            text: qsTr("Note a good day")
            onClicked: page.journal.startGoodDay()
        }
    ]
}
