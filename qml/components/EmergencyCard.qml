import QtQuick
import CommonGround.Models

// 999 first, with the silent-call way through for someone who cannot speak.
InfoCard {
    id: card

    required property AppController app

    heading: qsTr("If you are in danger now")
    body: qsTr("Call 999. If you cannot speak, listen to the questions and cough or tap the phone if you can. On a mobile, press 55 when asked and you will be put through to the police.")
    accent: Theme.urgent
    actionText: qsTr("Call 999")
    actionAccessibleName: qsTr("Call 999, emergency services")
    onActionTriggered: card.app.openExternal("tel:999")
}
