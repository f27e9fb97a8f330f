#include "content/checkinfile.h"

#include "content/fieldreader.h"
#include "content/readability.h"

#include <QJsonArray>
#include <QJsonObject>

namespace cg {
namespace {

const QString kFile = QStringLiteral("checkin/checkin.json");
constexpr int kBestScore = 4;
constexpr double kMaxQuestionGrade = 8.0;

CheckInAnswer readAnswer(const QJsonObject &object, const QString &where, ValidationIssues &issues)
{
    FieldReader read(object, kFile, where, issues);
    read.onlyFields({QStringLiteral("text"), QStringLiteral("score"), QStringLiteral("opens_safety")});
    CheckInAnswer answer{read.text(QStringLiteral("text")), std::nullopt, read.flag(QStringLiteral("opens_safety"))};
    // A whole number from 0 to 4, or null; toInt(-1) gives -1 for anything that is not whole.
    const QJsonValue score = object.value(QStringLiteral("score"));
    const int points = score.toInt(-1);
    if (points >= 0 && points <= kBestScore)
        answer.score = points;
    else if (!score.isNull())
        read.problem(QStringLiteral("score"), QStringLiteral("must be a whole number from 0 to %1, or null").arg(kBestScore));
    return answer;
}

std::optional<CheckInItem> readItem(const QJsonObject &object, const QString &where, ValidationIssues &issues)
{
    const qsizetype before = issues.size();
    FieldReader read(object, kFile, where, issues);
    read.onlyFields({QStringLiteral("id"), QStringLiteral("measure"), QStringLiteral("question"),
                     QStringLiteral("answers"), QStringLiteral("progress"), QStringLiteral("why")});
    CheckInItem item{read.text(QStringLiteral("id")), read.text(QStringLiteral("measure")),
                     read.text(QStringLiteral("question")), {}};
    read.text(QStringLiteral("why"));  // the reasoning, for reviewers only
    const QJsonObject progress = object.value(QStringLiteral("progress")).toObject();
    FieldReader readProgress(progress, kFile, where + QStringLiteral(".progress"), issues);
    readProgress.onlyFields({QStringLiteral("better"), QStringLiteral("same"), QStringLiteral("worse")});
    item.better = readProgress.text(QStringLiteral("better"));
    item.same = readProgress.text(QStringLiteral("same"));
    item.worse = readProgress.text(QStringLiteral("worse"));
    const QJsonArray answers = object.value(QStringLiteral("answers")).toArray();
    if (answers.size() < 2)
        read.problem(QStringLiteral("answers"), QStringLiteral("needs two answers or more"));
    for (qsizetype i = 0; i < answers.size(); ++i)
        item.answers << readAnswer(answers.at(i).toObject(), QStringLiteral("%1.answers[%2]").arg(where).arg(i), issues);
    const double grade = fleschKincaidGrade({item.question});
    if (grade > kMaxQuestionGrade)
        read.problem(QStringLiteral("question"),
                     QStringLiteral("reads at grade %1; make it %2 or below").arg(grade, 0, 'f', 1).arg(kMaxQuestionGrade));
    if (issues.size() != before)
        return std::nullopt;
    return item;
}

QList<CheckInStage> readStages(const QJsonArray &stages, ValidationIssues &issues)
{
    QList<CheckInStage> read;
    for (qsizetype i = 0; i < stages.size(); ++i) {
        const QJsonObject object = stages.at(i).toObject();
        FieldReader stage(object, kFile, QStringLiteral("stages[%1]").arg(i), issues);
        stage.onlyFields({QStringLiteral("id"), QStringLiteral("day"), QStringLiteral("label")});
        CheckInStage next{stage.text(QStringLiteral("id")), object.value(QStringLiteral("day")).toInt(-1),
                          stage.text(QStringLiteral("label"))};
        const int previous = read.isEmpty() ? -1 : read.last().day;
        if ((i == 0 && next.day != 0) || (i > 0 && next.day <= previous))
            stage.problem(QStringLiteral("day"),
                          QStringLiteral("the first stage is day 0, and each later one comes after the one before"));
        read << next;
    }
    return read;
}

} // namespace

CheckInFileResult readCheckIn(const QString &contentDir)
{
    CheckInFileResult result;
    const std::optional<QJsonObject> json = readObject(contentDir, kFile, result.issues);
    if (!json)
        return result;
    const QJsonObject &object = *json;
    FieldReader read(object, kFile, QString(), result.issues);
    read.onlyFields({QStringLiteral("last_reviewed"), QStringLiteral("intro"), QStringLiteral("period_days"),
                     QStringLiteral("stages"), QStringLiteral("band_threshold"), QStringLiteral("items")});
    CheckInDefinition definition;
    definition.intro = read.text(QStringLiteral("intro"));
    definition.lastReviewed = read.date(QStringLiteral("last_reviewed"));
    definition.periodDays = object.value(QStringLiteral("period_days")).toInt();
    if (definition.periodDays < 1)
        read.problem(QStringLiteral("period_days"), QStringLiteral("must be a whole number of days"));
    definition.bandThreshold = object.value(QStringLiteral("band_threshold")).toInt();
    if (definition.bandThreshold < 1 || definition.bandThreshold > kBestScore)
        read.problem(QStringLiteral("band_threshold"), QStringLiteral("must be a whole number from 1 to %1").arg(kBestScore));
    definition.stages = readStages(object.value(QStringLiteral("stages")).toArray(), result.issues);
    if (definition.stages.isEmpty())
        read.problem(QStringLiteral("stages"), QStringLiteral("needs at least the starting stage"));
    QStringList ids;
    const QJsonArray items = object.value(QStringLiteral("items")).toArray();
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString where = QStringLiteral("items[%1]").arg(i);
        const std::optional<CheckInItem> item = readItem(items.at(i).toObject(), where, result.issues);
        // Answers are kept under the id, so two items must never share one, even a broken one.
        const QString id = items.at(i).toObject().value(QStringLiteral("id")).toString();
        if (ids.contains(id))
            result.issues.append({kFile, where + QStringLiteral(".id"), QStringLiteral("'%1' is used twice").arg(id)});
        ids << id;
        if (item)
            definition.items << *item;
    }
    if (items.isEmpty())
        read.problem(QStringLiteral("items"), QStringLiteral("needs at least one question"));
    if (result.issues.isEmpty())
        result.definition = definition;
    return result;
}

ValidationIssues reviewCheckIn(const CheckInDefinition &definition, QDate today)
{
    return reviewDate(definition.lastReviewed, kFile, today);
}

} // namespace cg
