import QtQuick
import QtTest
import CommonGround
import CommonGround.Testing
import "finditem.js" as Find

// Learn and the reader, driven by taps and typing over the real guides.
Item {
    width: 412
    height: 915

    LearnPage {
        id: learn

        anchors.fill: parent
        app: TestApp
    }

    Component {
        id: readerPage

        ReaderPage {
            width: 412
            height: 915
            app: TestApp
        }
    }

    TestCase {
        name: "Learn"
        when: windowShown

        function test_typingSearchesAndClearingShowsTheGuidesAgain() {
            const search = Find.byPlaceholder(learn, "Search");
            verify(search, "the search box is on Learn");
            mouseClick(search);
            keyClick(Qt.Key_M);
            keyClick(Qt.Key_O);
            keyClick(Qt.Key_N);
            keyClick(Qt.Key_E);
            keyClick(Qt.Key_Y);
            compare(TestApp.search.query, "money");
            tryVerify(() => Find.byText(learn, "Money worries") !== null, 1000, "the money guide is found");
            verify(Find.byText(learn, "Show all guides") === null, "the guide list gives way to results");

            const clear = Find.byText(learn, "×");  // the clear button
            waitForRendering(learn);  // the button appears with the first letter; let it settle
            mouseClick(clear);
            tryCompare(TestApp.search, "query", "");
            verify(Find.byText(learn, "Show all guides"), "the guides are back");
        }

        function test_tickingAChecklistItemIsSavedAndShown() {
            verify(TestApp.reader.open("calming-down", 1));
            const page = createTemporaryObject(readerPage, learn);
            waitForRendering(page);
            // The tick row itself carries the item's words.
            const row = Find.byText(page, "Being tired or hungry");
            verify(row, "the checklist is on this part");
            verify(!row.checked);
            mouseClick(row);
            tryVerify(() => row.checked, 1000, "the tick shows once saved");
            mouseClick(row);
            tryVerify(() => !row.checked, 1000, "a second tap unticks");
            TestApp.reader.close();
        }
    }
}
