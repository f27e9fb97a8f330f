#pragma once

#include "core/validationissue.h"

#include <QDate>
#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace cg {

// Reads fields of one JSON object in a content file, noting each problem against `file` and a
// field path ("chapters[2].title"), so an editor is told exactly where to look.
class FieldReader
{
public:
    FieldReader(const QJsonObject &object, QString file, QString path, ValidationIssues &issues);

    // Trimmed text; "needs some text" when required and missing or blank.
    QString text(const QString &field, bool required = true);
    // A list of text, each (when `allowed` is given) one of `allowed`.
    QStringList list(const QString &field, const QStringList &allowed = {}, bool required = true);
    bool flag(const QString &field);
    QDate date(const QString &field);
    // Every other field is a problem: a misspelt name would otherwise be quietly ignored.
    void onlyFields(const QStringList &known);
    void problem(const QString &field, const QString &message);

private:
    const QJsonObject &m_object;
    QString m_file;
    QString m_path;
    ValidationIssues &m_issues;
};

// The JSON object in `file` under `contentDir`, or nothing with the reason added to `issues`.
std::optional<QJsonObject> readObject(const QString &contentDir, const QString &file, ValidationIssues &issues);

// A review date in the future, or more than 12 months before `today`, is a problem to fix.
ValidationIssues reviewDate(QDate reviewed, const QString &file, QDate today);

} // namespace cg
