import QtQuick
import QtQuick.Controls

// A PIN typed as hidden digits. The keyboard shows numbers and learns nothing.
TextField {
    width: parent ? parent.width : implicitWidth
    font.pixelSize: Theme.titleSize
    echoMode: TextInput.Password
    maximumLength: 8
    inputMethodHints: Qt.ImhDigitsOnly | Qt.ImhSensitiveData | Qt.ImhNoPredictiveText
    validator: RegularExpressionValidator { regularExpression: /[0-9]{0,8}/ }
    Accessible.name: placeholderText
}
