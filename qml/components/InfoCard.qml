import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// A card with a heading and a few lines of text, an optional action button, and anything else
// placed inside it (shown under the button).
Frame {
    id: card

    property string heading
    property string body
    property string actionText
    property string actionAccessibleName: actionText
    property color accent: Theme.brand
    // Further buttons or words, under the action.
    default property alias details: details.data
    signal actionTriggered

    width: parent ? parent.width : implicitWidth
    padding: Theme.spacing
    background: Rectangle {
        color: Theme.surface
        radius: Theme.radius
        border.color: Theme.divider

        Rectangle {
            width: 6
            height: parent.height - 2 * Theme.radius
            anchors.verticalCenter: parent.verticalCenter
            anchors.left: parent.left
            color: card.accent
            radius: 3
        }
    }

    ColumnLayout {
        width: parent.width
        spacing: Theme.smallSpacing

        Label {
            textFormat: Text.PlainText
            Layout.fillWidth: true
            text: card.heading
            visible: text.length > 0
            wrapMode: Text.Wrap
            horizontalAlignment: Text.AlignLeft
            font.pixelSize: Theme.titleSize
            font.bold: true
            color: Theme.text
            Accessible.role: Accessible.Heading
        }
        Label {
            textFormat: Text.PlainText
            Layout.fillWidth: true
            text: card.body
            visible: text.length > 0
            wrapMode: Text.Wrap
            horizontalAlignment: Text.AlignLeft
            font.pixelSize: Theme.bodySize
            color: Theme.mutedText
            lineHeight: 1.2
        }
        PrimaryButton {
            Layout.topMargin: Theme.smallSpacing
            Layout.maximumWidth: parent.width
            visible: card.actionText.length > 0
            text: card.actionText
            fill: card.accent
            Accessible.name: card.actionAccessibleName
            onClicked: card.actionTriggered()
        }
        StartColumn {
            id: details

            Layout.fillWidth: true
            visible: children.length > 0
            spacing: Theme.smallSpacing
        }
    }
}
