import QtQuick
import QtTest
import CommonGround
import CommonGround.Testing
import "finditem.js" as Find

// A first check-in taken by taps, as a parent would: from Home's card, six answers, then the
// progress screen showing the starting point.
Item {
    width: 824
    height: 2000

    HomePage {
        id: home

        width: 412
        height: parent.height
        app: TestApp
    }
    JournalPage {
        id: journal

        x: 412
        width: 412
        height: parent.height
        app: TestApp
    }

    TestCase {
        name: "CheckIn"
        when: windowShown

        function tap(root, text) {
            waitForRendering(root);
            const item = Find.byText(root, text);
            verify(item, "\"" + text + "\" is on screen");
            mouseClick(item);
            return item;
        }

        function test_aFirstCheckInTakesSixTapsAndShowsTheStartingPoint() {
            verify(TestApp.checkIn.cardShown, "Home offers the first check-in");
            tap(home, "Start the check-in");
            tryCompare(TestApp.journal, "screen", 9);  // CheckIn
            tap(journal, "Once or twice");
            tap(journal, "A bit tense");
            tap(journal, "Mostly");
            tap(journal, "Skip this one");
            tap(journal, "Quite sure");
            tap(journal, "OK");
            verify(TestApp.checkIn.finished);
            verify(!TestApp.checkIn.cardShown, "the card goes once the check-in is done");
            tap(journal, "See your progress");
            tryCompare(TestApp.journal, "screen", 10);  // Progress
            verify(Find.byText(journal, "Your starting point: Mostly."), "the starting point is in words");
            verify(Find.byText(journal, "Not answered yet."), "a skipped question says so");
        }
    }
}
