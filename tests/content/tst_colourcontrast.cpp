#include "content/colourcontrast.h"

#include "catchqtstrings.h"

using namespace cg;

namespace {

double contrastWithWhite(const char *hex)
{
    const std::optional<RgbColour> colour = parseHexColour(QString::fromLatin1(hex));
    REQUIRE(colour.has_value());
    return contrastRatio(*colour, white);
}

} // namespace

TEST_CASE("only #RRGGBB colours are accepted")
{
    CHECK(parseHexColour(QStringLiteral("#1f6f6B")).has_value());
    CHECK_FALSE(parseHexColour(QStringLiteral("1F6F6B")).has_value());
    CHECK_FALSE(parseHexColour(QStringLiteral("#FFF")).has_value());
    CHECK_FALSE(parseHexColour(QStringLiteral("#1F6F6G")).has_value());
    CHECK_FALSE(parseHexColour(QStringLiteral("teal")).has_value());
    CHECK_FALSE(parseHexColour(QStringLiteral("#1F6F6B ")).has_value());

    const std::optional<RgbColour> colour = parseHexColour(QStringLiteral("#1F6FA0"));
    REQUIRE(colour.has_value());
    CHECK(colour->red == 0x1F);
    CHECK(colour->green == 0x6F);
    CHECK(colour->blue == 0xA0);
}

TEST_CASE("contrast follows the WCAG 2 formula")
{
    CHECK(contrastWithWhite("#000000") == Approx(21.0));
    CHECK(contrastWithWhite("#FFFFFF") == Approx(1.0));
    // Reference values from the WCAG definition: #767676 is the lightest grey that passes AA.
    CHECK(contrastWithWhite("#767676") == Approx(4.54).epsilon(0.005));
    CHECK(contrastWithWhite("#777777") < minimumTextContrast);
    CHECK(contrastWithWhite("#FFFF00") == Approx(1.07).epsilon(0.005));
    // Order does not matter.
    CHECK(contrastRatio(RgbColour{0, 0, 0}, white) == Approx(contrastRatio(white, RgbColour{})));
}

TEST_CASE("a failing contrast never prints as if it passed")
{
    CHECK(formatContrast(1.0738) == QStringLiteral("1.1:1"));
    CHECK(formatContrast(4.5) == QStringLiteral("4.5:1"));
    CHECK(formatContrast(4.478) == QStringLiteral("4.47:1"));
    CHECK(formatContrast(4.44) == QStringLiteral("4.4:1"));
}
