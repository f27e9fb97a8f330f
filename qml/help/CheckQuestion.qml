pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import CommonGround.Models

// One question of the safety check with its three answers as chips.
Column {
    id: question

    required property int index
    required property string text
    required property int answer
    signal answered(int row, int answer)

    width: parent ? parent.width : implicitWidth
    spacing: Theme.smallSpacing / 2
    Accessible.role: Accessible.Grouping
    Accessible.name: question.text

    QuestionLabel {
        text: question.text
    }
    Flow {
        width: parent.width
        spacing: Theme.smallSpacing

        Repeater {
            model: [
                { label: qsTr("Yes"), value: SafetyCheckModel.Yes },
                { label: qsTr("Sometimes"), value: SafetyCheckModel.Sometimes },
                { label: qsTr("No"), value: SafetyCheckModel.No }
            ]

            TopicChip {
                id: chip

                required property var modelData

                text: chip.modelData.label
                selected: question.answer === chip.modelData.value
                onClicked: question.answered(question.index, chip.modelData.value)
            }
        }
    }
}
