pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls

// Arguments and good days each week as pairs of bars, oldest week first. A screen reader reads
// `description`, the same numbers in words.
Column {
    id: chart

    required property var bars  // [{label, arguments, goodDays}]
    required property int most
    required property string description
    readonly property real groupWidth: width / Math.max(1, bars.length)
    readonly property real barWidth: Math.max(3, Math.min(24, groupWidth / 2 - 4))
    readonly property real plotHeight: 120
    // With many weeks, only some dates fit under the bars.
    readonly property int labelEvery: Math.ceil(bars.length * 48 * Theme.fontScale / Math.max(1, width))

    width: parent ? parent.width : implicitWidth
    spacing: Theme.smallSpacing / 2
    Accessible.role: Accessible.Chart
    Accessible.name: description

    Label {
        text: qsTr("Most in one week: %1").arg(chart.most)
        font.pixelSize: Theme.smallSize
        color: Theme.mutedText
        Accessible.ignored: true
    }
    Row {
        height: chart.plotHeight
        Accessible.ignored: true

        Repeater {
            model: chart.bars

            Item {
                id: week

                required property var modelData

                width: chart.groupWidth
                height: chart.plotHeight

                Row {
                    anchors.bottom: parent.bottom
                    anchors.horizontalCenter: parent.horizontalCenter
                    spacing: 2

                    Rectangle {
                        anchors.bottom: parent.bottom
                        width: chart.barWidth
                        height: Math.max(2, chart.plotHeight * week.modelData.arguments / Math.max(1, chart.most))
                        color: week.modelData.arguments > 0 ? Theme.brand : Theme.divider
                    }
                    Rectangle {
                        anchors.bottom: parent.bottom
                        width: chart.barWidth
                        height: Math.max(2, chart.plotHeight * week.modelData.goodDays / Math.max(1, chart.most))
                        color: week.modelData.goodDays > 0 ? Theme.goodDay : Theme.divider
                    }
                }
            }
        }
    }
    Rectangle {
        width: parent.width
        height: 1
        color: Theme.text
    }
    Row {
        Accessible.ignored: true

        Repeater {
            model: chart.bars

            Label {
                id: weekLabel

                required property var modelData
                required property int index

                width: chart.groupWidth
                text: (chart.bars.length - 1 - weekLabel.index) % chart.labelEvery === 0 ? weekLabel.modelData.label : ""
                font.pixelSize: Theme.smallSize
                color: Theme.mutedText
                horizontalAlignment: Text.AlignHCenter
                elide: Text.ElideNone
            }
        }
    }
    Row {
        spacing: Theme.spacing
        Accessible.ignored: true

        Row {
            spacing: Theme.smallSpacing / 2
            Rectangle { width: 14; height: 14; color: Theme.brand; anchors.verticalCenter: parent.verticalCenter }
            Label { text: qsTr("Arguments"); font.pixelSize: Theme.smallSize; color: Theme.text }
        }
        Row {
            spacing: Theme.smallSpacing / 2
            Rectangle { width: 14; height: 14; color: Theme.goodDay; anchors.verticalCenter: parent.verticalCenter }
            Label { text: qsTr("Good days"); font.pixelSize: Theme.smallSize; color: Theme.text }
        }
    }
}
