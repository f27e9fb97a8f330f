import QtQuick
import CommonGround.Models

// Shown instead of advice when an entry names harm, fear or control: calm words, that it is not
// the parent's fault, and who to call: 999 and the helplines from the national pack, and the
// area's own domestic-abuse services.
StartColumn {
    id: view

    required property AppController app

    spacing: Theme.spacing

    SectionHeading {
        large: true
        text: qsTr("Thank you for being honest about this")
    }
    BodyText {
        text: qsTr("Being hurt, threatened, made to feel afraid or controlled is not an ordinary argument. It is not your fault, and you do not have to deal with it on your own.")
    }
    BodyText {
        text: qsTr("People who know about this can listen, help you think it through and talk about staying safe. You do not have to be sure what to call it before you ring.")
    }
    // Emergency first, then helplines and the area's own domestic-abuse services, from the packs.
    SafetyHelplines {
        app: view.app
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
        text: qsTr("If someone might look at your phone, you can lock your journal with a PIN. The Quick exit button at the top hides this app at once.")
    }
    TextButton {
        text: qsTr("More about staying safe")
        onClicked: view.app.showSafety()
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
