import QtQuick
import QtQuick.Controls

// A box for the parent's own words in the journal, with its question above it (a label wraps at
// any text size, where a placeholder would be cut short). The keyboard is asked not to learn or
// suggest the words, so private words never come back as suggestions in another app.
Column {
    id: field

    property string label
    property alias text: area.text

    width: parent ? parent.width : implicitWidth
    spacing: 2

    Label {
        width: parent.width
        text: field.label
        font.pixelSize: Theme.smallSize
        color: Theme.mutedText
        wrapMode: Text.Wrap
        horizontalAlignment: Text.AlignLeft
        Accessible.ignored: true
    }
    TextArea {
        id: area

        width: parent.width
        wrapMode: TextEdit.Wrap
        font.pixelSize: Theme.bodySize
        inputMethodHints: Qt.ImhNoPredictiveText | Qt.ImhSensitiveData
        Accessible.name: field.label
    }
}
