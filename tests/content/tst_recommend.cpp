#include "catchqtstrings.h"
#include "core/recommendationcode.h"
#include "qr/qrimage.h"
#include "tools/contenttool.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QPainter>
#include <QTransform>

using namespace cg;

namespace {

struct Run {
    int exitCode = -1;
    QString out;
    QString err;

    QString lastLine() const { return out.trimmed().split(QLatin1Char('\n')).last(); }
};

Run recommend(const QStringList &arguments)
{
    Run run;
    {
        QTextStream out(&run.out);
        QTextStream err(&run.err);
        run.exitCode = runContentTool(QStringList{QStringLiteral("commonground-content"), QStringLiteral("recommend")}
                                          + arguments,
                                      out, err);
    }
    return run;
}

const QStringList kSeftonLeaflet{QStringLiteral("--area"),    QStringLiteral("E08000014"),
                                 QStringLiteral("--agency"),  QStringLiteral("early-help"),
                                 QStringLiteral("--modules"), QStringLiteral("arguing-better,separating-well"),
                                 QStringLiteral("--services"), QStringLiteral("sefton-relate,national-domestic-abuse-helpline")};

} // namespace

TEST_CASE("recommend prints the typed code last, and the QR image holds the same code")
{
    QTemporaryDir dir;
    const QString png = dir.filePath(QStringLiteral("leaflet.png"));
    const Run made = recommend(kSeftonLeaflet + QStringList{QStringLiteral("--qr"), png});
    REQUIRE(made.exitCode == 0);
    CHECK(made.out.startsWith(QStringLiteral("area: Sefton (E08000014)\n")));
    const QString code = made.lastLine();
    CHECK(decodeRecommendation(code).recommendation);
    const QImage image(png);
    REQUIRE_FALSE(image.isNull());
    CHECK(readQrText(image) == qrTextForCode(code));

    // The QR's text and the typed code both decode to the same ids.
    for (const QString &text : {code, *readQrText(image)}) {
        const Run read = recommend({QStringLiteral("--decode"), text});
        REQUIRE(read.exitCode == 0);
        const QJsonObject json = QJsonDocument::fromJson(read.out.toUtf8()).object();
        CHECK(json.value(QStringLiteral("area")) == QStringLiteral("E08000014"));
        CHECK(json.value(QStringLiteral("agency")) == QStringLiteral("early-help"));
        CHECK(json.value(QStringLiteral("modules")).toArray()
              == QJsonArray{QStringLiteral("arguing-better"), QStringLiteral("separating-well")});
        CHECK(json.value(QStringLiteral("services")).toArray()
              == QJsonArray{QStringLiteral("sefton-relate"), QStringLiteral("national-domestic-abuse-helpline")});
        CHECK_FALSE(json.contains(QStringLiteral("unknown_tags")));
    }
}

TEST_CASE("a printed QR code still reads when small, turned or photographed at an angle")
{
    const QString text = qrTextForCode(*encodeRecommendation(
        {QStringLiteral("E08000014"), QStringLiteral("school"), {itemTag(QStringLiteral("for-dads"))}, {}}));
    const QImage sharp = qrImageFor(text, 3);
    CHECK(readQrText(sharp) == text);
    CHECK(readQrText(sharp.transformed(QTransform().rotate(90))) == text);
    CHECK(readQrText(qrImageFor(text, 10).scaled(150, 150, Qt::IgnoreAspectRatio, Qt::SmoothTransformation)) == text);
    QImage photo(600, 600, QImage::Format_RGB32);
    photo.fill(QColor(200, 190, 170));  // a beige leaflet
    {
        QPainter painter(&photo);
        painter.translate(300, 300);
        painter.rotate(17);
        const QImage code = qrImageFor(text, 8);
        painter.drawImage(-code.width() / 2, -code.height() / 2, code);
    }
    CHECK(readQrText(photo) == text);
    CHECK_FALSE(readQrText(QImage()));
    QImage blank(200, 200, QImage::Format_Grayscale8);
    blank.fill(Qt::white);
    CHECK_FALSE(readQrText(blank));
}

TEST_CASE("recommend refuses what a code cannot carry, naming what the area has")
{
    SECTION("an unknown agency is a usage error listing the kinds")
    {
        QStringList arguments = kSeftonLeaflet;
        arguments[3] = QStringLiteral("detective");
        const Run run = recommend(arguments);
        CHECK(run.exitCode == 2);
        CHECK(run.err.contains(QStringLiteral("--agency must be one of: health-visiting, midwifery")));
        CHECK(run.out.isEmpty());
    }
    SECTION("an area with no pack lists the known ones")
    {
        QStringList arguments = kSeftonLeaflet;
        arguments[1] = QStringLiteral("E06000001");
        const Run run = recommend(arguments);
        CHECK(run.exitCode == 1);
        CHECK(run.err.contains(QStringLiteral("no area pack has the code E06000001; known areas:")));
        CHECK(run.err.contains(QStringLiteral("E08000014 (Sefton)")));
    }
    SECTION("a guide or service the area does not have")
    {
        QStringList arguments = kSeftonLeaflet;
        arguments[5] = QStringLiteral("arguing-better,cooking");
        const Run run = recommend(arguments);
        CHECK(run.exitCode == 1);
        CHECK(run.err.startsWith(QStringLiteral("recommend: this area has no guide 'cooking'; it has: arguing-better")));
        arguments = kSeftonLeaflet;
        arguments[7] = QStringLiteral("wirral-only-service");
        CHECK(recommend(arguments).err.contains(QStringLiteral("this area has no service 'wirral-only-service'")));
    }
    SECTION("nothing chosen, too many, or a missing area")
    {
        CHECK(recommend({QStringLiteral("--area"), QStringLiteral("E08000014"), QStringLiteral("--agency"),
                         QStringLiteral("police")})
                  .exitCode == 2);
        QStringList tooMany = kSeftonLeaflet;
        tooMany[5] = QStringLiteral("a,b,c,d,e,f,g,h");
        CHECK(recommend(tooMany).exitCode == 2);
        CHECK(recommend({QStringLiteral("--agency"), QStringLiteral("police"), QStringLiteral("--modules"),
                         QStringLiteral("for-dads")})
                  .exitCode == 2);
    }
    SECTION("a QR file that cannot be written prints no code")
    {
        const Run run = recommend(kSeftonLeaflet + QStringList{QStringLiteral("--qr"), QStringLiteral("/no/such/folder/x.png")});
        CHECK(run.exitCode == 1);
        CHECK(run.err.contains(QStringLiteral("cannot write the QR image")));
        CHECK(run.out.isEmpty());
    }
}

TEST_CASE("recommend --decode says clearly what is wrong with a mistyped or foreign code")
{
    const QString code = recommend(kSeftonLeaflet).lastLine();
    QString swapped = code;
    std::swap(swapped[1], swapped[2]);
    if (swapped == code)
        std::swap(swapped[6], swapped[7]);
    const Run mistyped = recommend({QStringLiteral("--decode"), swapped});
    CHECK(mistyped.exitCode == 1);
    CHECK(mistyped.err.startsWith(QStringLiteral("recommend: the code is mistyped: a character is wrong or two are swapped")));
    CHECK(mistyped.out.isEmpty());

    const Run shortCode = recommend({QStringLiteral("--decode"), code.left(9)});
    CHECK(shortCode.exitCode == 1);
    CHECK(shortCode.err.contains(QStringLiteral("characters missing or extra")));

    const Run foreign = recommend({QStringLiteral("--decode"), QStringLiteral("https://example.org/menu")});
    CHECK(foreign.exitCode == 1);
    CHECK(foreign.err.contains(QStringLiteral("not a Common Ground code")));

    // Lower case with spaces, as someone might type it, still reads.
    CHECK(recommend({QStringLiteral("--decode"), code.toLower().replace(QLatin1Char('-'), QLatin1Char(' '))}).exitCode == 0);
}

TEST_CASE("a code naming a guide the pack no longer has still decodes, listing that tag as unknown")
{
    const QString code = *encodeRecommendation({QStringLiteral("E08000014"), QStringLiteral("housing"),
                                                {itemTag(QStringLiteral("arguing-better")), itemTag(QStringLiteral("a-retired-guide"))},
                                                {}});
    const Run read = recommend({QStringLiteral("--decode"), code});
    REQUIRE(read.exitCode == 0);
    const QJsonObject json = QJsonDocument::fromJson(read.out.toUtf8()).object();
    CHECK(json.value(QStringLiteral("modules")).toArray() == QJsonArray{QStringLiteral("arguing-better")});
    CHECK(json.value(QStringLiteral("unknown_tags")).toObject().value(QStringLiteral("modules")).toArray().size() == 1);
}
