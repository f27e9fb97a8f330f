pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import CommonGround.Models

// More, Privacy, "What we have sent": each weekly report sent or waiting, in words and as the
// exact JSON the server gets.
StartColumn {
    id: view

    required property AppController app
    readonly property PrivacyController privacy: app.privacy

    spacing: Theme.spacing

    TextButton {
        text: qsTr("Back")
        onClicked: view.app.more.back()
    }
    SectionHeading {
        large: true
        text: qsTr("What we have sent")
    }
    BodyText {
        text: view.privacy.summary
    }
    Repeater {
        model: view.privacy.reports

        delegate: InfoCard {
            id: reportCard

            required property string weekTitle
            required property string sentStatus
            required property string countWords
            required property string reportJson
            property bool jsonShown: false

            heading: reportCard.weekTitle
            body: reportCard.sentStatus + "\n\n" + reportCard.countWords

            TextButton {
                text: reportCard.jsonShown ? qsTr("Hide exactly what is sent") : qsTr("Show exactly what is sent")
                onClicked: reportCard.jsonShown = !reportCard.jsonShown
            }
            Label {
                width: parent.width
                visible: reportCard.jsonShown
                textFormat: Text.PlainText
                text: reportCard.reportJson
                wrapMode: Text.WrapAnywhere
                font.family: "monospace"
                font.pixelSize: Theme.smallSize
                color: Theme.text
                Accessible.name: qsTr("The report as sent: %1").arg(reportCard.reportJson)
            }
        }
    }
}
