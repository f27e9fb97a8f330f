#include "content/metricregistryfile.h"

#include "content/fieldreader.h"
#include "content/readability.h"
#include "content/servicemapping.h"
#include "core/agencytypes.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace cg {
namespace {

const QString kFile = QStringLiteral("metrics.json");
constexpr double kMaxWordsGrade = 9.0;  // parents read these on the consent screen

bool isMetricName(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z]+(_[a-z]+)*(\\.[a-z]+(_[a-z]+)*)+$"));
    return pattern.match(name).hasMatch();
}

QList<MetricLabel> readLabels(const QJsonObject &labels, const QString &path, const MetricLists &lists,
                              ValidationIssues &issues)
{
    QList<MetricLabel> read;
    for (auto entry = labels.constBegin(); entry != labels.constEnd(); ++entry) {
        const QJsonObject object = entry->toObject();
        FieldReader label(object, kFile, path + u'.' + entry.key(), issues);
        label.onlyFields({QStringLiteral("list"), QStringLiteral("values")});
        MetricLabel next{entry.key(), label.text(QStringLiteral("list"), false), {}};
        const bool written = object.contains(QStringLiteral("values"));
        if (next.list.isEmpty() == !written) {
            label.problem(QStringLiteral("list"), QStringLiteral("give either a list's name or the values, not both"));
        } else if (written) {
            next.values = label.list(QStringLiteral("values"));
        } else if (!lists.contains(next.list)) {
            label.problem(QStringLiteral("list"), QStringLiteral("'%1' is not one of: %2")
                                                      .arg(next.list, QStringList(lists.keys()).join(QStringLiteral(", "))));
        } else {
            next.values = lists.value(next.list);
        }
        read << next;
    }
    return read;
}

std::optional<Metric> readMetric(const QJsonObject &object, const QString &path, const MetricLists &lists,
                                 ValidationIssues &issues)
{
    const qsizetype before = issues.size();
    FieldReader read(object, kFile, path, issues);
    read.onlyFields({QStringLiteral("name"), QStringLiteral("title"), QStringLiteral("description"), QStringLiteral("why"),
                     QStringLiteral("labels"), QStringLiteral("max_per_week")});
    Metric metric{read.text(QStringLiteral("name")), read.text(QStringLiteral("description")),
                  read.text(QStringLiteral("why")), {}, object.value(QStringLiteral("max_per_week")).toInt(0),
                  read.text(QStringLiteral("title"))};
    if (!metric.name.isEmpty() && !isMetricName(metric.name))
        read.problem(QStringLiteral("name"), QStringLiteral("must be lower-case words joined by dots, such as module.started"));
    for (const QString &words : {QStringLiteral("description"), QStringLiteral("why")}) {
        const double grade = fleschKincaidGrade({object.value(words).toString()});
        if (grade > kMaxWordsGrade)
            read.problem(words, QStringLiteral("reads at grade %1; make it %2 or below").arg(grade, 0, 'f', 1).arg(kMaxWordsGrade));
    }
    if (!object.value(QStringLiteral("labels")).isObject())
        read.problem(QStringLiteral("labels"), QStringLiteral("must be an object, {} for none"));
    metric.labels = readLabels(object.value(QStringLiteral("labels")).toObject(), path + QStringLiteral(".labels"), lists, issues);
    if (metric.maxPerWeek < 1)
        read.problem(QStringLiteral("max_per_week"), QStringLiteral("must be a whole number, 1 or more"));
    if (issues.size() != before)
        return std::nullopt;
    return metric;
}

} // namespace

MetricLists metricLists(const QStringList &moduleIds, const QStringList &serviceTopics, const CheckInDefinition &checkIn)
{
    QStringList stages;
    for (const CheckInStage &stage : checkIn.stages)
        stages << stage.id;
    QStringList measures;
    for (const CheckInItem &item : checkIn.items)
        measures << item.id;
    return {{QStringLiteral("modules"), moduleIds},
            {QStringLiteral("service-topics"), serviceTopics},
            {QStringLiteral("tiers"), serviceTiers()},
            {QStringLiteral("agency-types"), agencyTypes()},
            {QStringLiteral("checkin-stages"), stages},
            {QStringLiteral("checkin-measures"), measures}};
}

MetricRegistryResult readMetricRegistry(const QString &contentDir, const MetricLists &lists)
{
    MetricRegistryResult result;
    const std::optional<QJsonObject> json = readObject(contentDir, kFile, result.issues);
    if (!json)
        return result;
    FieldReader read(*json, kFile, QString(), result.issues);
    read.onlyFields({QStringLiteral("schema"), QStringLiteral("last_reviewed"), QStringLiteral("metrics")});
    MetricRegistry registry;
    registry.lastReviewed = read.date(QStringLiteral("last_reviewed"));
    if (json->value(QStringLiteral("schema")).toInt() != 1)
        read.problem(QStringLiteral("schema"), QStringLiteral("must be 1, the only version this app reads"));
    const QJsonArray metrics = json->value(QStringLiteral("metrics")).toArray();
    QStringList names;
    for (qsizetype i = 0; i < metrics.size(); ++i) {
        const QString path = QStringLiteral("metrics[%1]").arg(i);
        const QString name = metrics.at(i).toObject().value(QStringLiteral("name")).toString();
        if (names.contains(name))
            result.issues.append({kFile, path + QStringLiteral(".name"), QStringLiteral("'%1' is used twice").arg(name)});
        names << name;
        if (const std::optional<Metric> metric = readMetric(metrics.at(i).toObject(), path, lists, result.issues))
            registry.metrics << *metric;
    }
    // Every report carries app.active, so the server can count weekly users without an identifier.
    const Metric *active = registry.find(QStringLiteral("app.active"));
    if (!names.contains(QStringLiteral("app.active")))
        read.problem(QStringLiteral("metrics"), QStringLiteral("needs app.active, with no labels and a most of 1"));
    else if (active && (!active->labels.isEmpty() || active->maxPerWeek != 1))
        read.problem(QStringLiteral("metrics"), QStringLiteral("app.active must have no labels and a most of 1"));
    if (result.issues.isEmpty())
        result.registry = registry;
    return result;
}

ValidationIssues reviewMetricRegistry(const MetricRegistry &registry, QDate today)
{
    return reviewDate(registry.lastReviewed, kFile, today);
}

} // namespace cg
