#include "server/summaryjson.h"

#include <QJsonArray>

namespace cg {
namespace {

QJsonValue figureJson(const PublishedFigure &figure)
{
    switch (figure.kind) {
    case PublishedFigure::Kind::Zero:
    case PublishedFigure::Kind::Rounded:
        return figure.shown;
    case PublishedFigure::Kind::Small:
        return figure.text();
    case PublishedFigure::Kind::Withheld:
        break;
    }
    return QJsonValue::Null;
}

QJsonArray figuresJson(const QList<PublishedFigure> &figures)
{
    QJsonArray array;
    for (const PublishedFigure &figure : figures)
        array << figureJson(figure);
    return array;
}

QJsonObject placeJson(const MetricFigures &metric, const PlaceFigures &place)
{
    QJsonArray breakdowns;
    for (int b = 0; b < metric.breakdowns.size(); ++b) {
        QJsonArray rows;
        for (int row = 0; row < metric.breakdowns.at(b).rows.size(); ++row) {
            rows << QJsonObject{{QStringLiteral("labels"), metric.breakdowns.at(b).rows.at(row)},
                                {QStringLiteral("value"), figureJson(place.breakdowns.at(b).at(row))}};
        }
        breakdowns << QJsonObject{{QStringLiteral("by"), QJsonArray::fromStringList(metric.breakdowns.at(b).labels)},
                                  {QStringLiteral("rows"), rows}};
    }
    return QJsonObject{{QStringLiteral("name"), place.name},
                       {QStringLiteral("total"), figureJson(place.total)},
                       {QStringLiteral("weekly"), figuresJson(place.weeks)},
                       {QStringLiteral("monthly"), figuresJson(place.months)},
                       {QStringLiteral("breakdowns"), breakdowns}};
}

} // namespace

QJsonObject summaryJson(const Area &area, const ReportPeriod &period, const AreaFigures &figures)
{
    QJsonArray metrics;
    for (const MetricFigures &metric : figures.metrics) {
        QJsonObject places;
        // The area first, then its region (when it has one), then the country.
        places.insert(QStringLiteral("area"), placeJson(metric, metric.places.first()));
        if (metric.places.size() == 3)
            places.insert(QStringLiteral("region"), placeJson(metric, metric.places.at(1)));
        places.insert(QStringLiteral("national"), placeJson(metric, metric.places.last()));
        metrics << QJsonObject{{QStringLiteral("metric"), metric.metric.name},
                               {QStringLiteral("title"), metric.metric.title},
                               {QStringLiteral("places"), places}};
    }
    QJsonObject areaJson{{QStringLiteral("code"), area.code}, {QStringLiteral("name"), area.name}};
    if (!area.region.isEmpty())
        areaJson.insert(QStringLiteral("region"), area.region);
    return QJsonObject{{QStringLiteral("area"), areaJson},
                       {QStringLiteral("from"), period.first()},
                       {QStringLiteral("to"), period.last()},
                       {QStringLiteral("weeks"), QJsonArray::fromStringList(period.weeks)},
                       {QStringLiteral("months"), QJsonArray::fromStringList(period.months)},
                       {QStringLiteral("metrics"), metrics}};
}

} // namespace cg
