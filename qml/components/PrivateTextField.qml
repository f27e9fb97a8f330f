import QtQuick
import QtQuick.Controls

// A box for the parent's own words in the journal. The keyboard is asked not to learn or
// suggest them, so private words never come back as suggestions in another app.
TextArea {
    width: parent ? parent.width : implicitWidth
    wrapMode: TextEdit.Wrap
    font.pixelSize: Theme.bodySize
    inputMethodHints: Qt.ImhNoPredictiveText | Qt.ImhSensitiveData
    Accessible.name: placeholderText
}
