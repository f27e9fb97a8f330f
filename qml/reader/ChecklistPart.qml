import QtQuick
import QtQuick.Controls

// Items the parent can tick; the reader keeps which ones.
BlockFrame {
    id: block

    required property SectionPartDelegate part

    label: qsTr("Checklist")

    BodyText {
        text: block.part.title
        font.bold: true
    }
    Repeater {
        model: block.part.items

        TickRow {
            required property string modelData
            required property int index

            text: modelData
            // qmllint disable unqualified
            checked: block.part.ticked[index] === true
            // Writing the item's number ticks or unticks it, and saves.
            onClicked: block.part.model.toggledItem = index
            // qmllint enable unqualified
        }
    }
}
