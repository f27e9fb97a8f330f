pragma ComponentBehavior: Bound
import QtQuick
import CommonGround.Models

// One chapter of the conversation guide: every screen of it in one scroll, then the next chapter.
StartColumn {
    id: view

    required property AppController app
    readonly property GuideController guide: app.more.guide

    spacing: Theme.spacing

    TextButton {
        text: qsTr("Back to the chapters")
        onClicked: view.app.more.back()
    }
    SectionHeading {
        large: true
        text: view.guide.chapterTitle
    }
    Repeater {
        model: view.guide.screens

        GuideScreenCard {
            width: view.width
        }
    }
    PrimaryButton {
        width: parent.width
        visible: view.guide.nextChapterTitle.length > 0
        text: qsTr("Next: %1").arg(view.guide.nextChapterTitle)
        onClicked: view.guide.openNextChapter()
    }
}
