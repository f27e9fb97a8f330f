#include "content/checkinfile.h"

#include "content/jsonfile.h"
#include "content/readability.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonObject>

namespace cg {
namespace {

const QString kFile = QStringLiteral("checkin/checkin.json");
constexpr int kBestScore = 4;
constexpr double kMaxQuestionGrade = 8.0;

QString text(const QJsonObject &object, const QString &field, const QString &where, ValidationIssues &issues)
{
    const QString value = object.value(field).toString().trimmed();
    if (value.isEmpty())
        issues.append({kFile, where + field, QStringLiteral("needs some text")});
    return value;
}

std::optional<CheckInItem> readItem(const QJsonObject &object, const QString &where, ValidationIssues &issues)
{
    const qsizetype before = issues.size();
    CheckInItem item{text(object, QStringLiteral("id"), where, issues),
                     text(object, QStringLiteral("measure"), where, issues),
                     text(object, QStringLiteral("question"), where, issues),
                     {}};
    text(object, QStringLiteral("why"), where, issues);  // the reasoning, for reviewers only
    const QJsonArray answers = object.value(QStringLiteral("answers")).toArray();
    if (answers.size() < 2)
        issues.append({kFile, where + QStringLiteral("answers"), QStringLiteral("needs two answers or more")});
    for (qsizetype i = 0; i < answers.size(); ++i) {
        const QJsonObject answer = answers.at(i).toObject();
        const QString at = QStringLiteral("%1answers[%2].").arg(where).arg(i);
        CheckInAnswer read{text(answer, QStringLiteral("text"), at, issues), std::nullopt,
                           answer.value(QStringLiteral("opens_safety")).toBool()};
        // A whole number from 0 to 4, or null; toInt(-1) gives -1 for anything that is not whole.
        const QJsonValue score = answer.value(QStringLiteral("score"));
        const int points = score.toInt(-1);
        if (points >= 0 && points <= kBestScore)
            read.score = points;
        else if (!score.isNull())
            issues.append({kFile, at + QStringLiteral("score"),
                           QStringLiteral("must be a whole number from 0 to %1, or null").arg(kBestScore)});
        item.answers << read;
    }
    const double grade = fleschKincaidGrade({item.question});
    if (grade > kMaxQuestionGrade)
        issues.append({kFile, where + QStringLiteral("question"),
                       QStringLiteral("reads at grade %1; make it %2 or below").arg(grade, 0, 'f', 1).arg(kMaxQuestionGrade)});
    if (issues.size() != before)
        return std::nullopt;
    return item;
}

} // namespace

CheckInFileResult readCheckIn(const QString &contentDir)
{
    CheckInFileResult result;
    const JsonFileResult json = readJsonFile(QDir(contentDir).filePath(kFile), kFile);
    if (json.issue) {
        result.issues << *json.issue;
        return result;
    }
    const QJsonObject object = json.document.object();
    CheckInDefinition definition;
    definition.intro = text(object, QStringLiteral("intro"), QString(), result.issues);
    if (!QDate::fromString(object.value(QStringLiteral("last_reviewed")).toString(), Qt::ISODate).isValid())
        result.issues.append({kFile, QStringLiteral("last_reviewed"), QStringLiteral("must be a date written YYYY-MM-DD")});
    definition.periodDays = object.value(QStringLiteral("period_days")).toInt();
    if (definition.periodDays < 1)
        result.issues.append({kFile, QStringLiteral("period_days"), QStringLiteral("must be a whole number of days")});
    definition.bandThreshold = object.value(QStringLiteral("band_threshold")).toInt();
    if (definition.bandThreshold < 1 || definition.bandThreshold > kBestScore)
        result.issues.append({kFile, QStringLiteral("band_threshold"),
                              QStringLiteral("must be a whole number from 1 to %1").arg(kBestScore)});
    const QJsonArray stages = object.value(QStringLiteral("stages")).toArray();
    for (qsizetype i = 0; i < stages.size(); ++i) {
        const QJsonObject stage = stages.at(i).toObject();
        const QString where = QStringLiteral("stages[%1].").arg(i);
        CheckInStage read{text(stage, QStringLiteral("id"), where, result.issues),
                          stage.value(QStringLiteral("day")).toInt(-1),
                          text(stage, QStringLiteral("label"), where, result.issues)};
        const int previous = definition.stages.isEmpty() ? -1 : definition.stages.last().day;
        if ((i == 0 && read.day != 0) || (i > 0 && read.day <= previous))
            result.issues.append({kFile, where + QStringLiteral("day"),
                                  QStringLiteral("the first stage is day 0, and each later one comes after the one before")});
        definition.stages << read;
    }
    if (definition.stages.isEmpty())
        result.issues.append({kFile, QStringLiteral("stages"), QStringLiteral("needs at least the starting stage")});
    QStringList ids;
    const QJsonArray items = object.value(QStringLiteral("items")).toArray();
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString where = QStringLiteral("items[%1].").arg(i);
        const std::optional<CheckInItem> item = readItem(items.at(i).toObject(), where, result.issues);
        // Answers are kept under the id, so two items must never share one, even a broken one.
        const QString id = items.at(i).toObject().value(QStringLiteral("id")).toString();
        if (ids.contains(id))
            result.issues.append({kFile, where + QStringLiteral("id"), QStringLiteral("'%1' is used twice").arg(id)});
        ids << id;
        if (item)
            definition.items << *item;
    }
    if (items.isEmpty())
        result.issues.append({kFile, QStringLiteral("items"), QStringLiteral("needs at least one question")});
    if (result.issues.isEmpty())
        result.definition = definition;
    return result;
}

} // namespace cg
