import QtQuick
import CommonGround.Models

// Shown instead of advice when an entry names harm, fear or control: calm words, that it is not
// the parent's fault, and who to call. Numbers are the national ones from the brief.
Column {
    id: view

    required property AppController app

    spacing: Theme.spacing

    SectionHeading {
        large: true
        text: qsTr("Thank you for writing this down")
    }
    BodyText {
        text: qsTr("Being hurt, threatened, made to feel afraid or controlled is not an ordinary argument. It is not your fault, and you do not have to deal with it on your own.")
    }
    BodyText {
        text: qsTr("People who know about this can listen, help you think it through and talk about staying safe. You do not have to be sure what to call it before you ring.")
    }
    InfoCard {
        heading: qsTr("If you are in danger now")
        body: qsTr("Call 999. If you cannot speak, listen to the questions and cough or tap the phone if you can. On a mobile, press 55 when asked and you will be put through to the police.")
        accent: Theme.urgent
        actionText: qsTr("Call 999")
        actionAccessibleName: qsTr("Call 999, emergency services")
        onActionTriggered: view.app.openExternal("tel:999")
    }
    InfoCard {
        heading: qsTr("National Domestic Abuse Helpline")
        body: qsTr("Free, any time of day or night. 0808\u00a02000\u00a0247")
        actionText: qsTr("Call the helpline")
        actionAccessibleName: qsTr("Call the National Domestic Abuse Helpline, 0808 2000 247")
        onActionTriggered: view.app.openExternal("tel:08082000247")
    }
    InfoCard {
        heading: qsTr("Men's Advice Line")
        body: qsTr("For men experiencing abuse from a partner or ex. 0808\u00a08010\u00a0327")
        actionText: qsTr("Call the Men's Advice Line")
        actionAccessibleName: qsTr("Call the Men's Advice Line, 0808 8010 327")
        onActionTriggered: view.app.openExternal("tel:08088010327")
    }
    InfoCard {
        heading: qsTr("Galop")
        body: qsTr("For LGBT+ people experiencing abuse. 0800\u00a0999\u00a05428")
        actionText: qsTr("Call Galop")
        actionAccessibleName: qsTr("Call Galop, 0800 999 5428")
        onActionTriggered: view.app.openExternal("tel:08009995428")
    }
    InfoCard {
        heading: qsTr("Help near you")
        body: qsTr("Get help lists support in your area, including services for domestic abuse.")
        actionText: qsTr("Find help near you")
        onActionTriggered: view.app.navigation.currentTab = NavigationController.HelpTab
    }
    SectionHeading {
        text: qsTr("Keeping your phone safe")
    }
    BodyText {
        text: qsTr("If someone might look at your phone, you can lock your journal with a PIN. The Exit button at the top hides this app at once.")
    }
    BodyText {
        color: Theme.mutedText
        text: qsTr("From now on, this app will not suggest things to try together with a partner.")
    }
    TextButton {
        text: qsTr("Back to journal")
        onClicked: view.app.journal.showList()
    }
}
