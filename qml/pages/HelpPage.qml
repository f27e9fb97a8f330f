import QtQuick
import CommonGround.Models

// Get help. Which of its screens shows is decided by HelpController; this page only picks the
// matching view.
PageScaffold {
    id: page

    required property AppController app
    readonly property HelpController help: app.help
    readonly property int screen: help.screen

    title: screen === HelpController.Safety ? qsTr("Staying safe")
        : screen === HelpController.Check ? qsTr("A short check")
        : qsTr("Get help")

    Connections {
        target: page.help
        function onScreenChanged() {
            page.scrollToTop();
        }
    }

    // Every view is built once; only the one for the current screen is shown.
    HelpListView {
        width: parent.width
        visible: page.screen === HelpController.List
        app: page.app
    }
    ServiceDetailView {
        width: parent.width
        visible: page.screen === HelpController.Service
        app: page.app
    }
    SafetyView {
        width: parent.width
        visible: page.screen === HelpController.Safety
        app: page.app
    }
    SafetyCheckView {
        width: parent.width
        visible: page.screen === HelpController.Check
        app: page.app
    }
}
