import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import CommonGround.Models

ApplicationWindow {
    id: window

    required property AppController app

    width: 412
    height: 915
    visible: true
    title: neutral.visible ? qsTr("Clock") : qsTr("Common Ground")
    color: Theme.background
    font.pixelSize: Theme.bodySize

    Material.theme: Material.Light
    Material.primary: Theme.brand
    Material.accent: Theme.brand
    Material.background: Theme.background
    Material.foreground: Theme.text

    // Right-to-left languages mirror every layout, not only the text.
    LayoutMirroring.enabled: window.app.rightToLeft
    LayoutMirroring.childrenInherit: true

    Binding {
        target: Theme
        property: "fontScale"
        value: window.app.fontScale
    }
    Binding {
        target: Theme
        property: "brand"
        value: window.app.settings.brandColour
    }

    // Escape is the usual keyboard quick exit on UK support websites.
    Shortcut {
        sequence: "Esc"
        onActivated: window.app.quickExit.quickExit()
    }

    header: AppHeader {
        visible: !neutral.visible
        // The guide's own title is on the page, so the header stays short at large text sizes.
        title: window.app.navigation.onboardingVisible ? qsTr("Welcome")
            : readerScreen.visible ? qsTr("Learn") : content.currentItem.title
        onQuickExitRequested: window.app.quickExit.quickExit()
        onSafetyRequested: window.app.showSafety()
    }

    footer: NavigationBar {
        visible: !neutral.visible && !window.app.navigation.onboardingVisible
        navigation: window.app.navigation
    }

    Item {
        anchors.fill: parent
        // Nothing behind the neutral screen is drawn or reachable by a screen reader.
        visible: !neutral.visible

        ScreenLoader {
            anchors.fill: parent
            visible: window.app.navigation.onboardingVisible
            keepWhenHidden: false
            screen: Qt.resolvedUrl("OnboardingPage.qml")
            app: window.app
        }

        // A guide opened from Learn covers the Learn tab until the parent goes back to the list.
        ScreenLoader {
            id: readerScreen

            anchors.fill: parent
            visible: !window.app.navigation.onboardingVisible && window.app.reader.isOpen
                && window.app.navigation.currentTab === NavigationController.LearnTab
            screen: Qt.resolvedUrl("ReaderPage.qml")
            app: window.app
        }

        StackLayout {
            id: content

            readonly property ScreenLoader currentItem: children[currentIndex] as ScreenLoader

            anchors.fill: parent
            visible: !window.app.navigation.onboardingVisible && !readerScreen.visible
            currentIndex: window.app.navigation.currentTab

            ScreenLoader {
                screen: Qt.resolvedUrl("HomePage.qml")
                app: window.app
            }
            ScreenLoader {
                screen: Qt.resolvedUrl("LearnPage.qml")
                app: window.app
            }
            ScreenLoader {
                screen: Qt.resolvedUrl("JournalPage.qml")
                app: window.app
            }
            ScreenLoader {
                screen: Qt.resolvedUrl("HelpPage.qml")
                app: window.app
            }
            ScreenLoader {
                screen: Qt.resolvedUrl("MorePage.qml")
                app: window.app
            }
        }
    }

    NeutralScreen {
        id: neutral

        anchors.fill: parent
        visible: window.app.quickExit.neutralScreenShown
        onReturnRequested: window.app.quickExit.returnFromNeutralScreen()
    }
}
