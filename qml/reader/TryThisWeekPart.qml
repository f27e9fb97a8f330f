import QtQuick

// One small thing to try. Choosing it puts it on Home as a reminder.
BlockFrame {
    id: block

    required property SectionPartDelegate part
    // "chosen" is ReaderController::chosenAnswer(): the reader turns it into a commitment on Home.
    readonly property bool chosen: part.answer === "chosen"

    label: qsTr("Try this week")

    BodyText {
        text: block.part.text
        font.bold: true
    }
    PrimaryButton {
        visible: !block.chosen
        text: qsTr("I'll try this")
        onClicked: block.part.model.answer = "chosen"
    }
    BodyText {
        visible: block.chosen
        color: Theme.mutedText
        text: qsTr("Added to your Home screen. Good luck this week.")
    }
}
