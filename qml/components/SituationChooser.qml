import QtQuick
import QtQuick.Controls
import CommonGround.Models

// Choose what best describes your family. Used at first run and in More.
Column {
    id: chooser

    required property FamilySituationModel situations
    required property SettingsController settings

    spacing: 0

    ButtonGroup {
        id: group
    }

    Repeater {
        model: chooser.situations

        ChoiceDelegate {
            required property string key
            required property string label

            text: label
            checked: chooser.settings.familySituation === key
            ButtonGroup.group: group
            onClicked: chooser.settings.chooseFamilySituation(key)
        }
    }
}
