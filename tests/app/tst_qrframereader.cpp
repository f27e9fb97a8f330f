#include "catchqtstrings.h"
#include "qr/qrimage.h"
#include "scan/qrframereader.h"

#include <catch2/catch.hpp>

#include <QSignalSpy>
#include <QVideoFrame>
#include <QVideoFrameFormat>
#include <QVideoSink>

using namespace cg;

namespace {

// A camera frame showing `image`, as Qt Multimedia hands it over.
QVideoFrame frameOf(const QImage &picture)
{
    const QImage image = picture.convertToFormat(QImage::Format_ARGB32);
    QVideoFrame frame(QVideoFrameFormat(image.size(), QVideoFrameFormat::pixelFormatFromImageFormat(image.format())));
    REQUIRE(frame.map(QVideoFrame::WriteOnly));
    for (int y = 0; y < image.height(); ++y)
        std::memcpy(frame.bits(0) + y * frame.bytesPerLine(0), image.constScanLine(y), size_t(image.bytesPerLine()));
    frame.unmap();
    return frame;
}

} // namespace

TEST_CASE("camera frames showing a square code are read once, and not at all while scanning is off")
{
    QVideoSink sink;
    QrFrameReader reader;
    reader.setVideoSink(&sink);
    QSignalSpy found(&reader, &QrFrameReader::found);

    // A large frame, as a phone camera gives, with the code in part of it.
    QImage picture(1920, 1080, QImage::Format_RGB32);
    picture.fill(Qt::lightGray);
    const QImage code = qrImageFor(QStringLiteral("CG:50007085WCKDV0M"), 12);
    for (int y = 0; y < code.height(); ++y)
        for (int x = 0; x < code.width(); ++x)
            picture.setPixel(600 + x, 200 + y, code.pixel(x, y));
    sink.setVideoFrame(frameOf(picture));
    REQUIRE(found.size() == 1);
    CHECK(found.first().first().toString() == QStringLiteral("CG:50007085WCKDV0M"));

    // The same code held still is not reported again; a frame with no code says nothing.
    reader.readFrame(frameOf(picture));
    QImage blank(640, 480, QImage::Format_RGB32);
    blank.fill(Qt::white);
    reader.readFrame(frameOf(blank));
    CHECK(found.size() == 1);

    // Off, nothing is read; on again, the same code can be scanned a second time.
    reader.setActive(false);
    sink.setVideoFrame(frameOf(picture));
    CHECK(found.size() == 1);
    reader.setActive(true);
    reader.readFrame(frameOf(picture));
    CHECK(found.size() == 2);
}
