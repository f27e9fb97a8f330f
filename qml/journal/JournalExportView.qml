import QtQuick
import QtQuick.Dialogs
import CommonGround.Models

// Taking the journal off the phone, only on purpose: a warning first, then a summary or every
// entry to share with a worker, and a passphrase-protected backup for a new phone.
StartColumn {
    id: view

    required property JournalController journal
    required property JournalExport exporter
    // What the file dialog is choosing a file for.
    property string saving

    spacing: Theme.spacing

    TextButton {
        text: qsTr("Back to journal")
        onClicked: {
            view.exporter.clearMessage();
            view.journal.showList();
        }
    }
    InfoCard {
        heading: qsTr("Before you share")
        body: qsTr("A file saved here is not locked with your PIN. Anyone who gets it can read it. Think about who else uses this phone, your e-mail or your online storage, and delete the file when you no longer need it.")
        accent: Theme.urgent
    }
    BodyText {
        visible: view.exporter.message.length > 0
        color: Theme.brand
        font.bold: true
        text: view.exporter.message
    }
    BodyText {
        visible: view.exporter.problem.length > 0
        color: Theme.urgent
        text: view.exporter.problem
    }

    SectionHeading {
        text: qsTr("Share with a worker you trust")
    }
    BodyText {
        text: qsTr("A summary shows your patterns over the last 12 weeks and each entry. The spreadsheet has every entry.")
    }
    PrimaryButton {
        width: parent.width
        text: qsTr("Save a summary (PDF)")
        onClicked: view.chooseFile("summary", "journal-summary.pdf", qsTr("PDF files (*.pdf)"))
    }
    PrimaryButton {
        width: parent.width
        text: qsTr("Save all entries (spreadsheet)")
        onClicked: view.chooseFile("csv", "journal-entries.csv", qsTr("Spreadsheets (*.csv)"))
    }

    SectionHeading {
        text: qsTr("Moving to a new phone")
    }
    BodyText {
        text: qsTr("A backup is locked with a passphrase you choose. On the new phone, open the journal, choose Restore and type the same passphrase. Nothing is added twice.")
    }
    SecretField {
        id: passphrase

        label: qsTr("Passphrase (8 characters or more)")
        digitsOnly: false
    }
    SecretField {
        id: passphraseAgain

        label: qsTr("The same passphrase again")
        digitsOnly: false
    }
    PrimaryButton {
        width: parent.width
        text: qsTr("Save a backup")
        onClicked: view.chooseFile("backup", "journal-backup.cgbackup", qsTr("Journal backups (*.cgbackup)"))
    }
    TextButton {
        text: qsTr("Restore from a backup")
        onClicked: {
            view.saving = "restore";
            fileDialog.fileMode = FileDialog.OpenFile;
            fileDialog.nameFilters = [qsTr("Journal backups (*.cgbackup)")];
            fileDialog.open();
        }
    }

    FileDialog {
        id: fileDialog

        onAccepted: {
            const file = fileDialog.selectedFile;
            const typed = passphrase.text;
            const typedAgain = passphraseAgain.text;
            passphrase.clear();
            passphraseAgain.clear();
            if (view.saving === "summary")
                view.exporter.saveSummary(file);
            else if (view.saving === "csv")
                view.exporter.saveCsv(file);
            else if (view.saving === "backup")
                view.exporter.saveBackup(file, typed, typedAgain);
            else if (view.saving === "restore")
                view.exporter.restoreBackup(file, typed);
        }
    }

    function chooseFile(purpose, name, filter) {
        view.saving = purpose;
        fileDialog.fileMode = FileDialog.SaveFile;
        fileDialog.nameFilters = [filter];
        fileDialog.selectedFile = name;
        fileDialog.open();
    }
}
