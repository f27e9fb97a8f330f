import QtQuick
import QtTest
import CommonGround
import CommonGround.Testing
import "finditem.js" as Find

// The whole app window: quick exit must hide every part of it at once, by tap or by Escape.
TestCase {
    name: "QuickExit"
    when: windowShown

    Component {
        id: mainWindow

        Main {
            app: TestApp
        }
    }

    function test_quickExitHidesEverything() {
        const main = createTemporaryObject(mainWindow, null);
        verify(main);
        waitForRendering(main.contentItem);
        verify(Find.byText(main.contentItem, "Where do you live?"), "first run shows before quick exit");

        mouseClick(Find.byText(main.header, "Quick exit"));
        verify(TestApp.quickExit.neutralScreenShown);
        verify(!main.header.visible);
        verify(!main.footer.visible);
        compare(Find.byText(main.contentItem, "Where do you live?"), null, "nothing private stays on screen");
        compare(main.title, "Clock");

        TestApp.quickExit.returnFromNeutralScreen();
        verify(main.header.visible);
        main.requestActivate();
        keyClick(Qt.Key_Escape);
        verify(TestApp.quickExit.neutralScreenShown, "Escape is a quick exit too");
        TestApp.quickExit.returnFromNeutralScreen();
    }
}
