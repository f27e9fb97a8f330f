import QtQuick
import QtQuick.Controls

// A heading inside a screen; screen readers announce it as a heading so people can jump to it.
Label {
    textFormat: Text.PlainText
    property bool large: false

    width: parent ? parent.width : implicitWidth
    font.pixelSize: large ? Theme.headlineSize : Theme.titleSize
    font.bold: true
    color: Theme.text
    wrapMode: Text.Wrap
    horizontalAlignment: Text.AlignLeft
    Accessible.role: Accessible.Heading
}
