import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// One entry in the journal's list: when, what kind, and a short summary. The whole row opens it.
ItemDelegate {
    id: row

    required property string entryId
    required property bool goodDay
    required property string dateText
    required property string title
    required property string detail
    required property string note

    width: parent ? parent.width : implicitWidth
    padding: Theme.spacing
    Accessible.name: row.title + ". " + row.dateText + (row.detail.length > 0 ? ". " + row.detail : "")
        + (row.note.length > 0 ? ". " + row.note : "")

    background: Rectangle {
        color: Theme.surface
        radius: Theme.radius
        border.color: Theme.divider

        Rectangle {
            width: 6
            height: parent.height - 2 * Theme.radius
            anchors.verticalCenter: parent.verticalCenter
            anchors.left: parent.left
            radius: 3
            color: row.goodDay ? Theme.goodDay : Theme.brand
        }
    }

    contentItem: ColumnLayout {
        spacing: 2

        Label {
            textFormat: Text.PlainText
            Layout.fillWidth: true
            text: row.dateText
            font.pixelSize: Theme.smallSize
            color: Theme.mutedText
            wrapMode: Text.Wrap
            horizontalAlignment: Text.AlignLeft
        }
        Label {
            textFormat: Text.PlainText
            Layout.fillWidth: true
            text: row.title
            font.pixelSize: Theme.bodySize
            font.bold: true
            color: Theme.text
            wrapMode: Text.Wrap
            horizontalAlignment: Text.AlignLeft
        }
        Label {
            textFormat: Text.PlainText
            Layout.fillWidth: true
            visible: text.length > 0
            text: row.detail
            font.pixelSize: Theme.smallSize
            color: Theme.mutedText
            wrapMode: Text.Wrap
            horizontalAlignment: Text.AlignLeft
        }
        Label {
            textFormat: Text.PlainText
            Layout.fillWidth: true
            visible: text.length > 0
            text: row.note
            font.pixelSize: Theme.smallSize
            color: Theme.text
            wrapMode: Text.Wrap
            horizontalAlignment: Text.AlignLeft
        }
    }
}
