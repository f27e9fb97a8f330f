pragma ComponentBehavior: Bound
import QtQuick
import CommonGround.Models

// The parent's own change since their first check-in, a measure at a time: a sentence, the bars
// and the answers in words.
StartColumn {
    id: view

    required property CheckInController checkIn
    required property AppController app
    readonly property CheckInProgressModel progress: checkIn.progress

    spacing: Theme.spacing

    BodyText {
        text: qsTr("How your answers have changed since your first check-in. Taller bars mean things went better. Only you can see this.")
    }
    InfoCard {
        visible: view.progress.checkInCount === 0
        heading: qsTr("Nothing to show yet")
        body: qsTr("Take your first check-in. It is your starting point, and later ones show how things change.")
        actionText: qsTr("Take a check-in")
        onActionTriggered: view.app.startCheckIn()
    }
    BodyText {
        visible: view.progress.checkInCount === 1
        color: Theme.mutedText
        text: view.checkIn.nextDue.length > 0
            ? qsTr("This is your starting point. Your next check-in is due around %1.").arg(view.checkIn.nextDue)
            : qsTr("This is your starting point. Your next check-in will show how things change.")
    }

    Repeater {
        model: view.progress.checkInCount > 0 ? view.progress.measures : []

        Column {
            id: measure

            required property var modelData

            width: view.width
            spacing: Theme.smallSpacing

            SectionHeading {
                text: measure.modelData.measure
            }
            BodyText {
                font.bold: true
                text: measure.modelData.summary
            }
            ProgressBars {
                width: parent.width
                visible: measure.modelData.bars.length > 0
                bars: measure.modelData.bars
                description: measure.modelData.answersText
            }
            BodyText {
                visible: measure.modelData.answersText.length > 0
                color: Theme.mutedText
                font.pixelSize: Theme.smallSize
                text: measure.modelData.answersText
                Accessible.ignored: true
            }
        }
    }

    InfoCard {
        visible: view.progress.checkInCount > 0
        heading: qsTr("Ups and downs are normal")
        body: qsTr("Most families have good weeks and hard weeks. If something has got harder, you do not have to manage it alone.")
        actionText: qsTr("Find help near you")
        onActionTriggered: view.app.openHelp()
    }
    TextButton {
        visible: view.progress.checkInCount > 0
        text: qsTr("Take a check-in now")
        onClicked: view.app.startCheckIn()
    }
}
