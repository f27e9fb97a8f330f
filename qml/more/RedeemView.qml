import QtQuick
import QtQuick.Controls
import CommonGround.Models

// The parent types (or scans) the code a family worker gave them. A problem is said kindly,
// beside the code, and nothing changes until the code can be used; a code for another area asks
// first.
StartColumn {
    id: view

    required property AppController app
    readonly property RedeemController redeem: app.more.redeem
    property bool scanning: false

    spacing: Theme.spacing
    // Each visit starts afresh: camera off, nothing typed (also after a quick exit).
    onVisibleChanged: {
        scanning = false;
        codeField.text = "";
    }

    TextButton {
        text: qsTr("Back")
        onClicked: view.app.more.back()
    }
    SectionHeading {
        large: true
        text: qsTr("Add a code from your family worker")
    }

    Column {
        width: parent.width
        spacing: Theme.spacing
        visible: view.redeem.step === RedeemController.Enter

        BodyText {
            text: scanner.hasCamera ? qsTr("Scan the square code, or type the short code under it.")
                : qsTr("Type the code in, with or without the dashes. Capital or small letters are both fine.")
        }
        PrimaryButton {
            width: parent.width
            visible: scanner.hasCamera
            text: view.scanning ? qsTr("Stop the camera") : qsTr("Scan the square code")
            onClicked: view.scanning = !view.scanning
        }
        QrScanView {
            id: scanner

            width: parent.width
            running: view.scanning && view.visible && view.redeem.step === RedeemController.Enter
            // One code read is enough: the camera stops, whatever the code turns out to be, so a
            // question or a problem is never followed by the same code being read again.
            onFound: text => {
                view.scanning = false;
                view.redeem.redeem(text);
            }
        }
        Column {
            width: parent.width
            spacing: 2

            Label {
                width: parent.width
                text: qsTr("Your code")
                font.pixelSize: Theme.smallSize
                color: Theme.mutedText
                wrapMode: Text.Wrap
                horizontalAlignment: Text.AlignLeft
                Accessible.ignored: true
            }
            TextField {
                id: codeField

                objectName: "codeField"
                width: parent.width
                font.pixelSize: Theme.bodySize
                inputMethodHints: Qt.ImhPreferUppercase | Qt.ImhNoPredictiveText | Qt.ImhSensitiveData
                Accessible.name: qsTr("Your code")
                onAccepted: view.redeem.redeem(text)
            }
        }
        BodyText {
            objectName: "redeemProblem"
            visible: text.length > 0
            color: Theme.urgent
            text: view.redeem.problem
        }
        BodyText {
            visible: text.length > 0
            color: Theme.mutedText
            text: view.redeem.note
        }
        PrimaryButton {
            objectName: "useCodeButton"
            width: parent.width
            text: qsTr("Use this code")
            onClicked: view.redeem.redeem(codeField.text)
        }
    }

    Column {
        width: parent.width
        spacing: Theme.spacing
        visible: view.redeem.step === RedeemController.AskToSwitchArea

        BodyText {
            font.bold: true
            text: view.redeem.currentAreaName.length > 0
                ? qsTr("This code is for %1. The app is set up for %2. Switch to %1?").arg(view.redeem.codeAreaName).arg(view.redeem.currentAreaName)
                : qsTr("This code is for %1. Set the app up for %1?").arg(view.redeem.codeAreaName)
        }
        BodyText {
            text: qsTr("Local services and the words on Home will then be for %1. You can change this at any time under Your area.").arg(view.redeem.codeAreaName)
        }
        PrimaryButton {
            objectName: "switchAreaButton"
            width: parent.width
            text: qsTr("Yes, switch to %1").arg(view.redeem.codeAreaName)
            onClicked: view.redeem.switchArea()
        }
        TextButton {
            width: parent.width
            text: qsTr("No, keep things as they are")
            onClicked: view.redeem.keepArea()
        }
    }

    Column {
        width: parent.width
        spacing: Theme.spacing
        visible: view.redeem.step === RedeemController.Redeemed

        InfoCard {
            heading: qsTr("Added to your Home screen")
            body: qsTr("What your family worker picked for you is now on Home, under \"Recommended for you\".")
            actionText: qsTr("Go to Home")
            onActionTriggered: view.app.navigation.currentTab = NavigationController.HomeTab
        }
        BodyText {
            visible: text.length > 0
            color: Theme.mutedText
            text: view.redeem.note
        }
    }
}
