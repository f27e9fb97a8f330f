pragma ComponentBehavior: Bound
import QtQuick
import QtMultimedia
import CommonGround.Scan

// The camera's picture while the parent holds it over the square code. The camera exists only
// while `running` (this screen showing and the parent asked for it): on a phone without a
// camera, or before the parent asks, nothing of the camera is made at all. Every code seen is
// handed to `found`, and the screen decides what it means.
StartColumn {
    id: scan

    property bool running: false
    readonly property bool hasCamera: devices.videoInputs.length > 0
    // Set when the camera would not start (most often: the parent said no to using it).
    property bool cameraFailed: false
    signal found(string text)

    // Asking again tries the camera again (the parent may have allowed it since).
    onRunningChanged: if (running) cameraFailed = false
    spacing: Theme.smallSpacing

    MediaDevices {
        id: devices
    }
    Loader {
        width: parent.width
        active: scan.running && scan.hasCamera && !scan.cameraFailed
        visible: active

        sourceComponent: Column {
            width: scan.width
            spacing: Theme.smallSpacing

            CaptureSession {
                camera: Camera {
                    active: true
                    onErrorOccurred: scan.cameraFailed = true
                }
                videoOutput: preview
            }
            VideoOutput {
                id: preview

                width: parent.width
                height: width
                fillMode: VideoOutput.PreserveAspectCrop
                Accessible.role: Accessible.Graphic
                Accessible.name: qsTr("Camera picture")
            }
            QrFrameReader {
                videoSink: preview.videoSink
                onFound: text => scan.found(text)
            }
            BodyText {
                width: parent.width
                color: Theme.mutedText
                text: qsTr("Hold the phone so the square code fills the picture. The app reads it by itself: you do not need to press anything.")
            }
        }
    }
    BodyText {
        width: parent.width
        visible: scan.cameraFailed
        text: qsTr("The camera could not start, so please type the short code instead. If you said no to the camera, you can allow it in your phone's settings.")
    }
}
