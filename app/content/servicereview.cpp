#include "content/servicereview.h"

#include "content/jsonfile.h"
#include "content/servicemapping.h"
#include "core/service.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

namespace cg {
namespace {

using Severity = ValidationIssue::Severity;

constexpr int kFreshMonths = 12;

const QStringList &knownFields()
{
    static const QStringList fields{
        QStringLiteral("id"),         QStringLiteral("name"),          QStringLiteral("provider"),
        QStringLiteral("summary"),    QStringLiteral("who_for"),       QStringLiteral("minimum_age"),
        QStringLiteral("maximum_age"), QStringLiteral("cost"),         QStringLiteral("cost_text"),
        QStringLiteral("phones"),     QStringLiteral("website"),       QStringLiteral("email"),
        QStringLiteral("places"),     QStringLiteral("ways"),          QStringLiteral("times"),      QStringLiteral("open_hours"),    QStringLiteral("open_all_hours"),
        QStringLiteral("languages"),  QStringLiteral("self_referral"), QStringLiteral("topics"),
        QStringLiteral("tier"),       QStringLiteral("last_checked"),  QStringLiteral("last_reviewed"),
        QStringLiteral("attribution"), QStringLiteral("source")};
    return fields;
}

// "jane.smith@..." or "j_smith@...": an address for a person, who may leave or be put at risk.
bool looksPersonal(const QString &email)
{
    static const QRegularExpression person(QStringLiteral("^[a-z]+[._][a-z]+@"), QRegularExpression::CaseInsensitiveOption);
    return person.match(email).hasMatch();
}

} // namespace

ValidationIssues reviewServicesFile(const QString &contentDir, const QString &relativeFile,
                                    const QStringList &serviceTopics, QDate today)
{
    ValidationIssues issues;
    const JsonFileResult read = readJsonFile(QDir(contentDir).filePath(relativeFile), relativeFile);
    if (read.issue)
        return {*read.issue};
    const QJsonArray services = read.document.object().value(QStringLiteral("services")).toArray();
    int index = 0;
    for (const QJsonValue &entry : services) {
        const QJsonObject json = entry.toObject();
        const std::optional<Service> service = serviceFromJson(json);
        const QString where = service ? service->id : QStringLiteral("services[%1]").arg(index);
        ++index;
        const auto issue = [&](const QString &message, Severity severity = Severity::Error) {
            issues.append({relativeFile, where, message, severity});
        };
        if (!service) {
            issue(QStringLiteral("needs an id and a name, and every field of the right kind"));
            continue;
        }
        for (auto it = json.constBegin(); it != json.constEnd(); ++it) {
            if (!knownFields().contains(it.key()) && !it.key().startsWith(QLatin1Char('_')))
                issue(QStringLiteral("\"%1\" is not a field the app reads").arg(it.key()));
        }
        // Hand-written records say last_reviewed; imported ones carry the feed's last_checked.
        const bool handWritten = json.contains(QStringLiteral("last_reviewed"));
        // A hand-written record that names its source (a council report, say) is worth keeping
        // while the council finds its contact details, which must never be guessed: a warning says
        // what is missing without stopping a release. An imported record, or one with no source,
        // has nowhere else its contacts could come from, so it stays an error.
        const bool noContact =
            service->phones.isEmpty() && service->website.isEmpty() && service->email.isEmpty() && service->places.isEmpty();
        if (noContact && handWritten && !service->source.isEmpty())
            issue(QStringLiteral("needs a way to get in touch: add phones, website, email or places from the "
                                 "council's own checked details, never a guess"),
                  Severity::Warning);
        else if (noContact)
            issue(QStringLiteral("needs a way to get in touch: phones, website, email or places"));
        if (!serviceTiers().contains(service->tier))
            issue(QStringLiteral("tier must be one of: %1").arg(serviceTiers().join(QStringLiteral(", "))));
        // An imported record whose words matched no topic in service-mapping.json still shows in
        // the full Get help list; the fix lies in the mapping or the council's directory, and the
        // import would write the same again, so it is a warning. A hand-written record names its own.
        if (service->topics.isEmpty() && handWritten)
            issue(QStringLiteral("needs at least one topic"));
        else if (service->topics.isEmpty())
            issue(QStringLiteral("matched no topic: add words for it to service-mapping.json so families can find it "
                                 "by topic"),
                  Severity::Warning);
        for (const QString &topic : service->topics) {
            if (!serviceTopics.contains(topic))
                issue(QStringLiteral("\"%1\" is not a service topic in topics.json").arg(topic));
        }
        const QString checkedOn = service->lastChecked.toString(Qt::ISODate);
        if (!service->lastChecked.isValid()) {
            issue(QStringLiteral("needs last_reviewed (or last_checked), the date its details were checked"));
        } else if (service->lastChecked.addMonths(kFreshMonths) < today) {
            // A hand-written last_reviewed is our own promise that someone checked the details in
            // this file, so letting it lapse stays an error. An imported record's date is the feed's
            // assured_date: the council checks it in its own directory, not here, and the card shows
            // parents "Last checked ..." so they can judge; failing the release over it would only
            // hold back every other update, so it is a warning.
            if (handWritten)
                issue(QStringLiteral("was last checked on %1, more than 12 months ago: please check it again").arg(checkedOn));
            else
                issue(QStringLiteral("was last checked on %1 by the council's directory, more than 12 months ago; the "
                                     "card shows this date until the directory checks it again").arg(checkedOn),
                      Severity::Warning);
        }
        if (handWritten && service->source.isEmpty())
            issue(QStringLiteral("needs a source: where its details come from"));
        if (looksPersonal(service->email))
            issue(QStringLiteral("email looks like a person's address; use the service's shared one"));
    }
    return issues;
}

} // namespace cg
