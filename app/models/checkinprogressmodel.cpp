#include "models/checkinprogressmodel.h"

#include "core/checkinprogress.h"

#include <QLocale>

#include <algorithm>

namespace cg {
namespace {

// The top score: bars are drawn as a share of it, with a sliver for the lowest so it still shows.
constexpr double kBestScore = 4.0;

// "3 March", with the year only when it is not the year of `latest`.
QString longDate(QDate date, QDate latest)
{
    return QLocale().toString(date, date.year() == latest.year() ? QStringLiteral("d MMMM") : QStringLiteral("d MMMM yyyy"));
}

QString phraseFor(const CheckInItem &item, Band band)
{
    switch (band) {
    case Band::Better: return item.better;
    case Band::Worse: return item.worse;
    case Band::Same: break;
    }
    return item.same;
}

// The words of the one scored answer so far.
QString startingAnswer(const MeasureProgress &measure)
{
    const auto scored = std::find_if(measure.points.cbegin(), measure.points.cend(),
                                     [](const MeasurePoint &point) { return point.score.has_value(); });
    return scored == measure.points.cend() ? QString() : scored->answer;
}

} // namespace

CheckInProgressModel::CheckInProgressModel(const CheckInDefinition &definition, QObject *parent)
    : QObject(parent)
    , m_definition(definition)
{
}

void CheckInProgressModel::setRecords(const QList<CheckInRecord> &records)
{
    m_count = int(records.size());
    m_measures.clear();
    for (const MeasureProgress &measure : measureProgress(m_definition, records)) {
        QString summary;
        if (measure.change)
            summary = tr("%1 since %2.").arg(phraseFor(measure.item, *measure.change),
                                             longDate(measure.since, measure.points.constLast().takenOn));
        else if (measure.since.isValid())
            summary = tr("Your starting point: %1.").arg(startingAnswer(measure));
        else if (!measure.points.isEmpty())
            summary = tr("Nothing to compare yet.");
        else
            summary = tr("Not answered yet.");
        QVariantList bars;
        QStringList spoken;
        for (const MeasurePoint &point : measure.points.mid(std::max<qsizetype>(0, measure.points.size() - maxBars))) {
            const double fraction = point.score ? (*point.score + 0.25) / (kBestScore + 0.25) : 0.0;
            bars.append(QVariantMap{{QStringLiteral("fraction"), fraction},
                                    {QStringLiteral("label"), QLocale().toString(point.takenOn, QStringLiteral("d MMM"))},
                                    {QStringLiteral("scored"), point.score.has_value()}});
            spoken << tr("%1: %2").arg(longDate(point.takenOn, measure.points.constLast().takenOn), point.answer);
        }
        m_measures.append(QVariantMap{{QStringLiteral("measure"), measure.item.measure},
                                      {QStringLiteral("summary"), summary},
                                      {QStringLiteral("bars"), bars},
                                      {QStringLiteral("answersText"), spoken.join(u'\n')}});
    }
    emit changed();
}

} // namespace cg
