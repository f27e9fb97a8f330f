import QtQuick
import QtQuick.Controls

// A question in the journal form, above its answers.
Label {
    textFormat: Text.PlainText
    width: parent ? parent.width : implicitWidth
    topPadding: Theme.smallSpacing
    font.pixelSize: Theme.bodySize
    font.bold: true
    color: Theme.text
    wrapMode: Text.Wrap
    horizontalAlignment: Text.AlignLeft
    Accessible.role: Accessible.Heading
}
