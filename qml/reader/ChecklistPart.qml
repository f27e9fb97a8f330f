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

        CheckDelegate {
            id: row

            required property string modelData
            required property int index

            width: parent ? parent.width : implicitWidth
            text: modelData
            font.pixelSize: Theme.bodySize
            checkable: false
            contentItem: Label {
                leftPadding: row.mirrored ? row.indicator.width + row.spacing : 0
                rightPadding: row.mirrored ? 0 : row.indicator.width + row.spacing
                text: row.text
                font: row.font
                wrapMode: Text.Wrap
                horizontalAlignment: Text.AlignLeft
                verticalAlignment: Text.AlignVCenter
                color: Theme.text
            }
            // qmllint disable unqualified
            checked: block.ticked.indexOf(index) >= 0
            onClicked: block.toggle(index)
            // qmllint enable unqualified
            Accessible.name: text
        }
    }
}
