pragma Singleton
import QtQuick

// Colours, spacing and the type scale in one place. Main.qml sets fontScale and the brand colour
// from the app's settings; every size of text is derived from fontScale so large text works
// everywhere.
QtObject {
    property real fontScale: 1.0
    property color brand: "#2B6A6E"

    readonly property color background: "#F7F6F2"
    readonly property color surface: "#FFFFFF"
    readonly property color text: "#1F2528"
    readonly property color mutedText: "#4A5358"
    readonly property color divider: "#D9D6CE"
    readonly property color textOnBrand: "#FFFFFF"
    readonly property color exitButton: "#2F3437"
    readonly property color urgent: "#A3262A"
    readonly property color goodDay: "#4F7A35"
    // The neutral screen looks like a plain system clock, not like this app.
    readonly property color neutralBackground: "#ECEFF1"
    readonly property color neutralText: "#37474F"
    readonly property color neutralMutedText: "#546E7A"

    readonly property int spacing: 16
    readonly property int smallSpacing: 8
    readonly property int touchTarget: 48
    readonly property int radius: 12

    readonly property int bodySize: Math.round(16 * fontScale)
    readonly property int smallSize: Math.round(14 * fontScale)
    readonly property int titleSize: Math.round(20 * fontScale)
    readonly property int headlineSize: Math.round(24 * fontScale)
    readonly property int navLabelSize: Math.round(12 * fontScale)
}
