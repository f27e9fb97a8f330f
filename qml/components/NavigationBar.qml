import QtQuick
import QtQuick.Layouts
import CommonGround.Models

// The five tabs at the bottom of the screen.
Rectangle {
    id: bar

    required property NavigationController navigation

    implicitHeight: row.implicitHeight
    color: Theme.surface

    Rectangle {
        anchors.top: parent.top
        width: parent.width
        height: 1
        color: Theme.divider
    }

    RowLayout {
        id: row

        anchors.fill: parent
        spacing: 0

        NavigationBarButton {
            text: qsTr("Home")
            iconName: "home"
            checked: bar.navigation.currentTab === NavigationController.HomeTab
            onClicked: bar.navigation.currentTab = NavigationController.HomeTab
        }
        NavigationBarButton {
            text: qsTr("Learn")
            iconName: "learn"
            checked: bar.navigation.currentTab === NavigationController.LearnTab
            onClicked: bar.navigation.currentTab = NavigationController.LearnTab
        }
        NavigationBarButton {
            text: qsTr("Journal")
            iconName: "journal"
            checked: bar.navigation.currentTab === NavigationController.JournalTab
            onClicked: bar.navigation.currentTab = NavigationController.JournalTab
        }
        NavigationBarButton {
            text: qsTr("Get help")
            iconName: "help"
            checked: bar.navigation.currentTab === NavigationController.HelpTab
            onClicked: bar.navigation.currentTab = NavigationController.HelpTab
        }
        NavigationBarButton {
            text: qsTr("More")
            iconName: "more"
            checked: bar.navigation.currentTab === NavigationController.MoreTab
            onClicked: bar.navigation.currentTab = NavigationController.MoreTab
        }
    }
}
