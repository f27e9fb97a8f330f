import QtQuick
import QtTest
import CommonGround

// A text button in a card or a screen sits at the start of the line: the left in English, the
// right in a right-to-left language; full-width content is untouched either way.
Item {
    width: 360
    height: 400

    StartColumn {
        id: leftToRight

        width: 300

        TextButton {
            id: ltrButton

            text: "Not now"
        }
        BodyText {
            id: ltrText

            text: "Full width"
        }
    }

    StartColumn {
        id: rightToLeft

        y: 200
        width: 300
        LayoutMirroring.enabled: true
        LayoutMirroring.childrenInherit: true

        TextButton {
            id: rtlButton

            text: "Not now"
        }
        BodyText {
            id: rtlText

            text: "Full width"
        }
    }

    TestCase {
        name: "StartColumn"
        when: windowShown

        function test_narrowChildrenSitAtTheStartOfTheLine() {
            waitForRendering(rightToLeft);
            verify(ltrButton.width < leftToRight.width, "the button is narrower than its column");
            compare(ltrButton.x, 0);
            compare(rtlButton.x, rightToLeft.width - rtlButton.width);
            compare(ltrText.x, 0);
            compare(rtlText.x, 0);
        }

        function test_theButtonFollowsWhenTheColumnWidens() {
            rightToLeft.width = 340;
            waitForRendering(rightToLeft);
            compare(rtlButton.x, 340 - rtlButton.width);
            rightToLeft.width = 300;
        }
    }
}
