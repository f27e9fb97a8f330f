import QtQuick
import QtQuick.Controls

// Items the parent can tick. The answer is the ticked item numbers, such as "0,2".
BlockFrame {
    id: block

    required property SectionPartDelegate part
    readonly property var ticked: part.answer.length > 0 ? part.answer.split(",").map(Number) : []

    label: qsTr("Checklist")

    function toggle(item) {
        const next = block.ticked.filter(n => n !== item);
        if (next.length === block.ticked.length)
            next.push(item);
        next.sort((a, b) => a - b);
        block.part.model.answer = next.join(",");
    }

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
            checked: block.ticked.indexOf(index) >= 0
            onClicked: block.toggle(index)
            // qmllint enable unqualified
        }
    }
}
