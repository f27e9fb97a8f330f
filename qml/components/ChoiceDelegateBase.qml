import QtQuick
import QtQuick.Controls

// The look of a single-choice row: the whole row is the touch target, and the label wraps.
// `checkable` is off: what is ticked always comes from saved data, never from the tap alone.
RadioDelegate {
    id: control

    width: parent ? parent.width : implicitWidth
    implicitHeight: Math.max(56, implicitContentHeight + topPadding + bottomPadding)
    font.pixelSize: Theme.bodySize
    checkable: false
    Accessible.name: text

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
