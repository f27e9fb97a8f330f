import QtQuick
import QtQuick.Controls

// A line of text with a tick box, the whole row tappable. The text wraps, and the box grows with
// large text so it stays easy to see and tap. Owners set `checked` from their model and act on
// `clicked`, so a tick that could not be saved is never shown.
CheckDelegate {
    id: row

    readonly property real boxScale: Math.max(1, Theme.fontScale)

    width: parent ? parent.width : implicitWidth
    font.pixelSize: Theme.bodySize
    checkable: false
    indicator.scale: row.boxScale
    Accessible.name: text
    Accessible.role: Accessible.CheckBox

    contentItem: Label {
        readonly property real boxSpace: row.indicator.width * row.boxScale + row.spacing

        leftPadding: row.mirrored ? boxSpace : 0
        rightPadding: row.mirrored ? 0 : boxSpace
        text: row.text
        font: row.font
        wrapMode: Text.Wrap
        horizontalAlignment: Text.AlignLeft
        verticalAlignment: Text.AlignVCenter
        color: Theme.text
    }
}
