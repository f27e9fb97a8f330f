#include "server/dashboardlayout.h"

#include <QHash>

namespace cg {

QList<QStringList> breakdownLabels(const Metric &metric)
{
    // Where one label alone says little, the labels go together; the order is the order of the
    // words in each row.
    if (metric.name == QStringLiteral("module.section_reached"))
        return {{QStringLiteral("module"), QStringLiteral("section")}};
    if (metric.name == QStringLiteral("module.helpful"))
        return {{QStringLiteral("answer")}, {QStringLiteral("module"), QStringLiteral("answer")}};
    if (metric.name == QStringLiteral("checkin.change"))
        return {{QStringLiteral("measure"), QStringLiteral("band")}};
    // Otherwise each label on its own: services by tier, and by topic.
    QList<QStringList> each;
    for (const MetricLabel &label : metric.labels)
        each << QStringList{label.name};
    return each;
}

QString dashboardTitle(const Metric &metric)
{
    static const QHash<QString, QString> titles{
        {QStringLiteral("app.active"), QStringLiteral("Active installs")},
        {QStringLiteral("module.section_reached"), QStringLiteral("Where people stop in each guide")},
        {QStringLiteral("module.helpful"), QStringLiteral("\"Was this helpful?\"")},
        {QStringLiteral("practitioner.code_redeemed"), QStringLiteral("Practitioner codes redeemed")},
        {QStringLiteral("checkin.change"), QStringLiteral("Change at check-ins, by measure")},
        {QStringLiteral("journal.used"), QStringLiteral("Journal in use")},
    };
    return titles.value(metric.name, metric.title);
}

QString dashboardNote(const Metric &metric)
{
    static const QHash<QString, QString> notes{
        {QStringLiteral("app.active"),
         QStringLiteral("Phones that used the app, each week. A phone counts once a week, so the total is phone-weeks.")},
        {QStringLiteral("module.section_reached"),
         QStringLiteral("How many reached each part of a guide. A drop from one part to the next shows where people stop.")},
        {QStringLiteral("module.helpful"), QStringLiteral("Answers given at the end of a guide.")},
        {QStringLiteral("practitioner.code_redeemed"),
         QStringLiteral("Codes from family workers added to the app, by the kind of service the worker is from.")},
        {QStringLiteral("checkin.change"),
         QStringLiteral("At each check-in after the first, whether each measure was better, the same or worse than at the start.")},
        {QStringLiteral("journal.used"), QStringLiteral("Phones where the journal was used, each week.")},
    };
    return notes.value(metric.name, metric.description);
}

} // namespace cg
