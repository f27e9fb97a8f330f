import QtQuick
import CommonGround.Models

PageScaffold {
    id: page

    required property AppController app

    title: qsTr("Get help")

    InfoCard {
        heading: qsTr("If you are in danger now")
        body: qsTr("Call 999. If you cannot speak, listen to the questions and cough or tap the phone if you can. On a mobile, press 55 when asked and you will be put through to the police.")
        accent: Theme.urgent
        actionText: qsTr("Call 999")
        actionAccessibleName: qsTr("Call 999, emergency services")
        onActionTriggered: page.app.openExternal("tel:999")
    }
    BodyText {
        text: qsTr("Asking for help is a strong thing to do. Whatever is going on, you do not have to sort it out alone.")
    }
}
