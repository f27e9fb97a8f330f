import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// One guide on Learn: what it is, how long it takes, and how far the parent has got.
Frame {
    id: card

    required property string moduleId
    required property string title
    required property string summary
    required property int minutes
    required property int sectionCount
    required property int sectionsRead
    required property bool started
    required property bool completed
    required property var model

    width: parent ? parent.width : implicitWidth
    padding: Theme.spacing
    background: Rectangle {
        color: Theme.surface
        radius: Theme.radius
        border.color: Theme.divider
    }

    ColumnLayout {
        width: parent.width
        spacing: Theme.smallSpacing

        SectionHeading {
            Layout.fillWidth: true
            text: card.title
        }
        BodyText {
            Layout.fillWidth: true
            color: Theme.mutedText
            text: card.summary
        }
        BodyText {
            Layout.fillWidth: true
            font.pixelSize: Theme.smallSize
            color: Theme.mutedText
            // Every guide takes 3 minutes or more, so "minutes" is always plural.
            text: card.completed ? qsTr("Done · about %1 minutes").arg(card.minutes)
                : card.started ? qsTr("%1 of %2 parts read").arg(card.sectionsRead).arg(card.sectionCount)
                : qsTr("About %1 minutes").arg(card.minutes)
        }
        ProgressBar {
            Layout.fillWidth: true
            visible: card.started
            from: 0
            to: card.sectionCount
            value: card.sectionsRead
            Accessible.name: qsTr("Progress")
        }
        PrimaryButton {
            text: card.completed ? qsTr("Read again") : card.started ? qsTr("Carry on") : qsTr("Start")
            Accessible.name: text + ": " + card.title
            // Writing the role asks the app to open this guide in the reader.
            onClicked: card.model.opened = true
        }
    }
}
