import QtQuick
import CommonGround.Models

// A forgotten PIN: said plainly that nobody can get it back, and the one way forward, which
// deletes the journal. Asked twice, because it cannot be undone.
StartColumn {
    id: view

    required property JournalController journal

    spacing: Theme.spacing

    SectionHeading {
        large: true
        text: qsTr("Forgotten your PIN?")
    }
    BodyText {
        text: qsTr("We are sorry, but nobody can get your PIN back, not even us. Your journal is locked so that only the PIN can open it.")
    }
    BodyText {
        text: qsTr("If you cannot remember it, you can start your journal again. This deletes every entry, and what you wrote in guides, for good. How far you got in each guide and your settings stay as they are.")
    }
    BodyText {
        visible: view.journal.problem.length > 0
        color: Theme.urgent
        text: view.journal.problem
    }
    InlineConfirm {
        actionText: qsTr("Delete my journal and start again")
        question: qsTr("Delete your journal? Every entry, and what you wrote in guides, will be gone for good. This cannot be undone.")
        yesText: qsTr("Yes, delete and start again")
        accent: Theme.urgent
        onConfirmed: view.journal.startAgain()
    }
    TextButton {
        text: qsTr("I remember it now")
        onClicked: view.journal.showList()
    }
}
