import QtQuick
import QtQuick.Controls
import QtQuick.Controls.impl
import QtQuick.Layouts

// Beside quick exit on every screen: one tap to the safety route (what abuse is, who to call).
// Outlined, so it never competes with quick exit, and short, so the title keeps its room.
AbstractButton {
    id: control

    implicitWidth: Math.max(Theme.touchTarget, implicitContentWidth + leftPadding + rightPadding)
    implicitHeight: Math.max(Theme.touchTarget, implicitContentHeight + topPadding + bottomPadding)
    leftPadding: Theme.smallSpacing + 4
    rightPadding: Theme.smallSpacing + 4
    topPadding: 4
    bottomPadding: 4
    objectName: "safetyButton"
    text: qsTr("Safety")
    focusPolicy: Qt.StrongFocus
    Accessible.name: qsTr("Safety: help if you feel afraid or unsafe")
    Accessible.role: Accessible.Button

    background: Rectangle {
        // Drawn inside the touch area, like the topic chips, so the bar stays light.
        y: (control.height - height) / 2
        height: Math.min(control.height, control.implicitContentHeight + 12)
        radius: height / 2
        color: control.down ? Qt.darker(Theme.brand, 1.2) : "transparent"
        border.color: Theme.textOnBrand
        border.width: control.visualFocus ? 3 : 1.5
    }

    contentItem: Label {
        text: control.text
        color: Theme.textOnBrand
        font.pixelSize: Theme.smallSize
        font.bold: true
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        wrapMode: Text.WordWrap
    }
}
