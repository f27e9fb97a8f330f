#include "server/svgchart.h"

#include "server/htmlpage.h"

#include <QLocale>

#include <algorithm>

namespace cg {
namespace {

constexpr int kSmallestHidden = 9;  // "<10" is drawn as high as it could be
const QString kBarColour = QStringLiteral("#1f6f6b");
const QString kHiddenColour = QStringLiteral("#6b6b6b");

// 1, 2 or 5 times a power of ten, at or above `value`: an axis top a reader can take in at once.
qint64 roundScale(qint64 value)
{
    qint64 step = 1;
    for (;;) {
        for (qint64 multiple : {1, 2, 5}) {
            if (multiple * step >= value)
                return multiple * step;
        }
        step *= 10;
    }
}

QString number(qint64 value)
{
    return QLocale(QLocale::English, QLocale::UnitedKingdom).toString(value);
}

} // namespace

qint64 largestShown(const QList<PublishedFigure> &figures)
{
    qint64 largest = 1;
    for (const PublishedFigure &figure : figures) {
        if (figure.kind == PublishedFigure::Kind::Rounded)
            largest = std::max(largest, figure.shown);
        else if (figure.kind == PublishedFigure::Kind::Small)
            largest = std::max<qint64>(largest, kSmallestHidden);
    }
    return largest;
}

QString trendChart(const QString &label, const QStringList &periods, const QList<PublishedFigure> &figures)
{
    constexpr double left = 44, right = 296, top = 8, bottom = 112;
    const qint64 scale = roundScale(largestShown(figures));
    const double slot = (right - left) / std::max<qsizetype>(1, figures.size());
    const double barWidth = std::max(1.0, slot * 0.75);
    QString bars;
    for (int i = 0; i < figures.size(); ++i) {
        const PublishedFigure &figure = figures.at(i);
        const double x = left + i * slot + (slot - barWidth) / 2;
        const QString title = QStringLiteral("<title>%1: %2</title>").arg(htmlEscaped(periods.value(i)), figure.text());
        switch (figure.kind) {
        case PublishedFigure::Kind::Rounded: {
            const double height = (bottom - top) * double(figure.shown) / double(scale);
            bars += QStringLiteral("<rect x=\"%1\" y=\"%2\" width=\"%3\" height=\"%4\" fill=\"%5\">%6</rect>")
                        .arg(x, 0, 'f', 1).arg(bottom - height, 0, 'f', 1).arg(barWidth, 0, 'f', 1).arg(height, 0, 'f', 1)
                        .arg(kBarColour, title);
            break;
        }
        case PublishedFigure::Kind::Small: {
            const double height = (bottom - top) * double(kSmallestHidden) / double(scale);
            bars += QStringLiteral("<rect x=\"%1\" y=\"%2\" width=\"%3\" height=\"%4\" fill=\"#fff\" stroke=\"%5\" "
                                   "stroke-width=\"1.5\" stroke-dasharray=\"3 2\">%6</rect>")
                        .arg(x + 0.75, 0, 'f', 1).arg(bottom - height, 0, 'f', 1).arg(std::max(1.0, barWidth - 1.5), 0, 'f', 1)
                        .arg(height, 0, 'f', 1).arg(kBarColour, title);
            break;
        }
        case PublishedFigure::Kind::Withheld:
            bars += QStringLiteral("<rect x=\"%1\" y=\"%2\" width=\"%3\" height=\"4\" fill=\"%4\">%5</rect>")
                        .arg(x, 0, 'f', 1).arg(bottom - 4, 0, 'f', 1).arg(barWidth, 0, 'f', 1).arg(kHiddenColour, title);
            break;
        case PublishedFigure::Kind::Zero:
            break;
        }
    }
    // Built by joining pieces rather than one arg() chain, so a "%1" in a label stays as written.
    const QString axes = QStringLiteral("<line x1=\"%1\" y1=\"%2\" x2=\"%3\" y2=\"%2\" stroke=\"#1b1b1b\"/>"
                                        "<line x1=\"%1\" y1=\"%4\" x2=\"%3\" y2=\"%4\" stroke=\"#d0d0d0\"/>"
                                        "<text x=\"%5\" y=\"%6\" text-anchor=\"end\">%7</text>"
                                        "<text x=\"%5\" y=\"%8\" text-anchor=\"end\">0</text>")
                             .arg(left).arg(bottom).arg(right).arg(top).arg(left - 4).arg(top + 4).arg(number(scale)).arg(bottom + 4);
    const QString periodNames = QStringLiteral("<text x=\"%1\" y=\"128\">").arg(left) + htmlEscaped(periods.value(0))
        + QStringLiteral("</text><text x=\"%1\" y=\"128\" text-anchor=\"end\">").arg(right)
        + htmlEscaped(periods.value(periods.size() - 1)) + QStringLiteral("</text>");
    return QStringLiteral("<svg class=\"trend\" viewBox=\"0 0 300 134\" role=\"img\" aria-label=\"") + htmlEscaped(label)
        + QStringLiteral("\" xmlns=\"http://www.w3.org/2000/svg\">") + axes + bars + periodNames + QStringLiteral("</svg>");
}

QString rowBar(const PublishedFigure &figure, qint64 largest)
{
    constexpr double width = 120;
    const double scale = double(std::max<qint64>(1, largest));
    QString bar;
    if (figure.kind == PublishedFigure::Kind::Rounded) {
        bar = QStringLiteral("<rect x=\"0\" y=\"2\" width=\"%1\" height=\"12\" fill=\"%2\"/>")
                  .arg(std::max(1.0, width * double(figure.shown) / scale), 0, 'f', 1).arg(kBarColour);
    } else if (figure.kind == PublishedFigure::Kind::Small) {
        bar = QStringLiteral("<rect x=\"0.75\" y=\"2.75\" width=\"%1\" height=\"10.5\" fill=\"#fff\" stroke=\"%2\" "
                             "stroke-width=\"1.5\" stroke-dasharray=\"3 2\"/>")
                  .arg(std::max(1.0, width * kSmallestHidden / scale - 1.5), 0, 'f', 1).arg(kBarColour);
    } else if (figure.kind == PublishedFigure::Kind::Withheld) {
        bar = QStringLiteral("<rect x=\"0\" y=\"6\" width=\"6\" height=\"4\" fill=\"%1\"/>").arg(kHiddenColour);
    }
    return QStringLiteral("<svg class=\"bar\" viewBox=\"0 0 120 16\" width=\"120\" height=\"16\" aria-hidden=\"true\" "
                          "focusable=\"false\" xmlns=\"http://www.w3.org/2000/svg\">%1</svg>")
        .arg(bar);
}

} // namespace cg
