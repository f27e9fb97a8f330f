import QtQuick
import QtTest
import CommonGround
import CommonGround.Models
import CommonGround.Testing
import "finditem.js" as Find

// Get help driven by taps: the safety button beside quick exit from every tab, the short check
// leading to the safety route, and the filter panel.
Item {
    width: 412
    height: 2600

    Component {
        id: mainWindow

        Main {
            app: TestApp
            height: 2600
        }
    }

    TestCase {
        name: "Help"
        when: windowShown

        function tap(root, text) {
            waitForRendering(root);  // rows may just have moved
            const item = Find.byText(root, text);
            verify(item, "\"" + text + "\" is on screen");
            mouseClick(item);
            return item;
        }

        function test_theSafetyButtonReachesTheSafetyRouteFromEveryTab() {
            const main = createTemporaryObject(mainWindow, null);
            verify(main);
            TestApp.onboarding.finish();
            const tabs = [NavigationController.HomeTab, NavigationController.LearnTab, NavigationController.JournalTab,
                          NavigationController.HelpTab, NavigationController.MoreTab];
            for (const tab of tabs) {
                TestApp.help.showList();
                TestApp.navigation.currentTab = tab;
                tap(main.header, "Safety");
                compare(TestApp.navigation.currentTab, NavigationController.HelpTab, "from tab " + tab);
                compare(TestApp.help.screen, HelpController.Safety);
                verify(Find.byText(main.contentItem, "It is not your fault"), "the safety words show");
            }
            verify(TestApp.settings.safetyRouteSeen, "couple exercises stop from now on");
        }

        function test_aYesInTheCheckLeadsToTheSafetyRoute() {
            const main = createTemporaryObject(mainWindow, null);
            verify(main);
            TestApp.onboarding.finish();
            TestApp.navigation.currentTab = NavigationController.HelpTab;
            TestApp.help.showList();
            tap(main.contentItem, "Is it arguing, or something more? Take a short check");
            compare(TestApp.help.screen, HelpController.Check);
            const ask = Find.byText(main.contentItem, "What do my answers mean?");
            verify(!ask.enabled, "nothing to say before any answer");
            tap(main.contentItem, "Sometimes");
            compare(TestApp.help.check.outcome, SafetyCheckModel.MoreThanConflict);
            tap(main.contentItem, "What do my answers mean?");
            tap(main.contentItem, "Staying safe and who to call");
            compare(TestApp.help.screen, HelpController.Safety);
            compare(TestApp.help.check.outcome, SafetyCheckModel.Unfinished, "the answers are gone once left");
        }

        function test_theFilterPanelNarrowsTheListAndClears() {
            const main = createTemporaryObject(mainWindow, null);
            verify(main);
            TestApp.onboarding.finish();
            TestApp.navigation.currentTab = NavigationController.HelpTab;
            TestApp.help.showList();
            const all = TestApp.services.count;
            verify(all > 0);
            tap(main.contentItem, "Filter the list");
            tap(main.contentItem, "Open now");
            verify(TestApp.help.filters.openNow);
            verify(TestApp.services.count < all, "only services with known hours, open now");
            verify(Find.byText(main.contentItem, "Filters (1)"));
            tap(main.contentItem, "Clear filters");
            compare(TestApp.services.count, all);
            tap(main.contentItem, "Done");
        }

        function test_aServiceCardOpensItsPage() {
            const main = createTemporaryObject(mainWindow, null);
            verify(main);
            TestApp.onboarding.finish();
            TestApp.navigation.currentTab = NavigationController.HelpTab;
            TestApp.help.showList();
            tap(main.contentItem, "More about this service");
            compare(TestApp.help.screen, HelpController.Service);
            compare(TestApp.help.service.count, 1);
            tap(main.contentItem, "Back to all services");
            compare(TestApp.help.screen, HelpController.List);
        }
    }
}
