import QtQuick

BodyText {
    required property SectionPartDelegate part

    text: part.text
}
