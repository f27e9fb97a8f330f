import QtQuick
import QtQuick.Controls
import CommonGround.Models

// The yes/no for anonymous usage counts, with exactly what it means. Off until the parent
// turns it on.
Column {
    id: choice

    required property SettingsController settings

    spacing: Theme.smallSpacing

    SwitchDelegate {
        id: toggle

        width: parent.width
        text: qsTr("Share counts of how the app is used")
        // Shows what is saved, never just what was tapped.
        checkable: false
        checked: choice.settings.statisticsConsent
        font.pixelSize: Theme.bodySize
        Accessible.name: text
        Accessible.checkable: true
        Accessible.checked: checked
        onClicked: choice.settings.setStatisticsConsent(!choice.settings.statisticsConsent)

        // Drawn here rather than by the style, whose shadowed knob needs shader effects.
        indicator: Rectangle {
            x: toggle.mirrored ? toggle.leftPadding : toggle.width - width - toggle.rightPadding
            y: (toggle.height - height) / 2
            implicitWidth: 52
            implicitHeight: 32
            radius: height / 2
            color: toggle.checked ? Theme.brand : Theme.background
            border.color: toggle.checked ? Theme.brand : Theme.mutedText
            border.width: 2

            Rectangle {
                x: toggle.checked !== toggle.mirrored ? parent.width - width - 6 : 6
                anchors.verticalCenter: parent.verticalCenter
                width: toggle.checked ? 20 : 16
                height: width
                radius: width / 2
                color: toggle.checked ? Theme.textOnBrand : Theme.mutedText
            }
        }
        contentItem: Label {
            rightPadding: toggle.mirrored ? 0 : toggle.indicator.width + toggle.spacing
            leftPadding: toggle.mirrored ? toggle.indicator.width + toggle.spacing : 0
            text: toggle.text
            font: toggle.font
            wrapMode: Text.Wrap
            horizontalAlignment: Text.AlignLeft
            verticalAlignment: Text.AlignVCenter
            color: Theme.text
        }
    }
    BodyText {
        color: Theme.mutedText
        font.pixelSize: Theme.smallSize
        text: qsTr("This is off unless you turn it on. If you say yes, once a week the app sends your council a few counts, such as how many guides were opened. It never sends what you write, your name, or anything that could point to you or your phone. You can change your mind at any time.")
    }
}
