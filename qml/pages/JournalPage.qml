import QtQuick
import CommonGround.Models

PageScaffold {
    // Given to every screen; this one does not use it yet.
    required property AppController app

    title: qsTr("Journal")

    BodyText {
        text: qsTr("Your journal is a private place to note arguments and good days, so you can spot patterns over time.")
    }
    InfoCard {
        heading: qsTr("Only on this phone")
        body: qsTr("What you write here stays on this phone. It is never sent anywhere.")
    }
}
