import QtQuick

// An exercise for both parents, only offered where it is safe to do together.
BlockFrame {
    id: block

    required property SectionPartDelegate part

    label: qsTr("Try this together")

    BodyText {
        text: block.part.title
        font.bold: true
    }
    BodyText {
        text: block.part.text
    }
    BodyText {
        color: Theme.mutedText
        font.pixelSize: Theme.smallSize
        text: qsTr("Only do this if you both feel safe. If you feel afraid of the other person, skip it.")
    }
}
