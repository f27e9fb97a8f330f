pragma ComponentBehavior: Bound
import QtQuick
import CommonGround.Models

// A question's answers as a wrapping row of chips. Tapping one picks or drops it in the model,
// which decides whether others are dropped (one answer) or kept (several).
Flow {
    id: chipFlow

    required property ChipListModel chips
    property string question

    width: parent ? parent.width : implicitWidth
    spacing: Theme.smallSpacing
    Accessible.role: Accessible.Grouping
    Accessible.name: question

    Repeater {
        model: chipFlow.chips

        TopicChip {
            id: chip

            required property string label
            required property var model

            width: Math.min(implicitWidth, chipFlow.width)
            text: chip.label
            selected: chip.model.selected
            Accessible.role: chipFlow.chips.takesMany ? Accessible.CheckBox : Accessible.RadioButton
            onClicked: chip.model.selected = !chip.model.selected
        }
    }
}
