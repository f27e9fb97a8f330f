import QtQuick
import CommonGround.Models

PageScaffold {
    id: page

    required property AppController app

    title: qsTr("More")

    SectionHeading {
        text: qsTr("Your area")
    }
    AreaChooser {
        width: parent.width
        areas: page.app.areas
        settings: page.app.settings
    }
    SectionHeading {
        text: qsTr("Your family")
    }
    SituationChooser {
        width: parent.width
        situations: page.app.situations
        settings: page.app.settings
    }
    SectionHeading {
        text: qsTr("Privacy")
    }
    StatisticsChoice {
        width: parent.width
        settings: page.app.settings
    }
    BodyText {
        color: Theme.mutedText
        font.pixelSize: Theme.smallSize
        text: qsTr("Common Ground, version %1").arg(page.app.appVersion)
    }
}
