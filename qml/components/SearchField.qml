import QtQuick
import QtQuick.Controls

// A search box that searches as the parent types. The keyboard is asked not to learn or suggest
// words from it: a phone's keyboard that offers "abuse" to whoever types next would give away
// what was searched for.
TextField {
    id: field

    width: parent ? parent.width : implicitWidth
    // A fixed height from the font: Material's own sizing follows the content, which in a
    // Column loops.
    implicitHeight: Math.max(Theme.touchTarget, Math.ceil(Theme.bodySize * 1.5) + topPadding + bottomPadding)
    topPadding: Theme.smallSpacing
    bottomPadding: Theme.smallSpacing
    font.pixelSize: Theme.bodySize
    inputMethodHints: Qt.ImhNoPredictiveText | Qt.ImhSensitiveData | Qt.ImhNoAutoUppercase
    // Text fields are not mirrored for right-to-left languages by themselves: the clear button
    // moves to the left (anchors mirror), so the padding for it has to move too.
    readonly property bool rightToLeft: LayoutMirroring.enabled
    readonly property real clearSpace: clearButton.visible ? clearButton.width : Theme.spacing

    leftPadding: rightToLeft ? clearSpace : Theme.spacing
    rightPadding: rightToLeft ? Theme.spacing : clearSpace
    horizontalAlignment: TextInput.AlignLeft
    Accessible.role: Accessible.EditableText

    background: Rectangle {
        color: Theme.surface
        radius: Theme.radius
        border.color: field.activeFocus ? Theme.brand : Theme.divider
        border.width: field.activeFocus ? 2 : 1
    }

    ToolButton {
        id: clearButton

        anchors.right: parent.right
        anchors.verticalCenter: parent.verticalCenter
        width: Theme.touchTarget
        height: Theme.touchTarget
        visible: field.text.length > 0
        text: "×"
        font.pixelSize: Theme.titleSize
        Accessible.name: qsTr("Clear search")
        onClicked: {
            field.clear()
            field.textEdited()
        }
    }
}
