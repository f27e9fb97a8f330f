import QtQuick
import QtQuick.Controls

// A paragraph: wraps, follows the font scale, full width of its column. Plain text unless a
// screen says otherwise: words from a directory or typed by the parent are never read as HTML
// (which could show a picture from the internet).
Label {
    textFormat: Text.PlainText
    width: parent ? parent.width : implicitWidth
    wrapMode: Text.Wrap
    // Mirrors to the right in right-to-left languages, whatever language the text itself is in.
    horizontalAlignment: Text.AlignLeft
    font.pixelSize: Theme.bodySize
    color: Theme.text
    lineHeight: 1.2
}
