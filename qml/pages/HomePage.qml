import QtQuick
import CommonGround.Models

// The first screen: a welcome, the ideas the parent chose to try this week, and what to read
// next. Nothing here names abuse or safety: anyone who picks up the phone sees this screen.
PageScaffold {
    id: page

    required property AppController app

    title: qsTr("Home")

    SectionHeading {
        text: qsTr("Hello")
        large: true
    }
    BodyText {
        text: page.app.settings.areaWelcome.length > 0 ? page.app.settings.areaWelcome
            : qsTr("Every family argues sometimes. This app helps you handle disagreements in a way that is better for you and your children.")
    }
    CheckInCard {
        width: parent.width
        app: page.app
    }

    SectionHeading {
        visible: page.app.commitments.count > 0
        text: qsTr("Trying this week")
    }
    BodyText {
        visible: page.app.commitments.count > 0
        color: Theme.mutedText
        text: qsTr("Tick an idea once you have given it a go.")
    }
    Repeater {
        model: page.app.commitments

        TickRow {
            required property string idea
            required property bool done
            required property var model

            // The guide's own words, with where they came from for a screen reader.
            Accessible.description: qsTr("From %1").arg(model.moduleTitle)
            text: idea
            checked: done
            onClicked: model.done = !done
        }
    }
    BodyText {
        visible: page.app.commitments.saveError.length > 0
        color: Theme.urgent
        text: page.app.commitments.saveError
    }

    SectionHeading {
        visible: page.app.recommendations.count > 0
        text: qsTr("Recommended for you by your family worker")
    }
    Repeater {
        model: page.app.recommendations

        LinkCard {
            required property bool isGuide

            label: isGuide ? qsTr("Guide") : qsTr("Local help")
        }
    }
    InlineConfirm {
        visible: page.app.recommendations.count > 0
        actionText: qsTr("Take these off Home")
        question: qsTr("Take your family worker's picks off Home? The guides stay on Learn and the services on Get help.")
        yesText: qsTr("Yes, take them off")
        onConfirmed: page.app.recommendations.remove()
    }

    SectionHeading {
        visible: page.app.suggestions.count > 0
        text: qsTr("What to read next")
    }
    Repeater {
        model: page.app.suggestions

        LinkCard {
            required property string reason

            label: reason
        }
    }

    InfoCard {
        heading: qsTr("Your journal")
        body: qsTr("A private place to note how things went. It stays on this phone.")
        actionText: qsTr("Go to Journal")
        onActionTriggered: page.app.navigation.currentTab = NavigationController.JournalTab
    }
    InfoCard {
        heading: qsTr("Get help")
        body: qsTr("What to do if you are in danger, and where to find support.")
        actionText: qsTr("Find help")
        onActionTriggered: page.app.navigation.currentTab = NavigationController.HelpTab
    }
}
