import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material

// The smallest fair comparison for the app's start-up: a Material window with a header, some
// text and a button.
ApplicationWindow {
    width: 412
    height: 915
    visible: true
    Material.theme: Material.Light

    header: ToolBar {
        Label {
            anchors.centerIn: parent
            text: "Bare window"
        }
    }
    Column {
        anchors.centerIn: parent
        spacing: 16

        Label {
            text: "Hello"
        }
        Button {
            text: "Press"
        }
    }
}
