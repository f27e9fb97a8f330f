import QtQuick
import CommonGround.Models

// The list of guides, for the parent's family first.
PageScaffold {
    id: page

    required property AppController app

    title: qsTr("Learn")

    BodyText {
        text: qsTr("Short guides about arguing less and getting on better, for parents who live together or apart. Each one takes 5 to 15 minutes and works without the internet.")
    }
    TextButton {
        text: page.app.modules.showAll ? qsTr("Show guides for my family") : qsTr("Show all guides")
        onClicked: page.app.modules.showAll = !page.app.modules.showAll
    }
    Repeater {
        model: page.app.modules

        ModuleCard {}
    }
    InfoCard {
        visible: page.app.modules.count === 0
        heading: qsTr("No guides on this phone yet")
        body: qsTr("When guides are added to the app, they will be listed here.")
    }
}
