import QtQuick
import CommonGround.Models

// A list of single choices (area, family situation). The model says which one is selected and
// saves a new choice when a row's `selected` is set, so nothing is decided here.
Column {
    id: list

    required property ChoiceListModel choices

    Repeater {
        model: list.choices

        ChoiceDelegate {}
    }
}
