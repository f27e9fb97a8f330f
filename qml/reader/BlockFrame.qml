import QtQuick
import QtQuick.Controls

// The tinted box every interactive block sits in, with a small label saying what kind it is.
Frame {
    id: frame

    property string label
    default property alias content: column.data

    width: parent ? parent.width : implicitWidth
    padding: Theme.spacing
    background: Rectangle {
        color: Qt.rgba(Theme.brand.r, Theme.brand.g, Theme.brand.b, 0.08)
        radius: Theme.radius
        border.color: Qt.rgba(Theme.brand.r, Theme.brand.g, Theme.brand.b, 0.35)
    }

    Column {
        id: column

        width: parent.width
        spacing: Theme.smallSpacing

        Label {
            width: parent.width
            text: frame.label
            font.pixelSize: Theme.smallSize
            font.bold: true
            color: Theme.brand
            wrapMode: Text.Wrap
            horizontalAlignment: Text.AlignLeft
        }
    }
}
