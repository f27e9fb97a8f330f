import QtQuick
import QtQuick.Controls
import CommonGround.Models

// Narrowing Get help down: topics, kinds of help, ways to get in touch, language and three
// switches. Every choice applies at once; the list below shows how many are left.
Frame {
    id: panel

    required property ServiceFilters filters
    signal done

    width: parent ? parent.width : implicitWidth
    padding: Theme.spacing
    background: Rectangle {
        color: Theme.surface
        radius: Theme.radius
        border.color: Theme.divider
    }

    Column {
        width: parent.width
        spacing: Theme.smallSpacing

        QuestionLabel {
            text: qsTr("What is it about?")
        }
        ChipFlow {
            chips: panel.filters.topics
            question: qsTr("What is it about?")
        }
        QuestionLabel {
            text: qsTr("What kind of help?")
        }
        ChipFlow {
            chips: panel.filters.tiers
            question: qsTr("What kind of help?")
        }
        QuestionLabel {
            text: qsTr("How would you like to get help?")
        }
        ChipFlow {
            chips: panel.filters.ways
            question: qsTr("How would you like to get help?")
        }
        QuestionLabel {
            visible: panel.filters.languages.count > 0
            text: qsTr("Language")
        }
        ChipFlow {
            chips: panel.filters.languages
            question: qsTr("Language")
        }
        TickRow {
            text: qsTr("Free only")
            checked: panel.filters.freeOnly
            onClicked: panel.filters.freeOnly = !panel.filters.freeOnly
        }
        TickRow {
            text: qsTr("I can contact them myself (no referral)")
            checked: panel.filters.selfReferralOnly
            onClicked: panel.filters.selfReferralOnly = !panel.filters.selfReferralOnly
        }
        TickRow {
            text: qsTr("Open now")
            checked: panel.filters.openNow
            onClicked: panel.filters.openNow = !panel.filters.openNow
        }
        Flow {
            width: parent.width
            spacing: Theme.smallSpacing

            TextButton {
                visible: panel.filters.activeCount > 0
                text: qsTr("Clear filters")
                onClicked: panel.filters.clear()
            }
            TextButton {
                text: qsTr("Done")
                onClicked: panel.done()
            }
        }
    }
}
