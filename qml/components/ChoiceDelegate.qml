import QtQuick
import QtQuick.Controls

// One option in a list of choices: the whole row is the touch target, and the label wraps.
RadioDelegate {
    width: parent ? parent.width : implicitWidth
    implicitHeight: Math.max(56, implicitContentHeight + topPadding + bottomPadding)
    font.pixelSize: Theme.bodySize
    Accessible.name: text

    contentItem: Label {
        leftPadding: parent.mirrored ? parent.indicator.width + parent.spacing : 0
        rightPadding: parent.mirrored ? 0 : parent.indicator.width + parent.spacing
        text: parent.text
        font: parent.font
        wrapMode: Text.Wrap
        verticalAlignment: Text.AlignVCenter
        color: Theme.text
    }
}
