pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls

// One measure's answers as bars, oldest first: the taller, the better. An answer with nothing to
// measure ("we did not disagree") shows as an empty slot. A screen reader reads `description`,
// the same answers in words, which also show under the chart.
Column {
    id: chart

    required property var bars  // [{fraction, label, scored}]
    required property string description
    readonly property real slotWidth: Math.min(64 * Math.max(1, Theme.fontScale), width / Math.max(1, bars.length))
    readonly property real plotHeight: 72
    // With many check-ins or large text, only some dates fit under the bars.
    readonly property int labelEvery: Math.ceil(bars.length * 44 * Theme.fontScale / Math.max(1, width))

    width: parent ? parent.width : implicitWidth
    spacing: Theme.smallSpacing / 2
    Accessible.role: Accessible.Chart
    Accessible.name: description

    // Full width, so that right to left the bars start from the right like the words.
    Row {
        width: chart.width
        height: chart.plotHeight
        Accessible.ignored: true

        Repeater {
            model: chart.bars

            Item {
                id: slot

                required property var modelData

                width: chart.slotWidth
                height: chart.plotHeight

                Rectangle {
                    anchors.bottom: parent.bottom
                    anchors.horizontalCenter: parent.horizontalCenter
                    width: Math.max(6, chart.slotWidth - 16)
                    height: slot.modelData.scored ? chart.plotHeight * slot.modelData.fraction : 2
                    radius: 3
                    color: slot.modelData.scored ? Theme.brand : Theme.divider
                }
            }
        }
    }
    Rectangle {
        width: chart.width
        height: 1
        color: Theme.text
    }
    Row {
        width: chart.width
        Accessible.ignored: true

        Repeater {
            model: chart.bars

            Label {
                id: dateLabel

                required property var modelData
                required property int index

                width: chart.slotWidth
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.Wrap
                textFormat: Text.PlainText
                text: dateLabel.index % chart.labelEvery === 0 ? dateLabel.modelData.label : ""
                font.pixelSize: Theme.smallSize
                color: Theme.mutedText
            }
        }
    }
}
