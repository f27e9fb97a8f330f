#include "qrframereader.h"

#include "qr/qrimage.h"

#include <QVideoFrame>

namespace cg {
namespace {

constexpr qint64 kMillisecondsBetweenReads = 250;
// A phone's QR code fills a good part of the frame; this is plenty, and reads in milliseconds.
constexpr int kLongestSide = 960;

} // namespace

QrFrameReader::QrFrameReader(QObject *parent)
    : QObject(parent)
{
}

void QrFrameReader::setVideoSink(QVideoSink *sink)
{
    if (sink == m_sink)
        return;
    if (m_sink)
        disconnect(m_sink, nullptr, this, nullptr);
    m_sink = sink;
    if (m_sink)
        connect(m_sink, &QVideoSink::videoFrameChanged, this, &QrFrameReader::frameArrived);
    emit videoSinkChanged();
}

void QrFrameReader::setActive(bool active)
{
    if (active == m_active)
        return;
    m_active = active;
    m_lastText.clear();
    emit activeChanged();
}

void QrFrameReader::frameArrived(const QVideoFrame &frame)
{
    if (!m_active || (m_sinceLastRead.isValid() && m_sinceLastRead.elapsed() < kMillisecondsBetweenReads))
        return;
    m_sinceLastRead.start();
    readFrame(frame);
}

void QrFrameReader::readFrame(const QVideoFrame &frame)
{
    QImage image = frame.toImage();
    if (image.isNull())
        return;
    if (std::max(image.width(), image.height()) > kLongestSide)
        image = image.scaled(kLongestSide, kLongestSide, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    const std::optional<QString> text = readQrText(image);
    if (!text || *text == m_lastText)
        return;
    m_lastText = *text;
    emit found(*text);
}

} // namespace cg
