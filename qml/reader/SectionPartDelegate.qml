import QtQuick

// One piece of a section (paragraph, list or block), shown by the file for its kind. The pieces
// get this delegate as `part`, to read its roles and to write the parent's answer.
Loader {
    id: holder

    required property int index
    required property string kind
    required property string text
    required property list<string> items
    required property string blockId
    required property string prompt
    required property string question
    required property var choices
    required property string title
    required property string answer
    required property var ticked  // list of bool; "var" so a missing entry reads as undefined, not an error
    // The row itself: writing model.answer saves the parent's answer.
    required property var model

    width: parent ? parent.width : 0

    Component.onCompleted: {
        const files = {
            "paragraph": "ParagraphPart.qml",
            "list": "ListPart.qml",
            "reflection": "ReflectionPart.qml",
            "quiz": "QuizPart.qml",
            "try-this-week": "TryThisWeekPart.qml",
            "checklist": "ChecklistPart.qml",
            "together": "TogetherPart.qml"
        };
        holder.setSource(Qt.resolvedUrl(files[holder.kind]), { "part": holder });
    }
}
