#include "syntheticservices.h"

#include "servicewords.h"

#include <QRandomGenerator>
#include <QStringList>

namespace {

const QStringList &kPlaces = benchPlaceNames();
const QStringList kKinds{"Family Hub", "Children's Centre", "Community Centre", "Library", "Health Centre",
                         "Youth Club", "Advice Centre", "Church Hall", "Sports Centre", "School"};
const QStringList kActivities{
    "parenting group", "stay and play", "relationship support", "debt advice", "money advice", "mediation service",
    "dads group", "mums group", "baby massage", "breastfeeding support", "counselling", "mental health drop-in",
    "housing advice", "food bank", "young carers group", "domestic abuse support", "separated parents course",
    "family support workers", "speech and language drop-in", "benefits check", "employment support",
    "teen talk", "grandparents group", "foster carers support", "homework club", "alcohol and drug support"};
const QStringList &kSentences = benchServiceSentences();
const QStringList kTopics{"parental-conflict", "relationship-support", "parenting", "separation", "mediation",
                          "domestic-abuse", "mental-health", "perinatal", "money-and-debt", "housing",
                          "alcohol-and-drugs", "children-and-young-people", "fathers", "family-support", "crisis"};

const QString &pick(QRandomGenerator &random, const QStringList &list)
{
    return list.at(random.bounded(int(list.size())));
}

} // namespace

QList<cg::SearchEntry> syntheticServices(int count, quint32 seed)
{
    QRandomGenerator random(seed);
    QList<cg::SearchEntry> services;
    services.reserve(count);
    for (int i = 0; i < count; ++i) {
        cg::SearchEntry entry;
        entry.kind = cg::SearchKind::Service;
        entry.id = QStringLiteral("service-%1").arg(i);
        const QString activity = pick(random, kActivities);
        entry.title = QStringLiteral("%1 %2 %3").arg(pick(random, kPlaces), pick(random, kKinds), activity);
        entry.summary = pick(random, kSentences);
        entry.keywords = {pick(random, kTopics), pick(random, kTopics)};
        QStringList body;
        for (int sentence = 0; sentence < 4; ++sentence)
            body << pick(random, kSentences);
        entry.body = body.join(QLatin1Char(' '));
        services << entry;
    }
    return services;
}
