#include "content/colourcontrast.h"

#include <QRegularExpression>

#include <cmath>

namespace cg {

namespace {

// sRGB channel to linear light, as WCAG 2 defines relative luminance.
double linearChannel(int value)
{
    const double c = value / 255.0;
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

double relativeLuminance(RgbColour colour)
{
    return 0.2126 * linearChannel(colour.red) + 0.7152 * linearChannel(colour.green)
        + 0.0722 * linearChannel(colour.blue);
}

} // namespace

std::optional<RgbColour> parseHexColour(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^#[0-9A-Fa-f]{6}$"));
    if (!pattern.match(text).hasMatch())
        return std::nullopt;
    const auto channel = [&text](int start) { return text.mid(start, 2).toInt(nullptr, 16); };
    return RgbColour{channel(1), channel(3), channel(5)};
}

double contrastRatio(RgbColour a, RgbColour b)
{
    const double first = relativeLuminance(a);
    const double second = relativeLuminance(b);
    return (qMax(first, second) + 0.05) / (qMin(first, second) + 0.05);
}

QString formatContrast(double ratio)
{
    QString number = QString::number(ratio, 'f', 1);
    if (ratio < minimumTextContrast && number.toDouble() >= minimumTextContrast)
        number = QString::number(std::floor(ratio * 100) / 100, 'f', 2);
    return number + QStringLiteral(":1");
}

} // namespace cg
