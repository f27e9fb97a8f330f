import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// The bar at the top of every screen: the screen's title, the safety button and the quick-exit
// button, always in the same place so they can be found without looking. When the title and both
// buttons do not fit on one line (large text, small phones, long languages), the buttons keep
// their place at the top and the title moves to a line of its own below them, so no word is
// ever broken.
ToolBar {
    id: bar

    property string title
    signal quickExitRequested
    signal safetyRequested

    readonly property bool titleFitsBesideButtons: titleMetrics.advanceWidth + buttons.implicitWidth
        + 3 * Theme.smallSpacing + leftPadding + rightPadding <= width

    padding: Theme.smallSpacing
    background: Rectangle {
        color: Theme.brand
    }

    TextMetrics {
        id: titleMetrics

        font: titleLabel.font
        text: bar.title
    }

    // Placed by hand rather than in a layout: Qt 6.4's layouts do not place an item again when
    // it is shown or hidden by a size-dependent binding.
    Item {
        anchors.fill: parent
        implicitHeight: bar.titleFitsBesideButtons ? buttons.implicitHeight
                                                   : buttons.implicitHeight + titleLabel.implicitHeight + Theme.smallSpacing / 2

        RowLayout {
            id: buttons

            anchors.right: parent.right
            anchors.top: parent.top
            spacing: Theme.smallSpacing

            SafetyButton {
                onClicked: bar.safetyRequested()
            }
            QuickExitButton {
                // Never so wide that the safety button has no room, whatever the language: the
                // words wrap instead.
                Layout.maximumWidth: Theme.touchTarget * 4
                onClicked: bar.quickExitRequested()
            }
        }
        Label {
            id: titleLabel

            anchors.left: parent.left
            anchors.right: bar.titleFitsBesideButtons ? buttons.left : parent.right
            anchors.leftMargin: Theme.smallSpacing
            anchors.rightMargin: Theme.smallSpacing
            y: bar.titleFitsBesideButtons ? (buttons.height - height) / 2 : buttons.height
            text: bar.title
            color: Theme.textOnBrand
            font.pixelSize: Theme.titleSize
            font.bold: true
            wrapMode: Text.WordWrap
            horizontalAlignment: Text.AlignLeft
            Accessible.role: Accessible.Heading
        }
    }
}
