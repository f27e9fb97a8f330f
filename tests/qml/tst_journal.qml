import QtQuick
import QtTest
import CommonGround
import CommonGround.Testing
import "finditem.js" as Find

// The journal driven by taps and typing, as a parent would: note an argument in a few taps,
// change it, and see the safety screen when an entry names fear.
// Tall enough that the whole form is on screen without scrolling.
Item {
    width: 412
    height: 2600

    JournalPage {
        id: page

        anchors.fill: parent
        app: TestApp
    }

    TestCase {
        name: "Journal"
        when: windowShown

        function tap(text) {
            waitForRendering(page);  // rows may just have moved
            const item = Find.byText(page, text);
            verify(item, "\"" + text + "\" is on screen");
            mouseClick(item);
            return item;
        }

        function type(label, words) {
            const field = Find.byProperty(page, "label", label);
            verify(field, "the box \"" + label + "\" is on screen");
            const area = field.children[1];
            area.forceActiveFocus();
            for (const letter of words)
                keyClick(letter);
        }

        function init() {
            TestApp.journal.openIfNoPin();
            TestApp.journal.showList();
            waitForRendering(page);
        }

        function test_anArgumentIsNotedInAFewTapsAndListed() {
            const before = TestApp.journal.entries.count;
            tap("Note an argument");
            tryCompare(TestApp.journal, "screen", 1);  // Entry
            tap("Ex or co-parent");
            tap("Text or messages");
            tap("Money");
            tap("4");
            tap("Blaming");
            type("Anything else to note", "late again");
            compare(TestApp.journal.draft.heat, 4);
            compare(TestApp.journal.draft.topics.selectedKeys, ["money"]);
            tap("Save");
            tryCompare(TestApp.journal.entries, "count", before + 1);
            tryVerify(() => Find.byText(page, "Argument with my ex or co-parent") !== null, 1000, "the entry is listed");
            verify(Find.byText(page, "late again"), "with its note");
        }

        function test_anEntryOpensAgainToChange() {
            tap("Note a good day");
            type("What helped it go well?", "we planned");
            tap("Save");
            tryVerify(() => Find.byText(page, "A good day") !== null, 1000, "the good day is listed");
            tap("A good day");
            tryCompare(TestApp.journal, "screen", 1);
            verify(TestApp.journal.draft.editing);
            compare(TestApp.journal.draft.helped, "we planned");
            tap("Cancel");
            tryCompare(TestApp.journal, "screen", 0);
        }

        function test_deletingAsksFirstAndThenRemovesTheEntry() {
            tap("Note a good day");
            tap("Save");
            const before = TestApp.journal.entries.count;
            tap("A good day");
            tap("Delete this entry");
            tap("No, keep it");
            compare(TestApp.journal.entries.count, before, "keeping it changes nothing");
            tap("Delete this entry");
            tap("Yes, delete it");
            tryCompare(TestApp.journal.entries, "count", before - 1);
            compare(TestApp.journal.screen, 0);
        }

        function test_feelingAfraidOpensTheSafetyScreen() {
            tap("Note an argument");
            tap("I felt afraid");
            tap("Save");
            tryVerify(() => Find.byText(page, "Thank you for being honest about this") !== null, 1000,
                      "the safety screen shows instead of advice");
            verify(Find.byText(page, "Call 0808 2000 247"), "with the National Domestic Abuse Helpline one tap away");
            verify(TestApp.settings.safetyRouteSeen, "and couple exercises stop");
            tap("Back to journal");
        }
    }
}
