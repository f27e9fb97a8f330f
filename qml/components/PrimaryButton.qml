import QtQuick
import QtQuick.Controls

// The main action on a screen. Drawn without shader effects so it looks the same on every phone,
// including ones that fall back to software rendering; sentence case reads more easily than
// capitals.
Button {
    id: control

    property color fill: Theme.brand

    implicitHeight: Math.max(Theme.touchTarget, implicitContentHeight + topPadding + bottomPadding)
    leftPadding: Theme.spacing
    rightPadding: Theme.spacing
    font.pixelSize: Theme.bodySize
    font.capitalization: Font.MixedCase
    font.bold: true
    Accessible.name: text

    contentItem: Label {
        text: control.text
        font: control.font
        color: Theme.textOnBrand
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        wrapMode: Text.Wrap
    }
    background: Rectangle {
        radius: Theme.radius / 2
        color: control.down ? Qt.darker(control.fill, 1.25) : control.fill
        border.color: Theme.text
        border.width: control.visualFocus ? 2 : 0
    }
}
