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
        // Honest about who could see it: the answer stays on this phone, but the phone may not be
        // the parent's alone.
        text: qsTr("Write here if you like. It stays on this phone and is not sent anywhere. If someone else might look at your phone, you can just think about it instead.")
    }
    TextArea {
        id: answer

        width: parent.width
        text: block.part.answer
        wrapMode: TextEdit.Wrap
        font.pixelSize: Theme.bodySize
        // Keep the keyboard from learning (and later suggesting) words from private answers.
        inputMethodHints: Qt.ImhNoPredictiveText | Qt.ImhSensitiveData
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
