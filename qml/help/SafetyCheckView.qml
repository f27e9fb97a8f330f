pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import CommonGround.Models

// "Is it arguing, or something more?": a few questions, then what the answers mean. Any yes or
// sometimes leads to the safety route; all no leads to advice on arguing better. Nothing here
// is saved.
StartColumn {
    id: view

    required property AppController app
    readonly property SafetyCheckModel check: app.help.check

    spacing: Theme.spacing

    SectionHeading {
        large: true
        text: qsTr("Is it arguing, or something more?")
    }
    BodyText {
        text: qsTr("These questions are about your partner or ex. Your answers are not saved, and nobody else sees them.")
    }

    Repeater {
        model: view.check

        CheckQuestion {
            required property string question

            text: question
            onAnswered: (row, answer) => view.check.answer(row, answer)
        }
    }

    PrimaryButton {
        width: parent.width
        visible: !view.check.resultShown
        enabled: view.check.outcome !== SafetyCheckModel.Unfinished
        text: qsTr("What do my answers mean?")
        onClicked: view.check.showResult()
    }
    BodyText {
        visible: !view.check.resultShown && view.check.outcome === SafetyCheckModel.Unfinished
        color: Theme.mutedText
        text: qsTr("Answer each question to see what it means.")
    }

    InfoCard {
        visible: view.check.resultShown && view.check.outcome === SafetyCheckModel.MoreThanConflict
        heading: qsTr("This sounds like more than ordinary arguing")
        body: qsTr("Being afraid, hurt, watched or controlled by a partner or an ex is abuse. It is not your fault, and there are people who can help, day or night.")
        accent: Theme.urgent
        actionText: qsTr("Staying safe and who to call")
        onActionTriggered: view.app.help.showSafety()
    }
    InfoCard {
        visible: view.check.resultShown && view.check.outcome === SafetyCheckModel.EverydayConflict
        heading: qsTr("This sounds like the everyday arguing many families have")
        body: qsTr("Arguments can still be hard on you and your children. Small changes can make them calmer and help them get sorted out. If things change, or you ever feel afraid, the Safety button at the top is always there.")
        actionText: qsTr("Read: Arguing better")
        onActionTriggered: view.app.openModule("arguing-better")
    }
    TextButton {
        text: qsTr("Back to Get help")
        onClicked: view.app.help.showList()
    }
}
