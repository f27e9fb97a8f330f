import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// One place to get help: who it is for, what it does, cost and other details, when it was last
// checked, and one-tap buttons to call, open the website, e-mail or get directions. The card
// only asks; the model decides what a tap does.
Frame {
    id: card

    required property int index
    required property string name
    required property string summary
    required property string whoFor
    required property string details
    required property string checked
    required property string phone
    required property string website
    required property string email
    signal callRequested(int row)
    signal websiteRequested(int row)
    signal emailRequested(int row)
    // Set when the service has an address: a button for directions to the first one.
    property bool hasPlace: false
    signal directionsRequested(int row)
    // Set by lists that lead to each service's own page.
    property bool leadsToPage: false
    signal pageRequested(int row)

    width: parent ? parent.width : implicitWidth
    padding: Theme.spacing
    background: Rectangle {
        color: Theme.surface
        radius: Theme.radius
        border.color: Theme.divider
    }

    ColumnLayout {
        width: parent.width
        spacing: Theme.smallSpacing

        Label {
            textFormat: Text.PlainText
            Layout.fillWidth: true
            text: card.name
            font.pixelSize: Theme.titleSize
            font.bold: true
            color: Theme.text
            wrapMode: Text.Wrap
            horizontalAlignment: Text.AlignLeft
            Accessible.role: Accessible.Heading
        }
        Label {
            textFormat: Text.PlainText
            Layout.fillWidth: true
            visible: text.length > 0
            text: card.whoFor.length > 0 ? qsTr("For: %1").arg(card.whoFor) : ""
            font.pixelSize: Theme.smallSize
            font.bold: true
            color: Theme.mutedText
            wrapMode: Text.Wrap
            horizontalAlignment: Text.AlignLeft
        }
        Label {
            textFormat: Text.PlainText
            Layout.fillWidth: true
            visible: text.length > 0
            text: card.summary
            font.pixelSize: Theme.bodySize
            color: Theme.text
            wrapMode: Text.Wrap
            horizontalAlignment: Text.AlignLeft
            lineHeight: 1.2
        }
        Label {
            textFormat: Text.PlainText
            Layout.fillWidth: true
            visible: text.length > 0
            text: card.details
            font.pixelSize: Theme.smallSize
            color: Theme.mutedText
            wrapMode: Text.Wrap
            horizontalAlignment: Text.AlignLeft
        }
        PrimaryButton {
            Layout.fillWidth: true
            visible: card.phone.length > 0
            text: qsTr("Call %1").arg(card.phone)
            onClicked: card.callRequested(card.index)
        }
        TextButton {
            visible: card.website.length > 0
            text: qsTr("Open website")
            Accessible.name: qsTr("Open the website of %1").arg(card.name)
            onClicked: card.websiteRequested(card.index)
        }
        TextButton {
            visible: card.email.length > 0
            text: qsTr("Send an e-mail")
            Accessible.name: qsTr("Send an e-mail to %1").arg(card.name)
            onClicked: card.emailRequested(card.index)
        }
        TextButton {
            visible: card.hasPlace
            text: qsTr("Directions")
            Accessible.name: qsTr("Directions to %1").arg(card.name)
            onClicked: card.directionsRequested(card.index)
        }
        TextButton {
            visible: card.leadsToPage
            text: qsTr("More about this service")
            Accessible.name: qsTr("More about %1").arg(card.name)
            onClicked: card.pageRequested(card.index)
        }
        Label {
            textFormat: Text.PlainText
            Layout.fillWidth: true
            visible: text.length > 0
            text: card.checked
            font.pixelSize: Theme.smallSize
            color: Theme.mutedText
            wrapMode: Text.Wrap
            horizontalAlignment: Text.AlignLeft
        }
    }
}
