pragma ComponentBehavior: Bound
import QtQuick
import CommonGround.Models

// The journal's front page: what it is for, a message after saving, patterns, and every entry
// newest first. Tapping an entry opens it to change or delete.
StartColumn {
    id: view

    required property JournalController journal
    required property AppController app

    spacing: Theme.spacing

    BodyText {
        text: qsTr("A private place to note arguments and good days, so you can spot patterns over time.")
    }
    BodyText {
        visible: view.journal.message.length > 0
        color: Theme.brand
        font.bold: true
        text: view.journal.message
    }
    BodyText {
        visible: view.journal.problem.length > 0
        color: Theme.urgent
        text: view.journal.problem
    }
    BodyText {
        visible: view.journal.damagedCount > 0
        color: Theme.urgent
        text: qsTr("Some entries (%1) could not be opened. They have been kept, not deleted.").arg(view.journal.damagedCount)
    }

    InfoCard {
        visible: view.journal.open && view.journal.entries.count > 0
        heading: qsTr("Patterns")
        body: qsTr("See how things have been going over the last few weeks.")
        actionText: qsTr("See patterns")
        onActionTriggered: view.journal.showTrends()
    }

    InfoCard {
        visible: view.journal.open
        heading: qsTr("How are things going?")
        body: view.app.checkIn.firstTime
            ? qsTr("Six quick questions, about two minutes. Your answers are your starting point, so you can see how things change.")
            : qsTr("See how your answers have changed since your first check-in, or take one now.")
        actionText: view.app.checkIn.firstTime ? qsTr("Take a check-in") : qsTr("See your progress")
        onActionTriggered: view.app.checkIn.firstTime ? view.app.startCheckIn() : view.app.showProgress()
    }

    InfoCard {
        visible: view.journal.open && view.journal.entries.count === 0
        heading: qsTr("Nothing here yet")
        body: qsTr("After an argument, or a day that went well, tap a button below. It takes less than a minute, and you can skip any question.")
    }

    SectionHeading {
        visible: view.journal.entries.count > 0
        text: qsTr("Your entries")
    }
    Repeater {
        model: view.journal.entries

        JournalEntryRow {
            id: entryRow

            onClicked: view.journal.edit(entryRow.entryId)
        }
    }

    SectionHeading {
        visible: view.journal.open
        text: qsTr("Keeping it private")
    }
    BodyText {
        visible: view.journal.open
        color: Theme.mutedText
        text: view.journal.hasPin
            ? qsTr("Your journal is locked with a PIN. It locks by itself after 5 minutes without a tap, and straight away when you use quick exit.")
            : qsTr("What you write is kept scrambled on this phone and never sent anywhere. Anyone who can open the app can read it. A PIN stops that.")
    }
    TextButton {
        visible: view.journal.open
        text: qsTr("Share, back up or restore")
        onClicked: view.journal.showExport()
    }
    TextButton {
        visible: view.journal.open && !view.journal.hasPin
        text: qsTr("Lock with a PIN")
        onClicked: view.journal.showPinSetup()
    }
    InlineConfirm {
        visible: view.journal.open && view.journal.hasPin
        actionText: qsTr("Stop using a PIN")
        question: qsTr("Type your PIN to stop using it. After that, anyone who can open the app can read your journal.")
        yesText: qsTr("Stop using the PIN")
        noText: qsTr("Keep the PIN")
        onConfirmed: view.journal.removePin(currentPin.text)

        SecretField {
            id: currentPin

            label: qsTr("Your PIN")
        }
    }
}
