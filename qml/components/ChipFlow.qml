import QtQuick
import CommonGround.Models

// A question's answers as a wrapping row of chips. Tapping one picks or drops it in the model,
// which decides whether others are dropped (one answer) or kept (several).
Flow {
    id: flow

    required property ChipListModel chips
    property string question

    width: parent ? parent.width : implicitWidth
    spacing: Theme.smallSpacing
    Accessible.role: Accessible.Grouping
    Accessible.name: question

    Repeater {
        model: flow.chips

        TopicChip {
            required property string label
            required property var model

            text: label
            selected: model.selected
            Accessible.role: flow.chips.takesMany ? Accessible.CheckBox : Accessible.RadioButton
            onClicked: model.selected = !model.selected
        }
    }
}
