import QtQuick
import CommonGround.Models

PageScaffold {
    // Given to every screen; this one does not use it yet.
    required property AppController app

    title: qsTr("Learn")

    BodyText {
        text: qsTr("Short guides about arguing less and getting on better, for parents who live together or apart. Each one takes 5 to 15 minutes and works without the internet.")
    }
    InfoCard {
        heading: qsTr("No guides on this phone yet")
        body: qsTr("When guides are added to the app, they will be listed here.")
    }
}
