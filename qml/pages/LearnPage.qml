import QtQuick
import CommonGround.Models

// The list of guides, for the parent's family first, with search as you type above it.
PageScaffold {
    id: page

    required property AppController app
    readonly property SearchResultsModel search: app.search

    title: qsTr("Learn")

    SearchField {
        // Short, so it fits on a small phone with large text; the screen reader hears more.
        placeholderText: qsTr("Search")
        Accessible.name: qsTr("Search guides and help")
        text: page.search.query
        onTextEdited: page.search.query = text
    }

    // While searching: the results, best first.
    Repeater {
        model: page.search.searching ? page.search : null

        LinkCard {
            required property string kind

            label: kind === "guide" ? qsTr("Guide") : qsTr("Local help")
        }
    }
    InfoCard {
        visible: page.search.searching && page.search.count === 0
        heading: qsTr("Nothing found")
        body: qsTr("Try another word, like \"arguing\", \"money\" or \"children\". Or clear the search to see all the guides.")
    }

    // Otherwise: the guides.
    BodyText {
        visible: !page.search.searching
        text: qsTr("Short guides about arguing less and getting on better, for parents who live together or apart. Each one takes 5 to 15 minutes and works without the internet.")
    }
    TextButton {
        visible: !page.search.searching
        text: page.app.modules.showAll ? qsTr("Show guides for my family") : qsTr("Show all guides")
        onClicked: page.app.modules.showAll = !page.app.modules.showAll
    }
    // Topics of the guides offered, in one row that scrolls sideways so the guides stay near
    // the top; choosing one narrows the list, "All" widens it again.
    ListView {
        width: parent.width
        height: Math.max(Theme.touchTarget, Math.ceil(Theme.smallSize * 1.5) + 2 * Theme.smallSpacing)
        visible: !page.search.searching && count > 2
        orientation: ListView.Horizontal
        spacing: Theme.smallSpacing
        clip: true
        model: page.app.modules.topicChoices
        Accessible.role: Accessible.List
        Accessible.name: qsTr("Topics")

        delegate: TopicChip {
            required property var modelData

            height: ListView.view.height
            text: modelData.label
            selected: modelData.selected
            onClicked: page.app.modules.topic = modelData.key // qmllint disable unqualified
        }
    }
    Repeater {
        model: page.search.searching ? null : page.app.modules

        ModuleCard {}
    }
    InfoCard {
        visible: !page.search.searching && page.app.modules.count === 0
        heading: qsTr("No guides on this phone yet")
        body: qsTr("When guides are added to the app, they will be listed here.")
    }
}
