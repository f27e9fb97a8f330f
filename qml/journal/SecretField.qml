import QtQuick
import QtQuick.Controls

// A PIN or passphrase, typed hidden, with its question above it (a label wraps at any text size,
// where a placeholder would be cut short). The keyboard learns nothing from it; a PIN gets the
// number pad.
Column {
    id: field

    property string label
    property bool digitsOnly: true
    property alias text: input.text
    signal accepted

    function clear() {
        input.clear();
    }

    width: parent ? parent.width : implicitWidth
    spacing: 2
    // A PIN or passphrase never waits in a hidden box: leaving the screen, a lock or a quick
    // exit clears it.
    onVisibleChanged: if (!visible) field.clear()

    Label {
        width: parent.width
        text: field.label
        font.pixelSize: Theme.smallSize
        color: Theme.mutedText
        wrapMode: Text.Wrap
        horizontalAlignment: Text.AlignLeft
        Accessible.ignored: true
    }
    TextField {
        id: input

        width: parent.width
        font.pixelSize: Theme.titleSize
        echoMode: TextInput.Password
        maximumLength: field.digitsOnly ? 8 : 200
        inputMethodHints: Qt.ImhSensitiveData | Qt.ImhNoPredictiveText | Qt.ImhNoAutoUppercase
            | (field.digitsOnly ? Qt.ImhDigitsOnly : Qt.ImhNone)
        validator: RegularExpressionValidator {
            regularExpression: field.digitsOnly ? /[0-9]{0,8}/ : /.*/
        }
        Accessible.name: field.label
        onAccepted: field.accepted()
    }
}
