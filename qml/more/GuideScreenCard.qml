pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls

// One screen of the conversation guide: its title, paragraphs and lists, and where its facts come
// from. A rule that must stand out sits in a red-edged box.
Frame {
    id: card

    required property string title
    required property var parts
    required property var sources
    required property bool highlight

    padding: card.highlight ? Theme.spacing : 0
    background: Rectangle {
        visible: card.highlight
        color: Qt.rgba(Theme.urgent.r, Theme.urgent.g, Theme.urgent.b, 0.06)
        radius: Theme.radius
        border.color: Theme.urgent
        border.width: 2
    }

    Column {
        width: parent.width
        spacing: Theme.smallSpacing

        SectionHeading {
            width: parent.width
            text: card.title
        }
        Repeater {
            model: card.parts

            Column {
                id: part

                required property var modelData

                width: card.availableWidth
                spacing: Theme.smallSpacing / 2

                BodyText {
                    width: part.width
                    visible: part.modelData.kind === "paragraph"
                    text: part.modelData.text
                }
                Repeater {
                    model: part.modelData.kind === "list" ? part.modelData.items : []

                    BodyText {
                        required property string modelData

                        width: part.width
                        leftPadding: Theme.spacing
                        text: "• " + modelData
                    }
                }
            }
        }
        BodyText {
            width: parent.width
            visible: card.sources.length > 0
            color: Theme.mutedText
            font.pixelSize: Theme.smallSize
            text: qsTr("Where this comes from: %1").arg(card.sources.join("; "))
        }
    }
}
