import QtQuick
import QtQuick.Controls

// What quick exit leaves on screen: a plain clock that says nothing about this app. Pressing
// and holding the time for two seconds comes back (to Home, with private data locked).
Rectangle {
    id: screen

    signal returnRequested

    color: Theme.neutralBackground

    Timer {
        interval: 1000
        running: screen.visible
        repeat: true
        triggeredOnStart: true
        onTriggered: {
            const now = new Date();
            time.text = now.toLocaleTimeString(Qt.locale(), "HH:mm");
            date.text = now.toLocaleDateString(Qt.locale(), Locale.LongFormat);
        }
    }

    Column {
        anchors.centerIn: parent
        width: parent.width - 2 * Theme.spacing
        spacing: Theme.smallSpacing

        Label {
            id: time

            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            font.pixelSize: Math.round(64 * Theme.fontScale)
            font.weight: Font.Light
            color: Theme.neutralText
            wrapMode: Text.Wrap
            Accessible.name: qsTr("Clock")

            MouseArea {
                anchors.fill: parent
                pressAndHoldInterval: 2000
                onPressAndHold: screen.returnRequested()
            }
        }
        Label {
            id: date

            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            font.pixelSize: Theme.bodySize
            color: Theme.neutralMutedText
            wrapMode: Text.Wrap
        }
    }
}
