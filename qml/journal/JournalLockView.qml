import QtQuick
import CommonGround.Models

// The journal is locked with a PIN: type it to open. A forgotten PIN has a way forward, explained
// honestly on its own screen.
StartColumn {
    id: view

    required property JournalController journal

    spacing: Theme.spacing

    SectionHeading {
        large: true
        text: qsTr("Your journal is locked")
    }
    BodyText {
        text: qsTr("Type your PIN to open it.")
    }
    SecretField {
        id: pin

        label: qsTr("PIN")
        onAccepted: view.unlock()
    }
    BodyText {
        visible: view.journal.problem.length > 0
        color: Theme.urgent
        text: view.journal.problem
    }
    PrimaryButton {
        width: parent.width
        text: qsTr("Open journal")
        onClicked: view.unlock()
    }
    TextButton {
        text: qsTr("Forgotten your PIN?")
        onClicked: view.journal.showForgotPin()
    }

    function unlock() {
        const typed = pin.text;
        pin.clear();
        view.journal.unlock(typed);
    }
}
