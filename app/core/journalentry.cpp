#include "core/journalentry.h"

#include "core/jsonlists.h"

#include <QJsonArray>

namespace cg {
namespace {

QJsonArray toArray(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

} // namespace

QJsonObject journalEntryToJson(const JournalEntry &entry)
{
    return {
        {QStringLiteral("kind"), entry.kind == JournalEntry::Kind::GoodDay ? QStringLiteral("good-day")
                                                                          : QStringLiteral("argument")},
        {QStringLiteral("when"), entry.when.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("with"), entry.withWhom},
        {QStringLiteral("how"), entry.how},
        {QStringLiteral("about"), toArray(entry.about)},
        {QStringLiteral("heat"), entry.heat},
        {QStringLiteral("happened"), toArray(entry.happened)},
        {QStringLiteral("children_there"), entry.childrenThere},
        {QStringLiteral("children_saw"), entry.childrenSaw},
        {QStringLiteral("children_heard"), entry.childrenHeard},
        {QStringLiteral("children_seemed"), entry.childrenSeemed},
        {QStringLiteral("ending"), entry.ending},
        {QStringLiteral("feeling_now"), entry.feelingNow},
        {QStringLiteral("helped"), entry.helped},
        {QStringLiteral("note"), entry.note},
    };
}

std::optional<JournalEntry> journalEntryFromJson(const QJsonObject &json)
{
    JournalEntry entry;
    const QString kind = json.value(QStringLiteral("kind")).toString();
    if (kind != QLatin1String("argument") && kind != QLatin1String("good-day"))
        return std::nullopt;
    entry.kind = kind == QLatin1String("good-day") ? JournalEntry::Kind::GoodDay : JournalEntry::Kind::Argument;
    entry.when = QDateTime::fromString(json.value(QStringLiteral("when")).toString(), Qt::ISODateWithMs);
    const auto about = stringListFromJson(json.value(QStringLiteral("about")));
    const auto happened = stringListFromJson(json.value(QStringLiteral("happened")));
    if (!entry.when.isValid() || !about || !happened || !json.value(QStringLiteral("heat")).isDouble())
        return std::nullopt;
    entry.about = *about;
    entry.happened = *happened;
    entry.heat = json.value(QStringLiteral("heat")).toInt();
    entry.withWhom = json.value(QStringLiteral("with")).toString();
    entry.how = json.value(QStringLiteral("how")).toString();
    entry.childrenThere = json.value(QStringLiteral("children_there")).toBool();
    entry.childrenSaw = json.value(QStringLiteral("children_saw")).toBool();
    entry.childrenHeard = json.value(QStringLiteral("children_heard")).toBool();
    entry.childrenSeemed = json.value(QStringLiteral("children_seemed")).toString();
    entry.ending = json.value(QStringLiteral("ending")).toString();
    entry.feelingNow = json.value(QStringLiteral("feeling_now")).toString();
    entry.helped = json.value(QStringLiteral("helped")).toString();
    entry.note = json.value(QStringLiteral("note")).toString();
    return entry;
}

} // namespace cg
