#include "content/areafile.h"

#include "content/colourcontrast.h"
#include "content/contactdetails.h"

#include <QHash>
#include <QJsonValue>
#include <QRegularExpression>
#include <QUrl>

namespace cg {

namespace {

// How a JSON value looks to someone editing the file, for "must be text, but is a number".
QString describeType(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("true/false");
    case QJsonValue::Double:
        return QStringLiteral("a number");
    case QJsonValue::String:
        return QStringLiteral("text in double quotes");
    case QJsonValue::Array:
        return QStringLiteral("a list in [ ]");
    case QJsonValue::Object:
        return QStringLiteral("a group in { }");
    default:
        return QStringLiteral("something else");
    }
}

// Levenshtein distance, small strings only: enough to say "did you mean brand_colour?".
qsizetype editDistance(const QString &a, const QString &b)
{
    QList<qsizetype> previous(b.size() + 1);
    for (qsizetype j = 0; j <= b.size(); ++j)
        previous[j] = j;
    for (qsizetype i = 1; i <= a.size(); ++i) {
        QList<qsizetype> current(b.size() + 1);
        current[0] = i;
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const qsizetype substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
            current[j] = qMin(substitution, qMin(previous[j], current[j - 1]) + 1);
        }
        previous = current;
    }
    return previous[b.size()];
}

QString closestFieldName(const QString &unknown)
{
    for (const QString &field : areaFieldNames() + optionalAreaFieldNames()) {
        if (editDistance(unknown.toLower(), field) <= 2)
            return field;
    }
    return {};
}

ValidationIssue issue(const QString &file, QLatin1StringView field, const QString &message)
{
    return {file, QString(field), message};
}

ValidationIssues checkCode(const QString &code, const QString &file)
{
    if (isOnsAreaCode(code))
        return {};
    return {issue(file, areafield::code,
                  QStringLiteral("%1 is not an ONS area code; it should look like E08000014 "
                                 "(E06, E07, E08, E09 or W06, then six digits)")
                      .arg(code))};
}

ValidationIssues checkBrandColour(const QString &colour, const QString &file)
{
    const std::optional<RgbColour> rgb = parseHexColour(colour);
    if (!rgb) {
        return {issue(file, areafield::brandColour,
                      QStringLiteral("%1 is not a colour in the form #RRGGBB, such as #1F5F7A")
                          .arg(colour))};
    }
    const double contrast = contrastRatio(*rgb, white);
    if (contrast >= minimumTextContrast)
        return {};
    return {issue(file, areafield::brandColour,
                  QStringLiteral("%1 is too light for white text (contrast %2, needs %3)")
                      .arg(colour, formatContrast(contrast), formatContrast(minimumTextContrast)))};
}

ValidationIssues checkLastReviewed(const QString &text, const QString &file, QDate today)
{
    static const QRegularExpression isoDate(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (!isoDate.match(text).hasMatch() || !date.isValid()) {
        return {issue(file, areafield::lastReviewed,
                      QStringLiteral("%1 is not a date in the form YYYY-MM-DD, such as 2026-11-22")
                          .arg(text))};
    }
    if (date > today) {
        return {issue(file, areafield::lastReviewed,
                      QStringLiteral("%1 is in the future; use the date you last checked this "
                                     "area")
                          .arg(text))};
    }
    if (date < today.addYears(-1)) {
        return {issue(file, areafield::lastReviewed,
                      QStringLiteral("%1 is more than 12 months ago; check the welcome words and "
                                     "colour are still right, then put today's date")
                          .arg(text))};
    }
    return {};
}

ValidationIssues checkUnknownFields(const QJsonObject &object, const QString &file)
{
    const QStringList required = areaFieldNames();
    const QStringList optional = optionalAreaFieldNames();
    ValidationIssues issues;
    for (const QString &key : object.keys()) {
        if (required.contains(key) || optional.contains(key))
            continue;
        const QString closest = closestFieldName(key);
        const QString hint = closest.isEmpty()
            ? QStringLiteral("the fields are %1, and optionally %2")
                  .arg(required.join(QStringLiteral(", ")), optional.join(QStringLiteral(", ")))
            : QStringLiteral("did you mean %1?").arg(closest);
        issues.append({file, key, QStringLiteral("is not a field an area can have; ") + hint});
    }
    return issues;
}

// A demo flag that is not plainly true or false leaves the app unable to tell an example area from
// a real one, so, like a broken field, it keeps the area out until fixed.
ValidationIssues checkDemo(const QJsonObject &object, const QString &file)
{
    const QJsonValue demo = object.value(areafield::demo);
    if (demo.isUndefined() || demo.isBool())
        return {};
    return {issue(file, areafield::demo,
                  QStringLiteral("must be true or false, without quotes, but is ") + describeType(demo))};
}

// Reports travel only over HTTPS to a named server; anything else would send counts where they
// could be read or changed on the way, so the area waits until its address is fixed.
ValidationIssues checkStatsUrl(const QJsonObject &object, const QString &file)
{
    const QJsonValue value = object.value(areafield::statsUrl);
    if (value.isUndefined())
        return {};
    const QUrl url(value.toString(), QUrl::StrictMode);
    if (!value.isString() || !url.isValid() || url.scheme() != QLatin1String("https") || url.host().isEmpty()
        || url.hasQuery() || url.hasFragment() || !url.userInfo().isEmpty()) {
        return {issue(file, areafield::statsUrl,
                      QStringLiteral("must be the statistics server's https address, such as "
                                     "\"https://stats.example.org\", but is ")
                          + (value.isString() ? QStringLiteral("\"%1\"").arg(value.toString()) : describeType(value)))};
    }
    return {};
}

// A misspelt region would put the area in a region of its own on the statistics server.
ValidationIssues checkRegion(const QJsonObject &object, const QString &file)
{
    const QJsonValue value = object.value(areafield::region);
    if (value.isUndefined() || (value.isString() && onsRegions().contains(value.toString())))
        return {};
    return {issue(file, areafield::region,
                  QStringLiteral("must be one of %1, but is ").arg(onsRegions().join(QStringLiteral(", ")))
                      + (value.isString() ? QStringLiteral("\"%1\"").arg(value.toString()) : describeType(value)))};
}

ValidationIssues checkWelcomeHasNoContacts(const QString &welcome, const QString &file)
{
    ValidationIssues issues;
    for (const ContactDetail &detail : findContactDetails(welcome)) {
        issues.append(issue(file, areafield::welcome,
                            QStringLiteral("contains %1 (%2); leave contact details out, services "
                                           "are listed separately")
                                .arg(detail.kind, detail.text)));
    }
    return issues;
}

} // namespace

QStringList areaFieldNames()
{
    return {areafield::code, areafield::name, areafield::welcome, areafield::brandColour,
            areafield::lastReviewed};
}

QStringList optionalAreaFieldNames()
{
    return {areafield::demo, areafield::statsUrl, areafield::region};
}

AreaParseResult parseArea(const QJsonObject &object, const QString &file)
{
    ValidationIssues issues;
    QHash<QString, QString> text;
    for (const QString &field : areaFieldNames()) {
        const QJsonValue value = object.value(field);
        if (value.isUndefined()) {
            issues.append({file, field, QStringLiteral("is missing; every area needs it")});
        } else if (!value.isString()) {
            issues.append({file, field,
                           QStringLiteral("must be text in double quotes, but is ")
                               + describeType(value)});
        } else if (value.toString().trimmed().isEmpty()) {
            issues.append({file, field, QStringLiteral("is empty")});
        } else {
            text.insert(field, value.toString().trimmed());
        }
    }

    if (text.contains(areafield::code))
        issues += checkCode(text.value(areafield::code), file);
    if (text.contains(areafield::brandColour))
        issues += checkBrandColour(text.value(areafield::brandColour), file);
    issues += checkDemo(object, file);
    issues += checkStatsUrl(object, file);
    issues += checkRegion(object, file);

    if (!issues.isEmpty())
        return {std::nullopt, issues};
    return {Area{text.value(areafield::code), text.value(areafield::name), text.value(areafield::welcome),
                 text.value(areafield::brandColour), QString(), object.value(areafield::demo).toBool(),
                 object.value(areafield::statsUrl).toString(), object.value(areafield::region).toString()},
            {}};
}

ValidationIssues reviewArea(const QJsonObject &object, const QString &file, QDate today)
{
    ValidationIssues issues = checkUnknownFields(object, file);
    // Fields that are missing or not text were already reported by parseArea.
    const QJsonValue reviewed = object.value(areafield::lastReviewed);
    if (reviewed.isString() && !reviewed.toString().trimmed().isEmpty())
        issues += checkLastReviewed(reviewed.toString().trimmed(), file, today);
    const QJsonValue welcome = object.value(areafield::welcome);
    if (welcome.isString())
        issues += checkWelcomeHasNoContacts(welcome.toString(), file);
    return issues;
}

bool isAreaSlug(const QString &slug)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9]+(-[a-z0-9]+)*$"));
    return pattern.match(slug).hasMatch();
}

} // namespace cg
