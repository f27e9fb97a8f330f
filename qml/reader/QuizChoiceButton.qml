import QtQuick

// One answer of a quiz; the quiz has at most four, so it places four of these.
ChoiceDelegateBase {
    id: choice

    required property var choices
    required property int choiceIndex
    required property int picked
    signal chosen(int choiceIndex)

    visible: choiceIndex < choices.length
    text: visible ? choices[choiceIndex].text : ""
    checked: picked === choiceIndex
    onClicked: choice.chosen(choice.choiceIndex)
}
