import QtQuick
import QtQuick.Controls
import QtQuick.Controls.impl
import QtQuick.Layouts

// Hides the app at once. Dark on every brand colour, with a word as well as an icon, so nobody
// has to guess what it does. The word wraps rather than crowding out the screen's title.
AbstractButton {
    id: control

    implicitWidth: Math.max(Theme.touchTarget, implicitContentWidth + leftPadding + rightPadding)
    implicitHeight: Math.max(Theme.touchTarget, implicitContentHeight + topPadding + bottomPadding)
    leftPadding: Theme.spacing
    rightPadding: Theme.spacing
    topPadding: 4
    bottomPadding: 4
    objectName: "quickExitButton"
    text: qsTr("Quick exit")
    focusPolicy: Qt.StrongFocus
    Accessible.name: qsTr("Quick exit: hide this app now")
    Accessible.role: Accessible.Button

    background: Rectangle {
        radius: Math.min(height / 2, 24)
        color: control.down ? Qt.darker(Theme.exitButton, 1.3) : Theme.exitButton
        border.color: Theme.textOnBrand
        border.width: control.visualFocus ? 2 : 0
    }

    contentItem: RowLayout {
        spacing: 6

        IconImage {
            source: "qrc:/qt/qml/CommonGround/icons/exit.svg"
            sourceSize.width: Math.round(20 * Theme.fontScale)
            sourceSize.height: Math.round(20 * Theme.fontScale)
            color: Theme.textOnBrand
            mirror: control.mirrored
        }
        Label {
            Layout.fillWidth: true
            text: control.text
            color: Theme.textOnBrand
            font.pixelSize: Theme.smallSize
            font.bold: true
            wrapMode: Text.WordWrap
        }
    }
}
