import QtQuick
import QtQuick.Controls

// One option in a ChoiceList: the whole row is the touch target, and the label wraps.
RadioDelegate {
    id: control

    required property string label
    required property bool selected
    required property var model

    width: parent ? parent.width : implicitWidth
    implicitHeight: Math.max(56, implicitContentHeight + topPadding + bottomPadding)
    font.pixelSize: Theme.bodySize
    text: label
    // Only the model decides what is ticked, so a choice that could not be saved never looks
    // saved.
    checkable: false
    checked: selected
    Accessible.name: text
    // Writing the role saves the choice; the model then updates `selected` on every row.
    onClicked: control.model.selected = true

    contentItem: Label {
        leftPadding: control.mirrored ? control.indicator.width + control.spacing : 0
        rightPadding: control.mirrored ? 0 : control.indicator.width + control.spacing
        text: control.text
        font: control.font
        wrapMode: Text.Wrap
        horizontalAlignment: Text.AlignLeft
        verticalAlignment: Text.AlignVCenter
        color: Theme.text
    }
}
