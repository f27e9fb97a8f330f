import QtQuick

// One option in a ChoiceList. Writing the row's `selected` role saves the choice; the model then
// updates `selected` on every row, so a choice that could not be saved never looks saved.
ChoiceDelegateBase {
    id: control

    required property string label
    required property bool selected
    required property var model

    text: label
    checked: selected
    onClicked: control.model.selected = true
}
