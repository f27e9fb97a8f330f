import QtQuick
import CommonGround.Models

PageScaffold {
    id: page

    required property AppController app

    title: qsTr("Home")

    SectionHeading {
        text: qsTr("Hello")
        large: true
    }
    BodyText {
        text: page.app.settings.areaWelcome.length > 0 ? page.app.settings.areaWelcome
            : qsTr("Every family argues sometimes. This app helps you handle disagreements in a way that is better for you and your children.")
    }
    InfoCard {
        heading: qsTr("Learn")
        body: qsTr("Short guides you can read in a few minutes, whenever suits you.")
        actionText: qsTr("Go to Learn")
        onActionTriggered: page.app.navigation.currentTab = NavigationController.LearnTab
    }
    InfoCard {
        heading: qsTr("Your journal")
        body: qsTr("A private place to note how things went. It stays on this phone.")
        actionText: qsTr("Go to Journal")
        onActionTriggered: page.app.navigation.currentTab = NavigationController.JournalTab
    }
    InfoCard {
        heading: qsTr("Get help")
        body: qsTr("What to do if you are in danger, and where to find support.")
        actionText: qsTr("Find help")
        onActionTriggered: page.app.navigation.currentTab = NavigationController.HelpTab
    }
}
