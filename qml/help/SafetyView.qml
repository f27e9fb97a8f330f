pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import CommonGround.Models

// The safety route: danger first, that it is not the parent's fault, what abuse can look like,
// who to call (national helplines and the area's domestic-abuse services), and keeping a phone
// safe. Reached in one tap from every screen.
StartColumn {
    id: view

    required property AppController app

    spacing: Theme.spacing

    EmergencyCard {
        app: view.app
    }
    SectionHeading {
        large: true
        text: qsTr("It is not your fault")
    }
    BodyText {
        text: qsTr("Nobody deserves to be hurt, frightened or controlled by a partner or an ex. It can happen to anyone: mothers and fathers, in any kind of relationship, while you are together or after you have split up.")
    }
    BodyText {
        text: qsTr("You do not need to be sure what to call it, or have proof, before you talk to someone. Helplines listen, believe you and help you think about what to do next.")
    }

    SectionHeading {
        text: qsTr("What abuse can look like")
    }
    Repeater {
        model: [
            { kind: qsTr("Physical"), words: qsTr("Hitting, pushing, kicking, choking, or breaking things to scare you.") },
            { kind: qsTr("Sexual"), words: qsTr("Being made to do sexual things you do not want to do.") },
            { kind: qsTr("Threats"), words: qsTr("Threats to hurt you, the children, pets or themselves, or to take the children away.") },
            { kind: qsTr("Coercive control"), words: qsTr("A pattern of control: checking your phone, cutting you off from friends and family, watching where you go.") },
            { kind: qsTr("Money"), words: qsTr("Taking or keeping money from you, running up debts in your name, or stopping you working.") },
            { kind: qsTr("Emotional"), words: qsTr("Constant put-downs, blame and name-calling, or making you doubt what you remember.") }
        ]

        BodyText {
            id: kind

            required property var modelData

            textFormat: Text.StyledText
            text: "<b>" + kind.modelData.kind + ".</b> " + kind.modelData.words
        }
    }
    BodyText {
        text: qsTr("Arguments happen in every family. When one person is afraid of the other, or one person is always in control, that is not an ordinary argument.")
    }
    TextButton {
        width: parent.width
        text: qsTr("Not sure? Take a short check")
        onClicked: view.app.help.showCheck()
    }

    SectionHeading {
        text: qsTr("Who to call")
    }
    SafetyHelplines {
        app: view.app
    }

    SectionHeading {
        text: qsTr("Keeping your phone safe")
    }
    Repeater {
        model: [
            qsTr("Quick exit, at the top of every screen, hides this app at once and locks your journal."),
            qsTr("You can lock your journal with a PIN, from the Journal tab."),
            qsTr("Calls, messages and web pages can show up in your phone's history. If someone checks your phone, think about clearing them, or using a phone they cannot see, such as a friend's."),
            qsTr("If you are worried someone can see where your phone is, a helpline can talk it through with you.")
        ]

        BodyText {
            id: tip

            required property string modelData

            text: "•  " + tip.modelData
        }
    }
    BodyText {
        color: Theme.mutedText
        text: qsTr("From now on, this app will not suggest things to try together with a partner.")
    }
    TextButton {
        text: qsTr("Back to Get help")
        onClicked: view.app.help.showList()
    }
}
