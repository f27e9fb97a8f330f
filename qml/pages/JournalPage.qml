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

    title: screen === JournalController.Trends ? qsTr("Patterns")
        : screen === JournalController.Safety ? qsTr("You are not alone")
        : qsTr("Journal")

    Connections {
        target: page.journal
        function onScreenChanged() {
            page.scrollToTop();
        }
    }

    // Every view is built once; only the one for the current screen is shown.
    JournalListView {
        width: parent.width
        visible: page.screen === JournalController.List
        journal: page.journal
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
            width: parent.width
        visible: page.screen === JournalController.Entry
            text: qsTr("Cancel")
            onClicked: page.journal.cancel()
        },
        PrimaryButton {
            Layout.fillWidth: true
            width: parent.width
        visible: page.screen === JournalController.Entry
            text: page.journal.draft.editing ? qsTr("Save changes") : qsTr("Save")
            onClicked: page.journal.save()
        },
        PrimaryButton {
            Layout.fillWidth: true
            width: parent.width
        visible: page.screen === JournalController.List && page.journal.open
            text: qsTr("Note an argument")
            onClicked: page.journal.startArgument()
        },
        PrimaryButton {
            Layout.fillWidth: true
            width: parent.width
        visible: page.screen === JournalController.List && page.journal.open
            text: qsTr("Note a good day")
            onClicked: page.journal.startGoodDay()
        }
    ]
}
