import QtQuick
import CommonGround.Models

// A forgotten PIN: said plainly that nobody can get it back, and the one way forward, which
// deletes the journal. Asked twice, because it cannot be undone.
Column {
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
    PrimaryButton {
        width: parent.width
        fill: Theme.urgent
        text: qsTr("Delete my journal and start again")
        onClicked: confirm.open()
    }
    TextButton {
        text: qsTr("I remember it now")
        onClicked: view.journal.showList()
    }

    ConfirmDialog {
        id: confirm

        title: qsTr("Delete your journal?")
        message: qsTr("Every entry, and what you wrote in guides, will be gone for good. This cannot be undone.")
        onAccepted: view.journal.startAgain()
    }
}
