import QtQuick
import QtQuick.Controls

// One topic button above the guides on Learn: outlined, filled when chosen.
Button {
    id: chip

    property bool selected: false

    implicitHeight: Math.max(Theme.touchTarget, implicitContentHeight + topPadding + bottomPadding)
    leftPadding: Theme.spacing
    rightPadding: Theme.spacing
    font.pixelSize: Theme.smallSize
    font.capitalization: Font.MixedCase
    checkable: false
    Accessible.name: text
    Accessible.role: Accessible.RadioButton
    Accessible.checkable: true
    Accessible.checked: selected

    background: Rectangle {
        // Drawn inside the 48-pixel touch area, so the row of chips stays light.
        y: (chip.height - height) / 2
        height: Math.min(chip.height, chip.implicitContentHeight + Theme.smallSpacing * 2)
        radius: Math.min(height / 2, Theme.titleSize)
        color: chip.selected ? Theme.brand : Theme.surface
        border.color: Theme.brand
    }
    contentItem: Label {
        text: chip.text
        font: chip.font
        color: chip.selected ? Theme.textOnBrand : Theme.brand
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        // A long answer wraps when its row is narrower than it (large text, small phones).
        wrapMode: Text.Wrap
    }
}
