import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// The bar at the top of every screen: the screen's title and the quick-exit button, which is
// always in the same place so it can be found without looking.
ToolBar {
    id: bar

    property string title
    signal quickExitRequested

    padding: Theme.smallSpacing
    background: Rectangle {
        color: Theme.brand
    }

    RowLayout {
        anchors.fill: parent
        spacing: Theme.smallSpacing

        Label {
            Layout.fillWidth: true
            Layout.leftMargin: Theme.smallSpacing
            text: bar.title
            color: Theme.textOnBrand
            font.pixelSize: Theme.titleSize
            font.bold: true
            wrapMode: Text.Wrap
            Accessible.role: Accessible.Heading
        }
        QuickExitButton {
            // Never so wide that the title has no room, whatever the language or text size.
            Layout.maximumWidth: bar.width * 0.45
            onClicked: bar.quickExitRequested()
        }
    }
}
