import QtQuick
import QtQuick.Layouts
import CommonGround.Models

// Writing or changing an entry. Taps first and typing last, every question optional, so an
// argument can be noted in under a minute with one thumb. Save stays at the bottom of the screen.
Column {
    id: form

    required property JournalController journal
    readonly property JournalDraft draft: journal.draft
    property bool choosingWhen: false

    spacing: Theme.smallSpacing

    Connections {
        target: form.draft
        function onReset() {
            form.choosingWhen = false;
            deleteEntry.asking = false;
        }
    }

    BodyText {
        text: form.draft.goodDay
            ? qsTr("Something went well? Note it here. Good days are part of the picture too.")
            : qsTr("Tap what fits and skip the rest. Only you can see this.")
    }
    BodyText {
        visible: form.journal.problem.length > 0
        color: Theme.urgent
        text: form.journal.problem
    }

    // Usually "now", so the day and time choices stay folded away until asked for.
    QuestionLabel { text: qsTr("When?") }
    RowLayout {
        width: parent.width
        visible: !form.choosingWhen

        BodyText {
            Layout.fillWidth: true
            text: form.draft.whenText
        }
        TextButton {
            text: qsTr("Change")
            Accessible.name: qsTr("Change when it happened")
            onClicked: form.choosingWhen = true
        }
    }
    ChipFlow {
        visible: form.choosingWhen
        chips: form.draft.days
        question: qsTr("Which day?")
    }
    ChipFlow {
        visible: form.choosingWhen
        chips: form.draft.timesOfDay
        question: qsTr("What time of day?")
    }

    QuestionLabel { text: qsTr("Who with?") }
    ChipFlow {
        chips: form.draft.people
        question: qsTr("Who with?")
    }

    QuestionLabel {
        visible: !form.draft.goodDay
        text: qsTr("How did it happen?")
    }
    ChipFlow {
        visible: !form.draft.goodDay
        chips: form.draft.channels
        question: qsTr("How did it happen?")
    }

    QuestionLabel { text: form.draft.goodDay ? qsTr("What was it about?") : qsTr("What was it about? (Pick any)") }
    ChipFlow {
        chips: form.draft.topics
        question: qsTr("What was it about?")
    }

    QuestionLabel {
        visible: !form.draft.goodDay
        text: qsTr("How heated did it get?")
    }
    HeatPicker {
        visible: !form.draft.goodDay
        draft: form.draft
    }

    QuestionLabel {
        visible: !form.draft.goodDay
        text: qsTr("What happened? (Pick any)")
    }
    ChipFlow {
        visible: !form.draft.goodDay
        chips: form.draft.happenings
        question: qsTr("What happened?")
    }

    QuestionLabel {
        visible: !form.draft.goodDay
        text: qsTr("The children")
    }
    TickRow {
        visible: !form.draft.goodDay
        text: qsTr("They were there")
        checked: form.draft.childrenThere
        onClicked: form.draft.childrenThere = !form.draft.childrenThere
    }
    TickRow {
        visible: !form.draft.goodDay
        text: qsTr("They saw some of it")
        checked: form.draft.childrenSaw
        onClicked: form.draft.childrenSaw = !form.draft.childrenSaw
    }
    TickRow {
        visible: !form.draft.goodDay
        text: qsTr("They heard some of it")
        checked: form.draft.childrenHeard
        onClicked: form.draft.childrenHeard = !form.draft.childrenHeard
    }
    PrivateTextField {
        visible: !form.draft.goodDay && (form.draft.childrenThere || form.draft.childrenSaw || form.draft.childrenHeard)
        label: qsTr("How did they seem?")
        text: form.draft.childrenSeemed
        onTextChanged: form.draft.childrenSeemed = text
    }

    QuestionLabel {
        visible: !form.draft.goodDay
        text: qsTr("How did it end?")
    }
    ChipFlow {
        visible: !form.draft.goodDay
        chips: form.draft.endings
        question: qsTr("How did it end?")
    }

    QuestionLabel { text: qsTr("In your own words (if you like)") }
    PrivateTextField {
        visible: !form.draft.goodDay
        label: qsTr("How do you feel now?")
        text: form.draft.feelingNow
        onTextChanged: form.draft.feelingNow = text
    }
    PrivateTextField {
        label: form.draft.goodDay ? qsTr("What helped it go well?") : qsTr("What helped, even a little?")
        text: form.draft.helped
        onTextChanged: form.draft.helped = text
    }
    PrivateTextField {
        label: form.draft.goodDay ? qsTr("What happened?") : qsTr("Anything else to note")
        text: form.draft.note
        onTextChanged: form.draft.note = text
    }

    InlineConfirm {
        id: deleteEntry

        visible: form.draft.editing
        actionText: qsTr("Delete this entry")
        question: qsTr("Delete this entry? It will be gone for good.")
        yesText: qsTr("Yes, delete it")
        accent: Theme.urgent
        onConfirmed: form.journal.removeEditing()
    }
}
