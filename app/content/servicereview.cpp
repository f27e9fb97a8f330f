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

constexpr int kFreshMonths = 12;

const QStringList &knownFields()
{
    static const QStringList fields{
        QStringLiteral("id"),         QStringLiteral("name"),          QStringLiteral("provider"),
        QStringLiteral("summary"),    QStringLiteral("who_for"),       QStringLiteral("minimum_age"),
        QStringLiteral("maximum_age"), QStringLiteral("cost"),         QStringLiteral("cost_text"),
        QStringLiteral("phones"),     QStringLiteral("website"),       QStringLiteral("email"),
        QStringLiteral("places"),     QStringLiteral("ways"),          QStringLiteral("times"),
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
        const auto issue = [&](const QString &message) { issues.append({relativeFile, where, message}); };
        if (!service) {
            issue(QStringLiteral("needs an id and a name, and every field of the right kind"));
            continue;
        }
        for (auto it = json.constBegin(); it != json.constEnd(); ++it) {
            if (!knownFields().contains(it.key()) && !it.key().startsWith(QLatin1Char('_')))
                issue(QStringLiteral("\"%1\" is not a field the app reads").arg(it.key()));
        }
        if (service->phones.isEmpty() && service->website.isEmpty() && service->email.isEmpty() && service->places.isEmpty())
            issue(QStringLiteral("needs a way to get in touch: phones, website, email or places"));
        if (!serviceTiers().contains(service->tier))
            issue(QStringLiteral("tier must be one of: %1").arg(serviceTiers().join(QStringLiteral(", "))));
        if (service->topics.isEmpty())
            issue(QStringLiteral("needs at least one topic"));
        for (const QString &topic : service->topics) {
            if (!serviceTopics.contains(topic))
                issue(QStringLiteral("\"%1\" is not a service topic in topics.json").arg(topic));
        }
        if (!service->lastChecked.isValid())
            issue(QStringLiteral("needs last_reviewed (or last_checked), the date its details were checked"));
        else if (service->lastChecked.addMonths(kFreshMonths) < today)
            issue(QStringLiteral("was last checked on %1, more than 12 months ago: please check it again")
                      .arg(service->lastChecked.toString(Qt::ISODate)));
        if (json.contains(QStringLiteral("last_reviewed")) && service->source.isEmpty())
            issue(QStringLiteral("needs a source: where its details come from"));
        if (looksPersonal(service->email))
            issue(QStringLiteral("email looks like a person's address; use the service's shared one"));
    }
    return issues;
}

} // namespace cg
