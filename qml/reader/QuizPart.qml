import QtQuick
import QtQuick.Controls

// One question with two to four answers. Picking one shows kind feedback for it.
BlockFrame {
    id: quiz

    required property SectionPartDelegate part
    readonly property int picked: part.answer.length > 0 ? Number(part.answer) : -1

    label: qsTr("Quick question")

    BodyText {
        text: quiz.part.question
        font.bold: true
    }
    QuizChoiceButton {
        choices: quiz.part.choices
        picked: quiz.picked
        choiceIndex: 0
        onChosen: index => quiz.part.model.answer = String(index)
    }
    QuizChoiceButton {
        choices: quiz.part.choices
        picked: quiz.picked
        choiceIndex: 1
        onChosen: index => quiz.part.model.answer = String(index)
    }
    QuizChoiceButton {
        choices: quiz.part.choices
        picked: quiz.picked
        choiceIndex: 2
        onChosen: index => quiz.part.model.answer = String(index)
    }
    QuizChoiceButton {
        choices: quiz.part.choices
        picked: quiz.picked
        choiceIndex: 3
        onChosen: index => quiz.part.model.answer = String(index)
    }
    BodyText {
        visible: quiz.picked >= 0 && quiz.picked < quiz.part.choices.length
        text: visible ? quiz.part.choices[quiz.picked].feedback : ""
        Accessible.role: Accessible.StaticText
    }
}
