import QtQuick
import QtQuick.Controls
import CommonGround.Models

// Choose your council area, or prefer not to say. Used at first run and in More.
Column {
    id: chooser

    required property AreaListModel areas
    required property SettingsController settings

    spacing: 0

    ButtonGroup {
        id: group
    }

    Repeater {
        model: chooser.areas

        ChoiceDelegate {
            required property string code
            required property string name

            text: name
            checked: chooser.settings.areaCode === code
            ButtonGroup.group: group
            onClicked: chooser.settings.chooseArea(code)
        }
    }
    ChoiceDelegate {
        text: qsTr("I'd prefer not to say")
        checked: chooser.settings.areaCode === ""
        ButtonGroup.group: group
        onClicked: chooser.settings.chooseArea("")
    }
}
