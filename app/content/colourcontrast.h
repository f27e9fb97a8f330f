#pragma once

#include <QString>

#include <optional>

namespace cg {

struct RgbColour {
    int red = 0;
    int green = 0;
    int blue = 0;
};

inline constexpr RgbColour white{255, 255, 255};

// WCAG 2 level AA for normal-size text: the least contrast an area's colour may have under the
// app's white text.
inline constexpr double minimumTextContrast = 4.5;

// Accepts exactly "#RRGGBB" (either case), the one form the content README allows.
std::optional<RgbColour> parseHexColour(const QString &text);

// WCAG 2 contrast ratio, from 1 (same colour) to 21 (black on white).
double contrastRatio(RgbColour a, RgbColour b);

// "1.1:1". A ratio just under the minimum gets two decimals, so it never reads as "4.5:1" while
// failing.
QString formatContrast(double ratio);

} // namespace cg
