import QtQuick
import QtTest
import CommonGround
import CommonGround.Testing
import "finditem.js" as Find

// More, Privacy by taps: the full list of counts folds open under the choice, and "What we have
// sent" says why it is empty before and after saying yes.
Item {
    width: 412
    height: 4000

    MorePage {
        id: more

        anchors.fill: parent
        app: TestApp
    }

    TestCase {
        name: "Privacy"
        when: windowShown

        function tap(text) {
            waitForRendering(more);
            const item = Find.byText(more, text);
            verify(item, "\"" + text + "\" is on screen");
            mouseClick(item);
            return item;
        }

        function test_theListOfCountsOpensAndWhatWasSentSaysWhy() {
            TestApp.more.showSettings();
            verify(!Find.byText(more, "Used the journal this week"), "the list starts folded");
            tap("See every count the app could send");
            waitForRendering(more);
            verify(Find.byText(more, "Used the journal this week"), "every count is listed by name");
            verify(Find.byText(more, "Why: Shows whether the journal is useful to families."), "with why it is counted");
            tap("Hide the list of counts");
            waitForRendering(more);
            verify(!Find.byText(more, "Used the journal this week"), "and folds away again");

            tap("See what was sent");
            tryCompare(TestApp.more, "screen", 6);  // SentReports
            verify(Find.byText(more, "Sharing counts is off, so nothing is sent. Anything not yet sent was deleted when it was turned off."));
            tap("Back");
            tryCompare(TestApp.more, "screen", 0);  // Settings
            tap("Share counts of how the app is used");
            verify(TestApp.settings.statisticsConsent);
            tap("See what was sent");
            waitForRendering(more);
            verify(Find.byText(more, "Nothing yet. The first report is made when this week ends, and sent the next time you open the app."));
            TestApp.settings.setStatisticsConsent(false);
        }
    }
}
