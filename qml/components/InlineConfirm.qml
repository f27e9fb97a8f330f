import QtQuick
import QtQuick.Layouts

// An action that cannot be undone, asked about in place: the first tap shows what will happen
// and two clear choices; only "yes" does it. No pop-up, so it reads the same at any text size
// and to a screen reader.
StartColumn {
    id: confirm

    property string actionText
    property string question
    property string yesText
    property string noText: qsTr("No, keep it")
    property color accent: Theme.brand
    property bool asking: false
    // Anything the question needs answered first (such as a PIN), shown with it.
    default property alias details: details.data
    signal confirmed

    width: parent ? parent.width : implicitWidth
    spacing: Theme.smallSpacing

    TextButton {
        visible: !confirm.asking
        text: confirm.actionText
        onClicked: confirm.asking = true
    }
    BodyText {
        visible: confirm.asking
        font.bold: true
        text: confirm.question
    }
    StartColumn {
        id: details

        width: parent.width
        visible: confirm.asking
        spacing: Theme.smallSpacing
    }
    ColumnLayout {
        width: parent.width
        visible: confirm.asking
        spacing: Theme.smallSpacing

        PrimaryButton {
            Layout.fillWidth: true
            fill: confirm.accent
            text: confirm.yesText
            onClicked: {
                confirm.asking = false;
                confirm.confirmed();
            }
        }
        TextButton {
            text: confirm.noText
            onClicked: confirm.asking = false
        }
    }
}
