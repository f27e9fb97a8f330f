pragma ComponentBehavior: Bound
import QtQuick
import CommonGround.Models

// A check-in, one question at a time: tapping an answer moves on, so six taps take well under
// two minutes. After the last one the answers are saved and a short thank-you follows.
StartColumn {
    id: view

    required property CheckInController checkIn
    required property JournalController journal

    spacing: Theme.spacing

    BodyText {
        visible: !view.checkIn.finished && view.checkIn.questionIndex === 0
        color: Theme.mutedText
        text: view.checkIn.intro
    }
    BodyText {
        visible: !view.checkIn.finished
        color: Theme.mutedText
        text: qsTr("Question %1 of %2").arg(view.checkIn.questionIndex + 1).arg(view.checkIn.questionCount)
    }
    QuestionLabel {
        visible: !view.checkIn.finished
        text: view.checkIn.question
    }
    Column {
        width: parent.width
        visible: !view.checkIn.finished

        Repeater {
            model: view.checkIn.answers

            ChoiceDelegateBase {
                id: answer

                required property string modelData
                required property int index

                width: view.width
                text: answer.modelData
                checked: answer.index === view.checkIn.chosen
                onClicked: view.checkIn.choose(answer.index)
            }
        }
    }
    BodyText {
        visible: view.checkIn.problem.length > 0
        color: Theme.urgent
        text: view.checkIn.problem
    }
    Flow {
        width: parent.width
        visible: !view.checkIn.finished
        spacing: Theme.spacing

        TextButton {
            visible: view.checkIn.questionIndex > 0
            text: qsTr("Back")
            onClicked: view.checkIn.back()
        }
        TextButton {
            text: qsTr("Skip this one")
            onClicked: view.checkIn.skip()
        }
    }

    InfoCard {
        visible: view.checkIn.finished
        heading: qsTr("Thank you")
        body: qsTr("Your answers are saved on this phone. Only you can see them.")
        actionText: qsTr("See your progress")
        onActionTriggered: view.journal.showProgress()
    }
    BodyText {
        visible: view.checkIn.finished && view.checkIn.nextDue.length > 0
        color: Theme.mutedText
        text: view.checkIn.remindersOn
            ? qsTr("Your next check-in is around %1. Home will remind you.").arg(view.checkIn.nextDue)
            : qsTr("Your next check-in is around %1.").arg(view.checkIn.nextDue)
    }
    TextButton {
        visible: view.checkIn.finished
        text: qsTr("Back to your journal")
        onClicked: view.journal.showList()
    }
}
