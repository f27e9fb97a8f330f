import QtQuick
import QtQuick.Controls

// Asks before something that cannot be undone. Yes is `accepted`; Cancel or tapping outside
// changes nothing.
Dialog {
    id: dialog

    property string message

    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(parent.width - 2 * Theme.spacing, 400)
    modal: true
    standardButtons: Dialog.Cancel | Dialog.Yes

    contentItem: Label {
        text: dialog.message
        wrapMode: Text.Wrap
        horizontalAlignment: Text.AlignLeft
        font.pixelSize: Theme.bodySize
        color: Theme.text
    }
}
