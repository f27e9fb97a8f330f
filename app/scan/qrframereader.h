#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QVideoSink>
#include <QtQml/qqmlregistration.h>

namespace cg {

// Watches the camera's frames (the VideoOutput's videoSink) for a QR code and says what it holds.
// Reads a few frames a second, scaled down, so the preview stays smooth; the same text is only
// reported once, so a code held still is not read again and again.
class QrFrameReader : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QVideoSink *videoSink READ videoSink WRITE setVideoSink NOTIFY videoSinkChanged)
    Q_PROPERTY(bool active READ active WRITE setActive NOTIFY activeChanged)

public:
    explicit QrFrameReader(QObject *parent = nullptr);

    QVideoSink *videoSink() const { return m_sink; }
    void setVideoSink(QVideoSink *sink);
    bool active() const { return m_active; }
    // Starting again forgets the last text, so the same code can be scanned a second time.
    void setActive(bool active);

    // Reads one frame now, whatever the timing (for tests and for a still picture).
    void readFrame(const QVideoFrame &frame);

signals:
    void videoSinkChanged();
    void activeChanged();
    void found(const QString &text);

private:
    void frameArrived(const QVideoFrame &frame);

    QPointer<QVideoSink> m_sink;
    bool m_active = true;
    QElapsedTimer m_sinceLastRead;
    QString m_lastText;
};

} // namespace cg
