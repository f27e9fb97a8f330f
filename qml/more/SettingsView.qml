import QtQuick
import CommonGround.Models

// More's first screen: the parent's choices, privacy, a code from a family worker, and the way
// into practitioner mode.
StartColumn {
    id: view

    required property AppController app

    spacing: Theme.spacing

    SectionHeading {
        text: qsTr("Your area")
    }
    ChoiceList {
        width: parent.width
        choices: view.app.areas
    }
    SectionHeading {
        text: qsTr("Your family")
    }
    ChoiceList {
        width: parent.width
        choices: view.app.situations
    }
    SectionHeading {
        text: qsTr("Check-ins")
    }
    TickRow {
        text: qsTr("Remind me when a check-in is due")
        checked: view.app.checkIn.remindersOn
        onClicked: view.app.checkIn.setRemindersOn(!view.app.checkIn.remindersOn)
    }
    SectionHeading {
        text: qsTr("Privacy")
    }
    StatisticsChoice {
        width: parent.width
        settings: view.app.settings
        metrics: view.app.privacy.metrics
    }
    SaveErrorNote {
        settings: view.app.settings
    }
    InfoCard {
        objectName: "sentReportsCard"
        heading: qsTr("What we have sent")
        body: qsTr("See each weekly report the app has sent or is waiting to send, in words and exactly as it goes.")
        actionText: qsTr("See what was sent")
        onActionTriggered: view.app.more.showSentReports()
    }
    InfoCard {
        objectName: "redeemCard"
        heading: qsTr("A code from your family worker")
        body: qsTr("If a health visitor, family worker or someone else who helps your family gave you a code, add it here to see what they picked for you.")
        actionText: qsTr("Enter or scan a code")
        onActionTriggered: view.app.more.showRedeem()
    }
    InfoCard {
        heading: qsTr("I'm a practitioner")
        body: qsTr("For health visitors, family workers and others who visit families: a conversation guide, your area's pathway, and codes to hand over.")
        actionText: qsTr("Open practitioner mode")
        onActionTriggered: view.app.more.showPractitioner()
    }
    BodyText {
        color: Theme.mutedText
        font.pixelSize: Theme.smallSize
        text: qsTr("Common Ground, version %1").arg(view.app.appVersion)
    }
}
