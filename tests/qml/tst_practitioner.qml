import QtQuick
import QtTest
import CommonGround
import CommonGround.Models
import CommonGround.Testing
import "finditem.js" as Find

// Practitioner mode and the parent's side, driven by taps: a code made on the practitioner's
// screen, typed into the parent's app, shows on Home; a code that cannot be read says so and
// changes nothing.
Item {
    width: 412
    height: 3200

    Component {
        id: mainWindow

        Main {
            app: TestApp
            height: 3200
        }
    }

    TestCase {
        name: "Practitioner"
        when: windowShown

        function tap(root, text) {
            waitForRendering(root);  // rows may just have moved
            const item = Find.byText(root, text);
            verify(item, "\"" + text + "\" is on screen");
            mouseClick(item);
            return item;
        }

        function typeCode(main, code) {
            TestApp.navigation.currentTab = NavigationController.MoreTab;
            TestApp.more.showSettings();
            tap(main.contentItem, "Enter or scan a code");
            const field = Find.byProperty(main.contentItem, "objectName", "codeField");
            verify(field, "the code field shows");
            field.text = "";
            field.forceActiveFocus();
            for (const character of code)
                keyClick(character);
            tap(main.contentItem, "Use this code");
        }

        function test_aCodeMadeOnThePractitionersScreenTypedIntoTheParentsAppShowsOnHome() {
            const main = createTemporaryObject(mainWindow, null);
            verify(main);
            TestApp.onboarding.finish();
            verify(TestApp.settings.chooseArea("E08000014"));
            TestApp.navigation.currentTab = NavigationController.MoreTab;
            TestApp.more.showSettings();
            tap(main.contentItem, "Open practitioner mode");
            tap(main.contentItem, "Health visiting");
            compare(TestApp.settings.practitionerAgency, "health-visiting");
            tap(main.contentItem, "Make a code");
            tap(main.contentItem, "Rows that blow up or never get sorted");
            tap(main.contentItem, "Make the code");
            const shown = Find.byProperty(main.contentItem, "objectName", "typedCode");
            verify(shown && shown.text.length > 0, "the short code shows");
            const qr = Find.byProperty(main.contentItem, "objectName", "qrImage");
            tryCompare(qr, "status", Image.Ready);

            // Typed in small letters, as a parent might.
            typeCode(main, shown.text.toLowerCase());
            verify(Find.byText(main.contentItem, "Added to your Home screen"), "the parent is told where to look");
            tap(main.contentItem, "Go to Home");
            compare(TestApp.navigation.currentTab, NavigationController.HomeTab);
            waitForRendering(main.contentItem);
            verify(Find.byText(main.contentItem, "Recommended for you by your family worker"));
            verify(Find.byText(main.contentItem, "Arguing better"), "a guide the topic suggested is on Home");
        }

        function test_aCodeThatCannotBeReadSaysSoAndChangesNothing() {
            const main = createTemporaryObject(mainWindow, null);
            verify(main);
            TestApp.onboarding.finish();
            TestApp.recommendations.remove();
            typeCode(main, "ABCDE-FGHJK-M");
            const problem = Find.byProperty(main.contentItem, "objectName", "redeemProblem");
            verify(problem && problem.text.length > 0, "a kind message shows");
            compare(TestApp.more.redeem.step, RedeemController.Enter);
            compare(TestApp.recommendations.count, 0);
        }
    }
}
