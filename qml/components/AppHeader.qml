import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// The bar at the top of every screen: the screen's title, the safety button and the quick-exit
// button, always in the same place so they can be found without looking.
ToolBar {
    id: bar

    property string title
    signal quickExitRequested
    signal safetyRequested

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
        SafetyButton {
            Layout.maximumWidth: bar.width * 0.25
            onClicked: bar.safetyRequested()
        }
        QuickExitButton {
            // Never so wide that the title has no room, whatever the language or text size.
            Layout.maximumWidth: bar.width * 0.45
            onClicked: bar.quickExitRequested()
        }
    }
}
