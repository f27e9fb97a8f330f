pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import CommonGround.Models

// The conversation guide's chapters, each one tap away.
StartColumn {
    id: view

    required property AppController app

    spacing: Theme.spacing

    TextButton {
        text: qsTr("Back")
        onClicked: view.app.more.back()
    }
    SectionHeading {
        large: true
        text: view.app.more.guide.title
    }
    BodyText {
        text: qsTr("Short screens to read before a visit, or to glance at during one.")
    }
    Repeater {
        model: view.app.more.guide

        ItemDelegate {
            id: chapter

            required property string title
            required property int index
            required property var model

            width: view.width
            implicitHeight: Math.max(Theme.touchTarget, implicitContentHeight + topPadding + bottomPadding)
            padding: Theme.spacing
            background: Rectangle {
                color: chapter.down ? Theme.divider : Theme.surface
                radius: Theme.radius
                border.color: Theme.divider
            }
            contentItem: SectionHeading {
                text: qsTr("%1. %2").arg(chapter.index + 1).arg(chapter.title)
            }
            Accessible.name: chapter.title
            onClicked: chapter.model.opened = true
        }
    }
}
