import QtQuick
import CommonGround.Models

// More. Which of its screens shows is decided by MoreController; this page only picks the
// matching view.
PageScaffold {
    id: page

    required property AppController app
    readonly property int screen: app.more.screen

    title: screen === MoreController.Redeem ? qsTr("Your code")
        : screen === MoreController.Settings ? qsTr("More")
        : screen === MoreController.SentReports ? qsTr("Privacy")
        : qsTr("Practitioner mode")

    Connections {
        target: page.app.more
        function onFreshScreenShown() {
            page.scrollToTop();
        }
    }

    SettingsView {
        width: parent.width
        visible: page.screen === MoreController.Settings
        app: page.app
    }
    SentReportsView {
        width: parent.width
        visible: page.screen === MoreController.SentReports
        app: page.app
    }
    RedeemView {
        width: parent.width
        visible: page.screen === MoreController.Redeem
        app: page.app
    }
    PractitionerView {
        width: parent.width
        visible: page.screen === MoreController.Practitioner
        app: page.app
    }
    GuideContentsView {
        width: parent.width
        visible: page.screen === MoreController.Guide
        app: page.app
    }
    GuideChapterView {
        width: parent.width
        visible: page.screen === MoreController.Chapter
        app: page.app
    }
    RecommendView {
        width: parent.width
        visible: page.screen === MoreController.Recommend
        app: page.app
    }
}
