import QtQuick
import CommonGround.Models

// Says plainly when a choice could not be saved on the phone (for example when it is full).
BodyText {
    required property SettingsController settings

    visible: settings.saveError.length > 0
    color: Theme.urgent
    text: qsTr("Sorry, your choice could not be saved on this phone. It may be full. Please try again.")
}
