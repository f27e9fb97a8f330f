import QtQuick
import QtQuick.Controls
import QtQuick.Controls.impl

// Hides the app at once. Dark on every brand colour, with a word as well as an icon, so nobody
// has to guess what it does.
AbstractButton {
    id: control

    implicitWidth: Math.max(Theme.touchTarget, implicitContentWidth + leftPadding + rightPadding)
    implicitHeight: Math.max(Theme.touchTarget, implicitContentHeight + topPadding + bottomPadding)
    leftPadding: Theme.spacing
    rightPadding: Theme.spacing
    topPadding: 4
    bottomPadding: 4
    text: qsTr("Quick exit")
    focusPolicy: Qt.StrongFocus
    Accessible.name: qsTr("Quick exit: hide this app now")
    Accessible.role: Accessible.Button
    Accessible.onPressAction: control.clicked()

    background: Rectangle {
        radius: height / 2
        color: control.down ? Qt.darker(Theme.exitButton, 1.3) : Theme.exitButton
        border.color: Theme.textOnBrand
        border.width: control.visualFocus ? 2 : 0
    }

    contentItem: Row {
            spacing: 6

            IconImage {
                anchors.verticalCenter: parent.verticalCenter
                source: "qrc:/qt/qml/CommonGround/icons/exit.svg"
                sourceSize.width: Math.round(20 * Theme.fontScale)
                sourceSize.height: Math.round(20 * Theme.fontScale)
                color: Theme.textOnBrand
                mirror: control.mirrored
            }
            Label {
                anchors.verticalCenter: parent.verticalCenter
                text: control.text
                color: Theme.textOnBrand
                font.pixelSize: Theme.smallSize
                font.bold: true
            }
    }
}
