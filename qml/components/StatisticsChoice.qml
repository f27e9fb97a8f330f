pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import CommonGround.Models

// The yes/no for anonymous usage counts, with exactly what it means. Off until the parent
// turns it on.
Column {
    id: choice

    required property SettingsController settings
    required property MetricListModel metrics
    // The full list of counts folds open under the words, so it can be read before saying yes.
    property bool listShown: false

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
        text: qsTr("This is off unless you turn it on. If you say yes, once a week the app sends your council a few numbers about that week: for example, which guides were opened and what kinds of help were looked at. It also says which area you chose and the app's version. It never sends what you write, your answers, your name, the time of day, or anything that could point to you or your phone. If you turn this off, anything not yet sent is deleted.")
    }
    TextButton {
        objectName: "everyCountButton"
        // Wraps rather than running off a narrow screen in a long language.
        width: Math.min(implicitWidth, choice.width)
        text: choice.listShown ? qsTr("Hide the list of counts") : qsTr("See every count the app could send")
        onClicked: choice.listShown = !choice.listShown
    }
    Repeater {
        model: choice.listShown ? choice.metrics : null

        delegate: Column {
            id: countRow

            required property string title
            required property string description
            required property string why

            width: choice.width
            spacing: 2

            BodyText {
                text: countRow.title
                font.bold: true
            }
            BodyText {
                text: countRow.description
                font.pixelSize: Theme.smallSize
            }
            BodyText {
                text: qsTr("Why: %1").arg(countRow.why)
                font.pixelSize: Theme.smallSize
                color: Theme.mutedText
            }
        }
    }
}
