import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// A guide or service to open: a small label saying what it is or why it is here, its title and
// summary. The whole card is one button, so it is easy to tap and a screen reader reads it as
// one thing.
ItemDelegate {
    id: card

    required property string title
    required property string summary
    required property var model
    property string label

    width: parent ? parent.width : implicitWidth
    padding: Theme.spacing
    Accessible.name: label + ": " + title
    Accessible.description: summary
    background: Rectangle {
        color: card.down ? Theme.divider : Theme.surface
        radius: Theme.radius
        border.color: Theme.divider
    }
    // Writing the role asks the app to open this guide or service.
    onClicked: card.model.opened = true

    contentItem: ColumnLayout {
        spacing: Theme.smallSpacing / 2

        Label {
            textFormat: Text.PlainText
            Layout.fillWidth: true
            text: card.label
            font.pixelSize: Theme.smallSize
            font.bold: true
            color: Theme.brand
            horizontalAlignment: Text.AlignLeft
            wrapMode: Text.Wrap
        }
        SectionHeading {
            Layout.fillWidth: true
            text: card.title
        }
        BodyText {
            Layout.fillWidth: true
            color: Theme.mutedText
            text: card.summary
        }
    }
}
