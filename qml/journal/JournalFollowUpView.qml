import QtQuick
import QtQuick.Layouts
import CommonGround.Models

// After things were thrown or broken: one gentle question, never an assumption.
StartColumn {
    id: view

    required property JournalController journal

    spacing: Theme.spacing

    SectionHeading {
        text: qsTr("Your entry is saved")
    }
    BodyText {
        text: qsTr("You noted that things were thrown or broken. Can we ask one more thing?")
    }
    BodyText {
        font.bold: true
        text: qsTr("Did it make you feel afraid, or worried about your safety or the children's?")
    }
    BodyText {
        color: Theme.mutedText
        text: qsTr("There is no wrong answer. It helps us show you the right support.")
    }
    ColumnLayout {
        width: parent.width
        spacing: Theme.smallSpacing

        PrimaryButton {
            Layout.fillWidth: true
            text: qsTr("Yes, I felt afraid or worried")
            onClicked: view.journal.answerFollowUp(true)
        }
        PrimaryButton {
            Layout.fillWidth: true
            text: qsTr("No")
            onClicked: view.journal.answerFollowUp(false)
        }
    }
}
