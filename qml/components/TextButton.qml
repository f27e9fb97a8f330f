import QtQuick
import QtQuick.Controls

// A quieter action beside a PrimaryButton, such as "Back".
Button {
    id: control

    implicitHeight: Math.max(Theme.touchTarget, implicitContentHeight + topPadding + bottomPadding)
    flat: true
    font.pixelSize: Theme.bodySize
    font.capitalization: Font.MixedCase
    Accessible.name: text

    contentItem: Label {
        text: control.text
        font: control.font
        color: Theme.brand
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        wrapMode: Text.Wrap
    }
}
