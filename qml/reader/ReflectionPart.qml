import QtQuick
import QtQuick.Controls

// A question answered in the parent's own words, kept only on this phone. Saved as they type
// (after a short pause), so nothing is lost if the app closes.
BlockFrame {
    id: block

    required property SectionPartDelegate part

    label: qsTr("Think about it")

    BodyText {
        text: block.part.prompt
        font.bold: true
    }
    BodyText {
        color: Theme.mutedText
        font.pixelSize: Theme.smallSize
        text: qsTr("Write here if you like. Only you can see this.")
    }
    TextArea {
        id: answer

        width: parent.width
        text: block.part.answer
        wrapMode: TextEdit.Wrap
        font.pixelSize: Theme.bodySize
        Accessible.name: block.part.prompt
        onTextChanged: pause.restart()
        onEditingFinished: block.save()
    }
    Timer {
        id: pause

        interval: 600
        onTriggered: block.save()
    }

    function save() {
        pause.stop();
        if (answer.text !== block.part.answer)
            block.part.model.answer = answer.text;
    }
}
