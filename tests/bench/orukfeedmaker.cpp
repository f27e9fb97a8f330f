#include "orukfeedmaker.h"
#include "servicewords.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QStringList>

namespace {

const QStringList &kPlaces = benchPlaceNames();
const QStringList kKinds{"Family Hub", "Children's Centre", "Community Centre", "Library", "Health Centre",
                         "Youth Club", "Advice Centre", "Church Hall"};
const QStringList kActivities{
    "Parenting Group", "Stay and Play", "Relationship Support", "Debt Advice", "Mediation Service", "Dads Group",
    "Baby Massage", "Counselling", "Housing Advice", "Young Carers", "Separated Parents Course",
    "Family Support", "Domestic Abuse Support", "Perinatal Wellbeing", "Drug and Alcohol Service"};
const QStringList &kSentences = benchServiceSentences();
// Family Hubs categories (DfE) and Open Eligibility terms, as real feeds carry them.
const QStringList kTerms{"Reducing parental conflict", "Parenting support", "Separating and separated parent support",
                         "Domestic abuse", "Perinatal mental health support", "Counseling", "Mediation",
                         "Help Hotlines", "Support Groups", "Fathers", "Families"};
const QStringList kWeekdays{"MO", "TU", "WE", "TH", "FR", "SA", "SU"};

const QString &pick(QRandomGenerator &random, const QStringList &list)
{
    return list.at(random.bounded(int(list.size())));
}

QString uuidLike(QRandomGenerator &random)
{
    const auto hex = [&random](int digits) {
        QString text;
        for (int i = 0; i < digits; ++i)
            text += QLatin1Char("0123456789abcdef"[random.bounded(16)]);
        return text;
    };
    return hex(8) + u'-' + hex(4) + u'-' + hex(4) + u'-' + hex(4) + u'-' + hex(12);
}

// Ofcom's ranges set aside for drama: 0117 496 0000-0999 (Bristol), 0808 157 0000-0999 (freephone)
// and 07700 900000-900999 (mobile). Some feeds put words around the number.
QString dramaNumber(QRandomGenerator &random)
{
    const int last = random.bounded(1000);
    switch (random.bounded(6)) {
    case 0: return QStringLiteral("0808 157 %1").arg(last, 4, 10, QLatin1Char('0'));
    case 1: return QStringLiteral("07700 900%1").arg(last, 3, 10, QLatin1Char('0'));
    case 2: return QStringLiteral("Text line: 07700 900%1").arg(last, 3, 10, QLatin1Char('0'));
    default: return QStringLiteral("0117 496 %1").arg(last, 4, 10, QLatin1Char('0'));
    }
}

QString sentences(QRandomGenerator &random, int count)
{
    QStringList words;
    for (int i = 0; i < count; ++i)
        words << pick(random, kSentences);
    return words.join(QLatin1Char(' '));
}

// Two in five keep the real record's own HTML (long, with entities and links); the rest are a few
// paragraphs with the markup councils' editors produce, and one in five is plain text.
QString description(QRandomGenerator &random, const QJsonObject &base, const QString &name, int number)
{
    const int kind = random.bounded(5);
    if (kind < 2 && base.value(QLatin1String("description")).isString())
        return base.value(QLatin1String("description")).toString();
    if (kind == 2)
        return name + QStringLiteral(". ") + sentences(random, 1 + random.bounded(3));
    QString html = QStringLiteral("<h1>About Us</h1>\n\n<p>") + name + QLatin1Char(' ') + sentences(random, 2) + "</p>\n\n";
    for (int paragraph = random.bounded(4); paragraph > 0; --paragraph)
        html += QStringLiteral("<p>") + sentences(random, 1 + random.bounded(3)) + QStringLiteral("</p>\n\n");
    if (random.bounded(2))
        html += QStringLiteral("<ul><li>Parents &amp; carers</li><li>Monday &ndash; Friday</li><li>")
            + pick(random, kSentences) + QStringLiteral("</li></ul>\n");
    html += QStringLiteral("<p>Find out more on&nbsp;<a href=\"https://directory.test/services/%1\" target=\"\">our "
                           "page</a> or call %2.</p>")
                .arg(number)
                .arg(dramaNumber(random));
    return html;
}

QJsonArray phoneList(QRandomGenerator &random)
{
    QJsonArray phones;
    for (int i = 1 + random.bounded(3); i > 0; --i)
        phones << QJsonObject{{QStringLiteral("number"), dramaNumber(random)}};
    return phones;
}

QJsonArray schedules(QRandomGenerator &random, OrukShape shape)
{
    QJsonArray list;
    for (int i = random.bounded(3); i > 0; --i) {
        const int firstDay = random.bounded(5);
        const QString opens = QStringLiteral("%1:00:00").arg(8 + random.bounded(3), 2, 10, QLatin1Char('0'));
        const QString closes = QStringLiteral("%1:30:00").arg(12 + random.bounded(6));
        if (shape == OrukShape::Version1) {
            // v1: one row per day, the day a number (1 is Monday) or a name.
            QJsonObject row{{QStringLiteral("opens_at"), opens}, {QStringLiteral("closes_at"), closes}};
            row.insert(QStringLiteral("weekday"), random.bounded(2) ? QJsonValue(firstDay + 1)
                                                                    : QJsonValue(QStringLiteral("Wednesday")));
            list << row;
            continue;
        }
        QJsonObject row{{QStringLiteral("freq"), QStringLiteral("WEEKLY")},
                        {QStringLiteral("byday"), kWeekdays.at(firstDay) + u',' + kWeekdays.at(firstDay + 2)},
                        {QStringLiteral("opens_at"), opens},
                        {QStringLiteral("closes_at"), closes}};
        if (random.bounded(3) == 0)
            row.insert(QStringLiteral("description"), QStringLiteral("<p>Term time only</p>"));
        list << row;
    }
    return list;
}

QJsonArray taxonomy(QRandomGenerator &random, OrukShape shape)
{
    QJsonArray terms;
    for (int i = random.bounded(4); i > 0; --i) {
        const QString name = pick(random, kTerms);
        if (shape == OrukShape::Version1) {
            terms << QJsonObject{{QStringLiteral("id"), uuidLike(random)},
                                 {QStringLiteral("taxonomy"), QJsonObject{{QStringLiteral("id"), uuidLike(random)},
                                                                          {QStringLiteral("name"), name},
                                                                          {QStringLiteral("vocabulary"), QStringLiteral("dfe")}}}};
        } else {
            terms << QJsonObject{{QStringLiteral("taxonomy_term"), QJsonObject{{QStringLiteral("id"), uuidLike(random)},
                                                                                {QStringLiteral("name"), name},
                                                                                {QStringLiteral("taxonomy"), QStringLiteral("dfe")}}}};
        }
    }
    return terms;
}

QJsonArray places(QRandomGenerator &random, OrukShape shape, int number)
{
    const int kind = random.bounded(10);
    if (kind < 6)
        return {};
    if (kind == 6 && shape == OrukShape::Version3)
        return {QJsonObject{{QStringLiteral("location"), QJsonObject{{QStringLiteral("location_type"), QStringLiteral("virtual")}}}}};
    const QJsonObject address{{QStringLiteral("address_1"), QStringLiteral("Benchmark venue %1").arg(number)},
                              {QStringLiteral("city"), QStringLiteral("Bristol")}};
    const QString key = shape == OrukShape::Version1 ? QStringLiteral("physical_addresses") : QStringLiteral("addresses");
    QJsonObject location{{key, QJsonArray{address}}};
    if (shape == OrukShape::Version3)
        location.insert(QStringLiteral("location_type"), QStringLiteral("physical"));
    return {QJsonObject{{QStringLiteral("location"), location}}};
}

// Who it is for, ages and cost, in the record's shape; ages of -1 mean unknown, as in Bristol's.
void addWhoForAndCost(QRandomGenerator &random, OrukShape shape, QJsonObject &record)
{
    const bool aged = random.bounded(10) < 3;
    const int minimum = aged ? random.bounded(5) : -1;
    const int maximum = aged ? 11 + random.bounded(15) : -1;
    const QString who = random.bounded(2) ? QStringLiteral("<p>Parents and carers of children aged 0&ndash;19</p>") : QString();
    if (shape == OrukShape::Version1) {
        record.remove(QStringLiteral("minimum_age"));
        record.remove(QStringLiteral("maximum_age"));
        record.insert(QStringLiteral("eligibilitys"),
                      QJsonArray{QJsonObject{{QStringLiteral("eligibility"), QStringLiteral("Parents and carers")},
                                             {QStringLiteral("minimum_age"), QString::number(minimum)},
                                             {QStringLiteral("maximum_age"), QString::number(maximum)}}});
    } else {
        record.insert(QStringLiteral("minimum_age"), minimum);
        record.insert(QStringLiteral("maximum_age"), maximum);
        if (!who.isEmpty())
            record.insert(QStringLiteral("eligibility_description"), who);
    }
    const int cost = random.bounded(10);
    const QString feesKey = shape == OrukShape::Version1 ? QStringLiteral("fees") : QStringLiteral("fees_description");
    if (cost < 3)
        record.insert(feesKey, QStringLiteral("Free"));
    else if (cost == 3)
        record.insert(QStringLiteral("cost_options"),
                      QJsonArray{QJsonObject{{QStringLiteral("option"), QStringLiteral("Per session")},
                                             {QStringLiteral("amount"), 5},
                                             {QStringLiteral("currency"), QStringLiteral("GBP")}}});
    const int access = random.bounded(4);
    if (access == 0)
        record.insert(shape == OrukShape::Version1 ? QStringLiteral("attending_access") : QStringLiteral("application_process"),
                      shape == OrukShape::Version1 ? QStringLiteral("drop-in") : QStringLiteral("You can refer yourself"));
    else if (access == 1)
        record.insert(shape == OrukShape::Version1 ? QStringLiteral("attending_access") : QStringLiteral("application_process"),
                      shape == OrukShape::Version1 ? QStringLiteral("referral") : QStringLiteral("Referral from a health visitor"));
}

} // namespace

OrukFeed makeOrukFeed(const QList<QJsonObject> &templates, int count, quint32 seed, OrukShape shape, QDate today)
{
    OrukFeed feed;
    QStringList repeatable;  // ids of named, active records a later record may repeat
    QJsonArray records;
    for (int number = 0; number < count; ++number) {
        // Each record from its own stream, and everything that decides how it is counted drawn
        // first, so both shapes hold the same ids, names, repeats and skips.
        QRandomGenerator random(seed ^ (quint32(number) * 2654435761u));
        const QJsonObject &base = templates.at(number % templates.size());
        QJsonObject record = base;
        const int roll = random.bounded(100);
        const bool duplicate = roll == 0 && !repeatable.isEmpty();
        const bool withoutName = roll == 1;
        const bool inactive = roll == 2;
        const QString freshId = uuidLike(random);
        const QString id = duplicate ? pick(random, repeatable) : freshId;
        record.insert(QStringLiteral("id"), id);
        const QString name = QStringLiteral("%1 %2 %3").arg(pick(random, kPlaces), pick(random, kKinds), pick(random, kActivities));
        const int howUnnamed = random.bounded(3);  // "", null or no name at all
        if (withoutName) {
            if (howUnnamed == 0)
                record.insert(QStringLiteral("name"), QString());
            else if (howUnnamed == 1)
                record.insert(QStringLiteral("name"), QJsonValue::Null);
            else
                record.remove(QStringLiteral("name"));
        } else {
            record.insert(QStringLiteral("name"), name);
        }
        record.insert(QStringLiteral("status"), inactive ? QStringLiteral("inactive") : QStringLiteral("active"));
        record.insert(QStringLiteral("description"), description(random, base, name, number));
        record.insert(QStringLiteral("url"), QStringLiteral("https://directory.test/services/%1").arg(number));
        // One in five keeps the placeholder address councils' systems fill in, which is dropped.
        record.insert(QStringLiteral("email"), random.bounded(5) ? QStringLiteral("service%1@directory.test").arg(number)
                                                                 : QStringLiteral("Unknown-%1@noemail.invalid").arg(number));
        if (random.bounded(10))
            record.insert(QStringLiteral("assured_date"), today.addDays(-random.bounded(3 * 365)).toString(Qt::ISODate));
        else
            record.remove(QStringLiteral("assured_date"));  // the last_modified date is used instead

        QJsonObject organisation = base.value(QStringLiteral("organization")).toObject();
        organisation.insert(QStringLiteral("id"), uuidLike(random));
        organisation.insert(QStringLiteral("name"), name.section(QLatin1Char(' '), 0, 1) + QStringLiteral(" Trust"));
        organisation.insert(QStringLiteral("website"), QStringLiteral("https://directory.test/providers/%1").arg(number));
        organisation.insert(QStringLiteral("uri"), QStringLiteral("https://directory.test/providers/%1").arg(number));
        record.remove(QStringLiteral("organization"));
        record.insert(shape == OrukShape::Version1 ? QStringLiteral("organisation") : QStringLiteral("organization"), organisation);

        record.insert(QStringLiteral("contacts"),
                      QJsonArray{QJsonObject{{QStringLiteral("id"), uuidLike(random)}, {QStringLiteral("phones"), phoneList(random)}}});
        if (shape == OrukShape::Version3 && random.bounded(10) < 3)
            record.insert(QStringLiteral("phones"), phoneList(random));
        const QJsonArray times = schedules(random, shape);
        if (!times.isEmpty())
            record.insert(shape == OrukShape::Version1 ? QStringLiteral("regular_schedules") : QStringLiteral("schedules"), times);
        const QJsonArray terms = taxonomy(random, shape);
        if (!terms.isEmpty())
            record.insert(shape == OrukShape::Version1 ? QStringLiteral("service_taxonomys") : QStringLiteral("attributes"), terms);
        const QJsonArray where = places(random, shape, number);
        if (!where.isEmpty())
            record.insert(QStringLiteral("service_at_locations"), where);
        if (random.bounded(5) == 0)
            record.insert(QStringLiteral("languages"), QJsonArray{QStringLiteral("English"), QStringLiteral("Polish")});
        addWhoForAndCost(random, shape, record);

        feed.duplicates += duplicate;
        feed.withoutName += withoutName;
        feed.inactive += inactive;
        if (!duplicate && !withoutName && !inactive)
            repeatable << id;
        records << record;
    }
    feed.records = count;
    QJsonObject page;
    if (shape == OrukShape::Version1) {
        page = {{QStringLiteral("totalElements"), count}, {QStringLiteral("totalPages"), 1}, {QStringLiteral("number"), 1},
                {QStringLiteral("size"), count},          {QStringLiteral("first"), true},   {QStringLiteral("last"), true},
                {QStringLiteral("content"), records}};
    } else {
        page = {{QStringLiteral("total_items"), count}, {QStringLiteral("total_pages"), 1},
                {QStringLiteral("page_number"), 1},     {QStringLiteral("size"), count},
                {QStringLiteral("first_page"), true},   {QStringLiteral("last_page"), true},
                {QStringLiteral("empty"), count == 0},  {QStringLiteral("contents"), records}};
    }
    // Compact, as directory APIs send it.
    feed.json = QJsonDocument(page).toJson(QJsonDocument::Compact);
    return feed;
}
