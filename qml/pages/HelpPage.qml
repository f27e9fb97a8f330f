pragma ComponentBehavior: Bound
import QtQuick
import CommonGround.Models

// Get help: what to do in danger first, then every service for the parent's area, layered from
// advice for every family to help straight away.
PageScaffold {
    id: page

    required property AppController app

    title: qsTr("Get help")

    InfoCard {
        heading: qsTr("If you are in danger now")
        body: qsTr("Call 999. If you cannot speak, listen to the questions and cough or tap the phone if you can. On a mobile, press 55 when asked and you will be put through to the police.")
        accent: Theme.urgent
        actionText: qsTr("Call 999")
        actionAccessibleName: qsTr("Call 999, emergency services")
        onActionTriggered: page.app.openExternal("tel:999")
    }
    BodyText {
        text: qsTr("Asking for help is a strong thing to do. Whatever is going on, you do not have to sort it out alone.")
    }

    Repeater {
        model: page.app.services

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
                summary: entry.model.summary
                whoFor: entry.model.whoFor
                details: entry.model.details
                checked: entry.model.checked
                phone: entry.model.phone
                website: entry.model.website
                email: entry.model.email
                onCallRequested: row => page.app.services.call(row)
                onWebsiteRequested: row => page.app.services.openWebsite(row)
                onEmailRequested: row => page.app.services.email(row)
            }
        }
    }
}
