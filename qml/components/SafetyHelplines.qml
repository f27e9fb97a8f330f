pragma ComponentBehavior: Bound
import QtQuick
import CommonGround.Models

// Who to call about abuse, most urgent first: the national helplines (including the Men's
// Advice Line and LGBT+ support) and the area's own domestic-abuse services, from the packs.
Column {
    id: helplines

    required property AppController app

    width: parent ? parent.width : implicitWidth
    spacing: Theme.spacing

    Repeater {
        model: helplines.app.safetyServices

        ServiceCard {
            required property var model

            name: model.name
            summary: model.shortSummary
            whoFor: model.whoFor
            details: model.times
            checked: ""
            phone: model.phone
            website: model.website
            email: model.email
            leadsToPage: true
            onCallRequested: row => helplines.app.safetyServices.call(row)
            onWebsiteRequested: row => helplines.app.safetyServices.openWebsite(row)
            onEmailRequested: row => helplines.app.safetyServices.email(row)
            onPageRequested: helplines.app.showService(model.serviceId)
        }
    }
}
