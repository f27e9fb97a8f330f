import QtQuick
import QtQuick.Controls
import CommonGround.Models

// Practitioner mode's code builder: what was talked about suggests guides and local help; once
// picked, the square code and the short code for the parent's own phone.
StartColumn {
    id: view

    required property AppController app
    readonly property RecommendationBuilder builder: app.more.builder
    readonly property bool showingCode: builder.code.length > 0

    spacing: Theme.spacing

    TextButton {
        text: qsTr("Back")
        onClicked: view.app.more.back()
    }
    SectionHeading {
        large: true
        text: view.showingCode ? qsTr("Code for the parent") : qsTr("Make a code for a parent")
    }
    BodyText {
        visible: view.builder.missing.length > 0
        color: Theme.urgent
        text: view.builder.missing
    }

    Column {
        width: parent.width
        spacing: Theme.spacing
        visible: !view.showingCode

        BodyText {
            text: qsTr("Ask first whether it is all right to put something on the parent's phone. Someone else may look at it.")
        }
        TickRow {
            width: parent.width
            checked: view.builder.signsOfAbuse
            text: qsTr("I have seen signs of abuse")
            onClicked: view.builder.signsOfAbuse = !view.builder.signsOfAbuse
        }
        BodyText {
            visible: view.builder.signsOfAbuse
            color: Theme.mutedText
            text: qsTr("Guides are left out, because they are about arguing, and so is help for both parents together. Show the parent the Safety button and Quick exit when you are alone, and follow your safeguarding procedures.")
        }
        SectionHeading {
            text: qsTr("What did you talk about?")
        }
        ChipFlow {
            chips: view.builder.topics
            question: qsTr("What did you talk about?")
        }
        SectionHeading {
            visible: view.builder.guides.count > 0
            text: qsTr("Guides")
        }
        BodyText {
            visible: view.builder.guides.count > 0
            color: Theme.mutedText
            text: qsTr("Guides for the topics you picked come first. Up to 7.")
        }
        ChipFlow {
            chips: view.builder.guides
            question: qsTr("Guides")
        }
        SectionHeading {
            text: qsTr("Local help")
        }
        ChipFlow {
            chips: view.builder.services
            question: qsTr("Local help")
        }
        BodyText {
            visible: view.builder.problem.length > 0
            color: Theme.urgent
            text: view.builder.problem
        }
        PrimaryButton {
            objectName: "makeCodeButton"
            width: parent.width
            enabled: view.builder.pickedCount > 0 && view.builder.missing.length === 0
            text: qsTr("Make the code")
            onClicked: view.builder.makeCode()
        }
    }

    Column {
        width: parent.width
        spacing: Theme.spacing
        visible: view.showingCode

        BodyText {
            text: qsTr("The parent opens Common Ground on their phone, goes to More, then \"A code from your family worker\", and scans this or types the short code.")
        }
        Image {
            objectName: "qrImage"
            anchors.horizontalCenter: parent.horizontalCenter
            width: Math.min(parent.width, 280)
            height: width
            sourceSize.width: width
            sourceSize.height: height
            source: view.builder.qrText.length > 0 ? "image://qr/" + view.builder.qrText : ""
            smooth: false
            fillMode: Image.PreserveAspectFit
            Accessible.role: Accessible.Graphic
            Accessible.name: qsTr("Square code to scan")
        }
        Label {
            objectName: "typedCode"
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            textFormat: Text.PlainText
            wrapMode: Text.Wrap
            font.pixelSize: Theme.bodySize * 1.6
            font.bold: true
            font.family: "monospace"
            font.letterSpacing: 2
            color: Theme.text
            text: view.builder.code
            Accessible.name: qsTr("Short code: %1").arg(view.builder.code.split("").join(" "))
        }
        BodyText {
            color: Theme.mutedText
            text: qsTr("The code holds your area, your kind of agency and what you picked. Nothing about the family or about you.")
        }
        TextButton {
            width: parent.width
            text: qsTr("Change what is picked")
            onClicked: view.builder.changePicks()
        }
        PrimaryButton {
            width: parent.width
            text: qsTr("Start again for another family")
            onClicked: view.builder.startAgain()
        }
    }
}
