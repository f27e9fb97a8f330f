import QtQuick
import QtQuick.Controls

// A scrolling screen with a title (shown in the header) and a column of content. Everything
// scrolls, so large text never pushes anything off screen.
ScrollView {
    id: page

    required property string title
    default property alias content: column.data

    contentWidth: availableWidth
    clip: true

    Column {
        id: column

        x: Theme.spacing
        y: Theme.spacing
        width: page.availableWidth - 2 * Theme.spacing
        spacing: Theme.spacing
        bottomPadding: Theme.spacing * 2
    }
}
