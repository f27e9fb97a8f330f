#include "content/fieldreader.h"

#include "content/jsonfile.h"
#include "core/jsonlists.h"

#include <QDir>

namespace cg {

FieldReader::FieldReader(const QJsonObject &object, QString file, QString path, ValidationIssues &issues)
    : m_object(object)
    , m_file(std::move(file))
    , m_path(std::move(path))
    , m_issues(issues)
{
}

QString FieldReader::text(const QString &field, bool required)
{
    const QJsonValue value = m_object.value(field);
    if (!required && value.isUndefined())
        return {};
    if (!value.isString() || value.toString().trimmed().isEmpty()) {
        problem(field, QStringLiteral("needs some text"));
        return {};
    }
    return value.toString().trimmed();
}

QStringList FieldReader::list(const QString &field, const QStringList &allowed, bool required)
{
    const std::optional<QStringList> items = stringListFromJson(m_object.value(field), !required);
    if (!items) {
        problem(field, QStringLiteral("must be a list of text, such as [\"a\", \"b\"]"));
        return {};
    }
    for (const QString &item : *items) {
        if (!allowed.isEmpty() && !allowed.contains(item))
            problem(field, QStringLiteral("'%1' is not one of: %2").arg(item, allowed.join(QStringLiteral(", "))));
    }
    return *items;
}

bool FieldReader::flag(const QString &field)
{
    const QJsonValue value = m_object.value(field);
    if (!value.isUndefined() && !value.isBool())
        problem(field, QStringLiteral("must be true or false"));
    return value.toBool();
}

QDate FieldReader::date(const QString &field)
{
    const QString written = text(field);
    const QDate date = QDate::fromString(written, Qt::ISODate);
    if (!written.isEmpty() && !date.isValid())
        problem(field, QStringLiteral("must be a date written YYYY-MM-DD"));
    return date;
}

void FieldReader::onlyFields(const QStringList &known)
{
    for (const QString &key : m_object.keys()) {
        if (!known.contains(key))
            problem(key, QStringLiteral("is not a field this can have"));
    }
}

void FieldReader::problem(const QString &field, const QString &message)
{
    m_issues.append({m_file, m_path.isEmpty() ? field : m_path + u'.' + field, message});
}

std::optional<QJsonObject> readObject(const QString &contentDir, const QString &file, ValidationIssues &issues)
{
    const JsonFileResult json = readJsonFile(QDir(contentDir).filePath(file), file);
    if (json.issue) {
        issues << *json.issue;
        return std::nullopt;
    }
    return json.document.object();
}

ValidationIssues reviewDate(QDate reviewed, const QString &file, QDate today)
{
    if (reviewed > today)
        return {{file, QStringLiteral("last_reviewed"), QStringLiteral("is in the future")}};
    if (reviewed.addMonths(12) < today)
        return {{file, QStringLiteral("last_reviewed"),
                 QStringLiteral("is more than 12 months ago; read it again, then put today's date")}};
    return {};
}

} // namespace cg
