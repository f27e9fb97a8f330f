pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CommonGround.Models

// A guide, one part at a time. Everything is saved as the parent goes: closing the app mid-way
// opens the same part next time.
Item {
    id: page

    required property AppController app
    readonly property ReaderController reader: app.reader
    readonly property bool showingEnd: reader.isLastSection && reader.completed

    Connections {
        target: page.reader
        function onSectionChanged() {
            scroll.ScrollBar.vertical.position = 0;
        }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        ProgressBar {
            Layout.fillWidth: true
            from: 0
            to: page.reader.sectionCount
            value: page.reader.sectionIndex + 1
            Accessible.name: qsTr("Part %1 of %2").arg(page.reader.sectionIndex + 1).arg(page.reader.sectionCount)
        }

        ScrollView {
            id: scroll

            Layout.fillWidth: true
            Layout.fillHeight: true
            contentWidth: availableWidth
            clip: true

            Column {
                x: Theme.spacing
                y: Theme.spacing
                width: scroll.availableWidth - 2 * Theme.spacing
                spacing: Theme.spacing
                bottomPadding: Theme.spacing

                BodyText {
                    color: Theme.mutedText
                    font.pixelSize: Theme.smallSize
                    text: qsTr("%1 · part %2 of %3").arg(page.reader.moduleTitle)
                        .arg(page.reader.sectionIndex + 1).arg(page.reader.sectionCount)
                }
                SectionHeading {
                    large: true
                    text: page.reader.sectionTitle
                }
                // Shown only where the phone has a voice to read with.
                TextButton {
                    visible: page.app.readAloud.available
                    text: page.app.readAloud.speaking ? qsTr("Stop reading") : qsTr("Read aloud")
                    onClicked: page.app.readAloud.toggle()
                }
                InfoCard {
                    visible: page.reader.answersLocked
                    heading: qsTr("Your answers are locked")
                    body: qsTr("What you write in guides is locked with your journal's PIN. Open your journal to see and change your answers.")
                    actionText: qsTr("Go to Journal")
                    onActionTriggered: page.app.navigation.currentTab = NavigationController.JournalTab
                }
                // While answers are locked the guide can be read but not answered.
                Column {
                    width: parent.width
                    spacing: parent.spacing
                    enabled: !page.reader.answersLocked

                    Repeater {
                        model: page.reader.parts

                        SectionPartDelegate {}
                    }
                }
                // The guide about abuse ends in the safety route, never in exercises.
                InfoCard {
                    visible: page.reader.leadsToSafety && page.reader.isLastSection
                    heading: qsTr("Help is one tap away")
                    body: qsTr("Get help shows who to call, including help that works if you cannot speak.")
                    accent: Theme.urgent
                    actionText: qsTr("See who to call")
                    onActionTriggered: page.app.showSafety()
                }
                // A few services that help with what the guide is about, at its end.
                SectionHeading {
                    visible: guideServices.visible
                    text: qsTr("Support for this")
                }
                Column {
                    id: guideServices

                    width: parent.width
                    spacing: Theme.smallSpacing
                    visible: page.reader.isLastSection && !page.reader.leadsToSafety
                        && page.app.moduleServices.topic.length > 0 && page.app.moduleServices.count > 0

                    Repeater {
                        model: page.app.moduleServices

                        ServiceCard {
                            required property var model

                            name: model.name
                            summary: model.shortSummary
                            whoFor: model.whoFor
                            details: ""
                            checked: ""
                            phone: model.phone
                            website: model.website
                            email: model.email
                            leadsToPage: true
                            onCallRequested: row => page.app.moduleServices.call(row)
                            onWebsiteRequested: row => page.app.moduleServices.openWebsite(row)
                            onEmailRequested: row => page.app.moduleServices.email(row)
                            onPageRequested: page.app.showService(model.serviceId)
                        }
                    }
                    TextButton {
                        text: qsTr("See all support for this")
                        onClicked: page.app.showServicesFor(page.app.moduleServices.topic)
                    }
                }
                InfoCard {
                    visible: page.showingEnd
                    heading: qsTr("You finished this guide")
                    body: page.reader.helpful < 0 ? qsTr("Was it helpful?")
                        : qsTr("Thank you for telling us. You can read it again at any time.")
                }
                RowLayout {
                    width: parent.width
                    visible: page.showingEnd && page.reader.helpful < 0
                    spacing: Theme.spacing

                    PrimaryButton {
                        Layout.fillWidth: true
                        text: qsTr("Yes, it helped")
                        onClicked: page.reader.setHelpful(true)
                    }
                    TextButton {
                        Layout.fillWidth: true
                        text: qsTr("Not really")
                        onClicked: page.reader.setHelpful(false)
                    }
                }
                BodyText {
                    visible: page.reader.saveError.length > 0
                    color: Theme.urgent
                    text: qsTr("Sorry, this could not be saved on this phone. It may be full. What you wrote is still here.")
                }
            }
        }

        Rectangle {
            Layout.fillWidth: true
            implicitHeight: buttons.implicitHeight + 2 * Theme.smallSpacing
            color: Theme.surface

            RowLayout {
                id: buttons

                anchors.fill: parent
                anchors.margins: Theme.smallSpacing
                anchors.leftMargin: Theme.spacing
                anchors.rightMargin: Theme.spacing
                spacing: Theme.spacing

                TextButton {
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    text: page.reader.sectionIndex > 0 ? qsTr("Back") : qsTr("All guides")
                    Accessible.name: page.reader.sectionIndex > 0 ? qsTr("Back to the last part") : qsTr("Back to all guides")
                    onClicked: page.reader.sectionIndex > 0 ? page.reader.back() : page.reader.close()
                }
                PrimaryButton {
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    text: page.showingEnd ? qsTr("All guides") : page.reader.isLastSection ? qsTr("Finish") : qsTr("Next")
                    Accessible.name: page.showingEnd ? qsTr("Back to all guides")
                        : page.reader.isLastSection ? qsTr("Finish this guide") : qsTr("Next part")
                    onClicked: page.showingEnd ? page.reader.close()
                        : page.reader.isLastSection ? page.reader.finish() : page.reader.next()
                }
            }
        }
    }
}
