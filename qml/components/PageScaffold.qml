import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// A scrolling screen with a title (shown in the header) and a column of content. Everything
// scrolls, so large text never pushes anything off screen. An optional `actions` bar stays at
// the bottom, for a button the parent should always be able to reach with a thumb.
Item {
    id: page

    required property string title
    default property alias content: column.data
    property alias actions: actionBar.data

    function scrollToTop() {
        scroll.ScrollBar.vertical.position = 0;
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        ScrollView {
            id: scroll

            Layout.fillWidth: true
            Layout.fillHeight: true
            contentWidth: availableWidth
            clip: true

            StartColumn {
                id: column

                x: Theme.spacing
                y: Theme.spacing
                width: scroll.availableWidth - 2 * Theme.spacing
                spacing: Theme.spacing
                bottomPadding: Theme.spacing * 2
            }
        }

        Rectangle {
            Layout.fillWidth: true
            Layout.preferredHeight: actionBar.implicitHeight + 2 * Theme.smallSpacing
            // A layout leaves hidden buttons out, so with none showing the bar has no height.
            visible: actionBar.implicitHeight > 0
            color: Theme.surface

            Rectangle {
                width: parent.width
                height: 1
                color: Theme.divider
            }
            RowLayout {
                id: actionBar

                anchors.fill: parent
                anchors.leftMargin: Theme.spacing
                anchors.rightMargin: Theme.spacing
                anchors.topMargin: Theme.smallSpacing
                anchors.bottomMargin: Theme.smallSpacing
                spacing: Theme.smallSpacing
            }
        }
    }
}
