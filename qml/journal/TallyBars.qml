pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// A short ranked list ("Money 4, Chores 2") with a bar for each, widest first. Each row reads as
// one sentence to a screen reader.
Column {
    id: tally

    required property var rows  // [{label, count}]
    readonly property int most: rows.length > 0 ? rows[0].count : 1

    width: parent ? parent.width : implicitWidth
    spacing: Theme.smallSpacing / 2

    Repeater {
        model: tally.rows

        ColumnLayout {
            id: tallyRow

            required property var modelData

            width: tally.width
            spacing: 2
            Accessible.role: Accessible.StaticText
            Accessible.name: qsTr("%1: %2").arg(tallyRow.modelData.label).arg(tallyRow.modelData.count)

            Label {
                Layout.fillWidth: true
                text: tallyRow.modelData.label + "  " + tallyRow.modelData.count
                font.pixelSize: Theme.smallSize
                color: Theme.text
                wrapMode: Text.Wrap
                horizontalAlignment: Text.AlignLeft
                Accessible.ignored: true
            }
            Rectangle {
                Layout.preferredWidth: Math.max(4, tally.width * tallyRow.modelData.count / Math.max(1, tally.most))
                Layout.preferredHeight: 8
                Layout.alignment: Qt.AlignLeft
                radius: 4
                color: Theme.brand
                Accessible.ignored: true
            }
        }
    }
}
