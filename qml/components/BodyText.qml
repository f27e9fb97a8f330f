import QtQuick
import QtQuick.Controls

// A paragraph: wraps, follows the font scale, full width of its column.
Label {
    width: parent ? parent.width : implicitWidth
    wrapMode: Text.Wrap
    font.pixelSize: Theme.bodySize
    color: Theme.text
    lineHeight: 1.2
}
