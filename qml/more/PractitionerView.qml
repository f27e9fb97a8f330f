import QtQuick
import CommonGround.Models

// Practitioner mode's start: which agency you work for (it goes into every code, never who you
// are), then the conversation guide and the code builder.
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
        text: qsTr("Practitioner mode")
    }
    BodyText {
        text: qsTr("For use on a visit. The app keeps nothing about the family or about you, and there is no account.")
    }
    InfoCard {
        heading: qsTr("Conversation guide")
        body: qsTr("How to ask about relationships, telling everyday conflict from abuse, what to do with each answer, and your area's pathway.")
        actionText: qsTr("Read the guide")
        onActionTriggered: view.app.more.showGuide()
    }
    InfoCard {
        heading: qsTr("Make a code for a parent")
        body: qsTr("Pick guides and local help. The parent scans the square code or types the short code into their own phone.")
        actionText: qsTr("Make a code")
        onActionTriggered: view.app.more.showRecommend()
    }
    SectionHeading {
        text: qsTr("Where you work")
    }
    BodyText {
        color: Theme.mutedText
        text: qsTr("Your kind of agency goes into each code. Only if the parent agrees to share anonymous counts can the council see which kinds of service hand codes out. Your area is chosen under Your area: %1.").arg(view.app.settings.areaName.length > 0 ? view.app.settings.areaName : qsTr("not chosen yet"))
    }
    ChoiceList {
        width: parent.width
        choices: view.app.more.agencies
    }
}
