pragma ComponentBehavior: Bound
import QtQuick
import CommonGround.Models

// How heated it got, from 1 (calm) to 5 (very heated): five big buttons and the words for the
// one picked. Tapping the picked one again clears it.
Column {
    id: picker

    required property JournalDraft draft

    width: parent ? parent.width : implicitWidth
    spacing: Theme.smallSpacing / 2

    Row {
        spacing: Theme.smallSpacing

        Repeater {
            model: 5

            TopicChip {
                id: step

                required property int index
                readonly property int level: index + 1

                width: Math.max(Theme.touchTarget, (picker.width - 4 * Theme.smallSpacing) / 5)
                text: step.level
                selected: picker.draft.heat === step.level
                Accessible.name: qsTr("%1 out of 5").arg(step.level)
                onClicked: picker.draft.heat = step.selected ? 0 : step.level
            }
        }
    }
    BodyText {
        color: Theme.mutedText
        font.pixelSize: Theme.smallSize
        text: picker.draft.heat > 0 ? picker.draft.heatLabel : qsTr("1 is calm, 5 is very heated")
    }
}
