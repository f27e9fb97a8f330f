import QtQuick
import CommonGround.Models

// Choosing a PIN, with the one hard truth said before, not after: a forgotten PIN cannot be
// recovered by anyone.
StartColumn {
    id: view

    required property JournalController journal

    spacing: Theme.spacing

    SectionHeading {
        large: true
        text: qsTr("Lock your journal with a PIN")
    }
    BodyText {
        text: qsTr("Choose 4 to 8 numbers. Pick something other people would not guess, and not the PIN you use to unlock your phone.")
    }
    InfoCard {
        heading: qsTr("Please remember it")
        body: qsTr("If you forget your PIN, nobody can open your journal again, not even us. That is what keeps it private. You would have to start your journal again, empty.")
    }
    SecretField {
        id: first

        label: qsTr("New PIN")
    }
    SecretField {
        id: again

        label: qsTr("The same PIN again")
        onAccepted: view.choose()
    }
    BodyText {
        visible: view.journal.problem.length > 0
        color: Theme.urgent
        text: view.journal.problem
    }
    PrimaryButton {
        width: parent.width
        text: qsTr("Set PIN")
        onClicked: view.choose()
    }
    TextButton {
        text: qsTr("Cancel")
        onClicked: view.journal.showList()
    }

    function choose() {
        if (view.journal.choosePin(first.text, again.text)) {
            first.clear();
            again.clear();
        }
    }
}
