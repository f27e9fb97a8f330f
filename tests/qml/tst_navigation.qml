import QtQuick
import QtTest
import CommonGround
import CommonGround.Models
import CommonGround.Testing
import "finditem.js" as Find

Item {
    width: 360
    height: 740

    AppHeader {
        id: header

        width: parent.width
        title: "Home"
    }

    NavigationBar {
        id: bar

        anchors.bottom: parent.bottom
        width: parent.width
        navigation: TestApp.navigation
    }

    SignalSpy {
        id: quickExitSpy

        target: header
        signalName: "quickExitRequested"
    }

    TestCase {
        name: "Navigation"
        when: windowShown

        function test_tabsSwitchScreens() {
            mouseClick(Find.byText(bar, "Journal"));
            compare(TestApp.navigation.currentTab, NavigationController.JournalTab);
            mouseClick(Find.byText(bar, "Get help"));
            compare(TestApp.navigation.currentTab, NavigationController.HelpTab);
            mouseClick(Find.byText(bar, "Home"));
            compare(TestApp.navigation.currentTab, NavigationController.HomeTab);
        }

        function test_quickExitIsOneTapAndFingerSized() {
            const button = Find.byText(header, "Quick exit");
            verify(button);
            verify(button.width >= 48 && button.height >= 48);
            mouseClick(button);
            compare(quickExitSpy.count, 1);
        }
    }
}
