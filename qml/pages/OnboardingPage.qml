import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CommonGround.Models

// First run, in three short steps. Nothing is required: every question can be left as
// "prefer not to say", and everything can be changed later in More.
Item {
    id: page

    required property AppController app
    readonly property OnboardingController onboarding: app.onboarding

    // Each step starts at its top, with its question in view.
    Connections {
        target: page.onboarding
        function onStepChanged() {
            scroll.ScrollBar.vertical.position = 0;
        }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

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

                Label {
                    width: parent.width
                    text: qsTr("Step %1 of %2").arg(page.onboarding.step + 1).arg(page.onboarding.stepCount)
                    color: Theme.mutedText
                    font.pixelSize: Theme.smallSize
                    wrapMode: Text.Wrap
                }
                SectionHeading {
                    large: true
                    text: [qsTr("Where do you live?"), qsTr("What best describes your family?"),
                        qsTr("Your privacy")][page.onboarding.step]
                }
                BodyText {
                    text: [qsTr("This lets us show support near you. You can skip it."),
                        qsTr("This helps us suggest the guides most useful to you. It stays on your phone."),
                        qsTr("What you write in this app stays on this phone. It is never sent anywhere.")][page.onboarding.step]
                }
                ChoiceList {
                    width: parent.width
                    visible: page.onboarding.step === OnboardingController.AreaStep
                    choices: page.app.areas
                }
                ChoiceList {
                    width: parent.width
                    visible: page.onboarding.step === OnboardingController.SituationStep
                    choices: page.app.situations
                }
                Column {
                    width: parent.width
                    spacing: Theme.spacing
                    visible: page.onboarding.step === OnboardingController.PrivacyStep

                    StatisticsChoice {
                        width: parent.width
                        settings: page.app.settings
                        metrics: page.app.privacy.metrics
                    }
                    InfoCard {
                        heading: qsTr("If you need to hide the app")
                        body: qsTr("Tap Quick exit at the top of any screen. The app is hidden at once behind a plain clock. To come back, press and hold the time for 2 seconds.")
                    }
                }
                SaveErrorNote {
                    settings: page.app.settings
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
                    visible: page.onboarding.step > 0
                    text: qsTr("Back")
                    Accessible.name: qsTr("Back to the last step")
                    onClicked: page.onboarding.back()
                }
                Item {
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    visible: page.onboarding.step === 0
                }
                PrimaryButton {
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    text: page.onboarding.isLastStep ? qsTr("Start") : qsTr("Next")
                    Accessible.name: page.onboarding.isLastStep ? qsTr("Start using the app") : qsTr("Next step")
                    onClicked: page.onboarding.isLastStep ? page.onboarding.finish() : page.onboarding.next()
                }
            }
        }
    }
}
