pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import CommonGround.Models

// One service's own page: everything the directory says about it, with a button for each way to
// get in touch and directions to each place. The model holds this one service.
StartColumn {
    id: view

    required property AppController app
    readonly property ServiceListModel service: app.help.service

    spacing: Theme.spacing

    TextButton {
        text: qsTr("Back to all services")
        onClicked: view.app.help.showList()
    }

    Repeater {
        model: view.service

        Column {
            id: page

            required property int index
            required property var model

            width: parent.width
            spacing: Theme.spacing

            SectionHeading {
                large: true
                text: page.model.name
            }
            BodyText {
                visible: text.length > 0
                color: Theme.mutedText
                text: page.model.provider.length > 0 ? qsTr("Run by %1").arg(page.model.provider) : ""
            }
            BodyText {
                visible: text.length > 0
                font.bold: true
                text: page.model.whoFor.length > 0 ? qsTr("For: %1").arg(page.model.whoFor) : ""
            }
            BodyText {
                visible: text.length > 0
                text: page.model.summary
            }

            SectionHeading {
                text: qsTr("Getting in touch")
            }
            BodyText {
                visible: text.length > 0
                text: page.model.contactNote
            }
            BodyText {
                visible: text.length > 0
                text: page.model.selfReferral
            }
            Repeater {
                model: page.model.phones

                Column {
                    id: phone

                    required property int index
                    required property var modelData

                    width: page.width

                    PrimaryButton {
                        width: parent.width
                        visible: phone.modelData.canCall
                        text: qsTr("Call %1").arg(phone.modelData.text)
                        onClicked: view.service.call(page.index, phone.index)
                    }
                    BodyText {
                        visible: !phone.modelData.canCall
                        text: qsTr("Phone: %1").arg(phone.modelData.text)
                    }
                }
            }
            TextButton {
                visible: page.model.website.length > 0
                text: qsTr("Open website")
                Accessible.name: qsTr("Open the website of %1").arg(page.model.name)
                onClicked: view.service.openWebsite(page.index)
            }
            TextButton {
                visible: page.model.email.length > 0
                text: qsTr("Send an e-mail")
                Accessible.name: qsTr("Send an e-mail to %1").arg(page.model.name)
                onClicked: view.service.email(page.index)
            }
            BodyText {
                visible: text.length > 0
                text: page.model.ways
            }

            SectionHeading {
                visible: page.model.places.length > 0
                text: qsTr("Where")
            }
            Repeater {
                model: page.model.places

                Column {
                    id: place

                    required property int index
                    required property string modelData

                    width: page.width

                    BodyText {
                        text: place.modelData
                    }
                    TextButton {
                        text: qsTr("Directions")
                        Accessible.name: qsTr("Directions to %1").arg(place.modelData)
                        onClicked: view.service.directions(page.index, place.index)
                    }
                }
            }

            SectionHeading {
                visible: page.model.times.length > 0
                text: qsTr("When")
            }
            BodyText {
                visible: text.length > 0
                text: page.model.times
            }

            SectionHeading {
                text: qsTr("Good to know")
            }
            BodyText {
                text: page.model.cost
            }
            BodyText {
                visible: text.length > 0
                text: page.model.languages
            }
            BodyText {
                visible: text.length > 0
                color: Theme.mutedText
                text: page.model.checked
            }
            BodyText {
                visible: text.length > 0
                color: Theme.mutedText
                text: page.model.attribution
            }
        }
    }
}
