pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import CommonGround.Models

// Get help's list: danger first, the way to the safety route and the check, then every service
// for the parent's area, layered from advice for every family to help straight away, with
// filters to narrow it down.
StartColumn {
    id: view

    required property AppController app
    readonly property ServiceFilters filters: app.help.filters

    spacing: Theme.spacing

    EmergencyCard {
        app: view.app
    }
    BodyText {
        text: qsTr("Asking for help is a strong thing to do. Whatever is going on, you do not have to sort it out alone.")
    }
    InfoCard {
        heading: qsTr("Feeling afraid or controlled?")
        body: qsTr("What abuse can look like, who to call day or night, and keeping your phone safe.")
        actionText: qsTr("Staying safe")
        onActionTriggered: view.app.help.showSafety()
    }
    TextButton {
        width: parent.width
        text: qsTr("Is it arguing, or something more? Take a short check")
        onClicked: view.app.help.showCheck()
    }

    SectionHeading {
        text: qsTr("Support for your family")
    }
    PrimaryButton {
        width: parent.width
        text: view.filters.activeCount > 0 ? qsTr("Filters (%1)").arg(view.filters.activeCount) : qsTr("Filter the list")
        Accessible.description: view.app.help.filtersShown ? qsTr("Hides the filters") : qsTr("Shows the filters")
        onClicked: view.app.help.filtersShown = !view.app.help.filtersShown
    }
    ServiceFiltersPanel {
        visible: view.app.help.filtersShown
        filters: view.filters
        onDone: view.app.help.filtersShown = false
    }
    BodyText {
        visible: view.filters.activeCount > 0
        color: Theme.mutedText
        text: qsTr("Showing %1 of %2").arg(view.app.services.count).arg(view.app.services.unfilteredCount)
    }
    InfoCard {
        visible: view.app.services.count === 0 && view.filters.activeCount > 0
        heading: qsTr("Nothing matches all of these")
        body: qsTr("Try fewer filters, or clear them to see every service again.")
        actionText: qsTr("Clear filters")
        onActionTriggered: view.filters.clear()
    }

    Repeater {
        model: view.app.services

        Column {
            id: entry

            required property int index
            required property string tierHeading
            required property var model

            width: parent.width
            spacing: Theme.smallSpacing

            SectionHeading {
                visible: entry.tierHeading.length > 0
                topPadding: Theme.smallSpacing
                text: entry.tierHeading
            }
            ServiceCard {
                index: entry.index
                name: entry.model.name
                summary: entry.model.shortSummary
                whoFor: entry.model.whoFor
                details: entry.model.details
                checked: entry.model.checked
                phone: entry.model.phone
                website: entry.model.website
                email: entry.model.email
                leadsToPage: true
                hasPlace: entry.model.places.length > 0
                onCallRequested: row => view.app.services.call(row)
                onDirectionsRequested: row => view.app.services.directions(row, 0)
                onWebsiteRequested: row => view.app.services.openWebsite(row)
                onEmailRequested: row => view.app.services.email(row)
                onPageRequested: view.app.help.openService(entry.model.serviceId)
            }
        }
    }
}
