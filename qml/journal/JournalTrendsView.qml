pragma ComponentBehavior: Bound
import QtQuick
import CommonGround.Models

// Patterns over the last 2, 4 or 12 weeks: numbers in words first, then charts, then ideas that
// open a guide. Everything is worked out on this phone from the parent's own entries.
StartColumn {
    id: view

    required property JournalController journal
    readonly property JournalTrendsModel trends: journal.trends

    spacing: Theme.spacing

    TextButton {
        text: qsTr("Back to journal")
        onClicked: view.journal.showList()
    }

    Flow {
        width: parent.width
        spacing: Theme.smallSpacing
        Accessible.role: Accessible.Grouping
        Accessible.name: qsTr("How far back")

        Repeater {
            model: view.trends.periods

            TopicChip {
                id: period

                required property var modelData

                text: period.modelData.label
                selected: view.trends.weeks === period.modelData.weeks
                onClicked: view.trends.weeks = period.modelData.weeks
            }
        }
    }

    Repeater {
        model: view.trends.summary

        BodyText {
            id: line

            required property string modelData

            text: line.modelData
        }
    }

    SectionHeading {
        visible: view.trends.insights.length > 0
        text: qsTr("Things you might notice")
    }
    Repeater {
        model: view.trends.insights

        InfoCard {
            id: insight

            required property var modelData

            body: insight.modelData.text
            actionText: insight.modelData.moduleTitle.length > 0 ? qsTr("Read: %1").arg(insight.modelData.moduleTitle) : ""
            onActionTriggered: view.trends.openGuide(insight.modelData.moduleId)
        }
    }

    SectionHeading {
        visible: !view.trends.empty
        text: qsTr("Week by week")
    }
    WeekChart {
        visible: !view.trends.empty
        bars: view.trends.weekBars
        most: view.trends.mostInAWeek
        description: view.trends.chartDescription
    }

    SectionHeading {
        visible: view.trends.topics.length > 0
        text: qsTr("What they were about")
    }
    TallyBars {
        rows: view.trends.topics
    }

    SectionHeading {
        visible: view.trends.channels.length > 0
        text: qsTr("How they happened")
    }
    TallyBars {
        rows: view.trends.channels
    }

    SectionHeading {
        visible: view.trends.timesOfDay.length > 0
        text: qsTr("Time of day")
    }
    TallyBars {
        rows: view.trends.timesOfDay
    }
}
