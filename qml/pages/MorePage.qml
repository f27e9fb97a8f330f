import QtQuick
import CommonGround.Models

PageScaffold {
    id: page

    required property AppController app

    title: qsTr("More")

    SectionHeading {
        text: qsTr("Your area")
    }
    ChoiceList {
        width: parent.width
        choices: page.app.areas
    }
    SectionHeading {
        text: qsTr("Your family")
    }
    ChoiceList {
        width: parent.width
        choices: page.app.situations
    }
    SectionHeading {
        text: qsTr("Privacy")
    }
    StatisticsChoice {
        width: parent.width
        settings: page.app.settings
    }
    SaveErrorNote {
        settings: page.app.settings
    }
    BodyText {
        color: Theme.mutedText
        font.pixelSize: Theme.smallSize
        text: qsTr("Common Ground, version %1").arg(page.app.appVersion)
    }
}
