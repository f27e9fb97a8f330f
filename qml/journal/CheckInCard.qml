import QtQuick
import CommonGround.Models

// Home's gentle nudge when a check-in is due: start it, put it off for a week, or stop these
// reminders. No streaks and no counting of missed ones; a missed check-in is simply not asked for.
InfoCard {
    id: card

    required property AppController app
    readonly property CheckInController checkIn: app.checkIn

    visible: checkIn.cardShown
    heading: checkIn.firstTime ? qsTr("Where are you starting from?") : qsTr("Time for a check-in?")
    body: checkIn.firstTime
        ? qsTr("Six quick questions, about two minutes. Later you can see how things change. Only you see your answers.")
        : qsTr("%1: six quick questions, about two minutes, to see how things have changed since you started.").arg(checkIn.dueLabel)
    actionText: qsTr("Start the check-in")
    onActionTriggered: card.app.startCheckIn()

    TextButton {
        text: qsTr("Not now")
        Accessible.description: qsTr("Asks again in a week")
        onClicked: card.checkIn.snooze()
    }
    InlineConfirm {
        actionText: qsTr("Stop these reminders")
        question: qsTr("Stop check-in reminders? You can still take one from your journal at any time, and turn reminders back on under More.")
        yesText: qsTr("Stop reminders")
        noText: qsTr("Keep them")
        onConfirmed: card.checkIn.setRemindersOn(false)
    }
}
