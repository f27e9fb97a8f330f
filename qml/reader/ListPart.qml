import QtQuick
import QtQuick.Controls

// A bullet list; each item wraps under its own text, not under the bullet.
Column {
    id: list

    required property SectionPartDelegate part

    width: parent ? parent.width : implicitWidth
    spacing: Theme.smallSpacing / 2

    Repeater {
        model: list.part.items

        Row {
            required property string modelData

            width: parent ? parent.width : 0
            spacing: Theme.smallSpacing

            Label {
                text: "•"
                font.pixelSize: Theme.bodySize
                color: Theme.brand
            }
            BodyText {
                width: parent.width - Theme.spacing
                text: parent.modelData
            }
        }
    }
}
