import QtQuick
import QtQuick.Controls
import QtQuick.Controls.impl
import QtQuick.Layouts

// One tab: icon over a label that wraps rather than being cut off at large text sizes.
AbstractButton {
    id: control

    required property string iconName

    Layout.fillWidth: true
    Layout.preferredWidth: 1
    implicitHeight: Math.max(64, implicitContentHeight + topPadding + bottomPadding)
    topPadding: Theme.smallSpacing
    bottomPadding: Theme.smallSpacing
    implicitWidth: Theme.touchTarget
    focusPolicy: Qt.StrongFocus
    Accessible.name: control.text
    Accessible.role: Accessible.PageTab
    Accessible.checkable: true
    Accessible.checked: control.checked

    background: Rectangle {
        color: control.down ? Qt.lighter(Theme.divider, 1.1) : "transparent"
        border.color: Theme.brand
        border.width: control.visualFocus ? 2 : 0
    }

    contentItem: ColumnLayout {
            spacing: 2

            Rectangle {
                Layout.alignment: Qt.AlignHCenter
                implicitWidth: 56
                implicitHeight: 28
                radius: 14
                color: control.checked ? Qt.rgba(Theme.brand.r, Theme.brand.g, Theme.brand.b, 0.15) : "transparent"

                IconImage {
                    anchors.centerIn: parent
                    source: "qrc:/qt/qml/CommonGround/icons/" + control.iconName + ".svg"
                    sourceSize.width: 24
                    sourceSize.height: 24
                    color: control.checked ? Theme.brand : Theme.mutedText
                }
            }
            Label {
                Layout.fillWidth: true
                Layout.leftMargin: 2
                Layout.rightMargin: 2
                text: control.text
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.Wrap
                font.pixelSize: Theme.navLabelSize
                color: control.checked ? Theme.brand : Theme.mutedText
            }
    }
}
