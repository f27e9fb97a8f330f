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

    Loader {
        width: parent.width
        sourceComponent: {
            switch (page.screen) {
            case JournalController.Entry: return entryForm;
            case JournalController.Trends: return trendsView;
            case JournalController.FollowUp: return followUpView;
            case JournalController.Safety: return safetyView;
            case JournalController.Lock: return lockView;
            case JournalController.PinSetup: return pinSetupView;
            case JournalController.ForgotPin: return forgotPinView;
            default: return listView;
            }
        }
    }

    actions: [
        TextButton {
            visible: page.screen === JournalController.Entry
            text: qsTr("Cancel")
            onClicked: page.journal.cancel()
        },
        PrimaryButton {
            Layout.fillWidth: true
            visible: page.screen === JournalController.Entry
            text: page.journal.draft.editing ? qsTr("Save changes") : qsTr("Save")
            onClicked: page.journal.save()
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

    Component {
        id: listView
        JournalListView { journal: page.journal }
    }
    Component {
        id: entryForm
        JournalEntryForm { journal: page.journal }
    }
    Component {
        id: trendsView
        JournalTrendsView { journal: page.journal }
    }
    Component {
        id: followUpView
        JournalFollowUpView { journal: page.journal }
    }
    Component {
        id: safetyView
        JournalSafetyView { app: page.app }
    }
    Component {
        id: lockView
        JournalLockView { journal: page.journal }
    }
    Component {
        id: pinSetupView
        JournalPinSetupView { journal: page.journal }
    }
    Component {
        id: forgotPinView
        JournalForgotPinView { journal: page.journal }
    }
}
