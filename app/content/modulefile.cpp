#include "content/modulefile.h"

#include "content/readability.h"
#include "core/familysituation.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace cg {
namespace {

constexpr int kMinSections = 4;
constexpr int kMaxSections = 8;
constexpr double kMaxSectionGrade = 8.0;
constexpr double kMaxModuleGrade = 6.0;

const QStringList kFields = {
    QStringLiteral("id"), QStringLiteral("title"), QStringLiteral("summary"), QStringLiteral("for"),
    QStringLiteral("topics"), QStringLiteral("minutes"), QStringLiteral("last_reviewed"),
    QStringLiteral("related_modules"), QStringLiteral("service_topics"), QStringLiteral("sections"),
    QStringLiteral("leads_to_safety"), QStringLiteral("search_words")};

bool isKebab(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9]+(-[a-z0-9]+)*$"));
    return pattern.match(text).hasMatch();
}

QStringList audiences()
{
    QStringList names = {QStringLiteral("everyone"), QStringLiteral("dads")};
    for (const QString &key : allFamilySituationKeys()) {
        if (key != QLatin1String("prefer-not-to-say"))
            names << key;
    }
    return names;
}

class HeaderReader
{
public:
    HeaderReader(const QJsonObject &object, const QString &file, ValidationIssues &issues)
        : m_object(object)
        , m_file(file)
        , m_issues(issues)
    {
    }

    QString text(const QString &field)
    {
        const QJsonValue value = m_object.value(field);
        if (!value.isString() || value.toString().trimmed().isEmpty()) {
            problem(field, QStringLiteral("needs some text"));
            return {};
        }
        return value.toString().trimmed();
    }

    // A list of names, each from `allowed` (when given); `minimum` entries at least.
    QStringList names(const QString &field, const QStringList &allowed, int minimum)
    {
        const QJsonValue value = m_object.value(field);
        QStringList result;
        if (!value.isArray()) {
            problem(field, QStringLiteral("must be a list, such as [\"a\", \"b\"]"));
            return result;
        }
        for (const QJsonValue &entry : value.toArray()) {
            const QString name = entry.toString();
            if (!entry.isString() || name.isEmpty())
                problem(field, QStringLiteral("every entry must be text"));
            else if (!allowed.isEmpty() && !allowed.contains(name))
                problem(field, QStringLiteral("'%1' is not one of: %2").arg(name, allowed.join(QStringLiteral(", "))));
            else
                result << name;
        }
        if (result.size() < minimum && value.toArray().size() < minimum)
            problem(field, QStringLiteral("needs at least %1").arg(minimum));
        return result;
    }

    void problem(const QString &field, const QString &message) { m_issues.append({m_file, field, message}); }

private:
    const QJsonObject &m_object;
    const QString &m_file;
    ValidationIssues &m_issues;
};

} // namespace

ModuleHeaderResult parseModuleHeader(const QJsonObject &object, const QString &folder, const QString &file,
                                     const TopicLists &topics)
{
    ModuleHeaderResult result;
    HeaderReader read(object, file, result.issues);
    Module module;
    module.id = read.text(QStringLiteral("id"));
    if (!module.id.isEmpty() && module.id != folder)
        read.problem(QStringLiteral("id"), QStringLiteral("must be the same as the folder name, %1").arg(folder));
    if (!module.id.isEmpty() && !isKebab(module.id))
        read.problem(QStringLiteral("id"), QStringLiteral("must be lower-case words joined by hyphens"));
    module.title = read.text(QStringLiteral("title"));
    module.summary = read.text(QStringLiteral("summary"));
    module.audience = read.names(QStringLiteral("for"), audiences(), 1);
    module.topics = read.names(QStringLiteral("topics"), topics.moduleTopics, 1);
    module.relatedModules = read.names(QStringLiteral("related_modules"), {}, 0);
    module.serviceTopics = read.names(QStringLiteral("service_topics"), topics.serviceTopics, 1);
    if (object.contains(QStringLiteral("search_words")))
        module.searchWords = read.names(QStringLiteral("search_words"), {}, 1);
    const QJsonValue minutes = object.value(QStringLiteral("minutes"));
    module.minutes = minutes.toInt();
    if (!minutes.isDouble() || module.minutes < 3 || module.minutes > 20)
        read.problem(QStringLiteral("minutes"), QStringLiteral("must be a whole number from 3 to 20"));
    module.lastReviewed = QDate::fromString(read.text(QStringLiteral("last_reviewed")), Qt::ISODate);
    if (!module.lastReviewed.isValid() && object.value(QStringLiteral("last_reviewed")).isString())
        read.problem(QStringLiteral("last_reviewed"), QStringLiteral("must be a date written YYYY-MM-DD"));
    const QJsonValue safety = object.value(QStringLiteral("leads_to_safety"));
    if (!safety.isUndefined() && !safety.isBool())
        read.problem(QStringLiteral("leads_to_safety"), QStringLiteral("must be true or false"));
    module.leadsToSafety = safety.toBool();

    const QStringList sectionFiles = read.names(QStringLiteral("sections"), {}, kMinSections);
    if (sectionFiles.size() > kMaxSections)
        read.problem(QStringLiteral("sections"), QStringLiteral("has %1 sections; a module has at most %2")
                                                     .arg(sectionFiles.size())
                                                     .arg(kMaxSections));
    for (const QString &name : sectionFiles) {
        if (!name.endsWith(QLatin1String(".md")) || name.contains(QLatin1Char('/')))
            read.problem(QStringLiteral("sections"), QStringLiteral("'%1' must be a .md file in this folder").arg(name));
        module.sections.append({name, {}, {}});
    }
    if (result.issues.isEmpty())
        result.module = module;
    return result;
}

ValidationIssues reviewModule(const QJsonObject &object, const Module &module, const QString &location, QDate today)
{
    const QString file = location + QStringLiteral("/module.json");
    ValidationIssues issues;
    for (const QString &key : object.keys()) {
        if (!kFields.contains(key))
            issues.append({file, key, QStringLiteral("is not a field a module can have")});
    }
    if (module.lastReviewed > today)
        issues.append({file, QStringLiteral("last_reviewed"), QStringLiteral("is in the future")});
    else if (module.lastReviewed.addMonths(12) < today)
        issues.append({file, QStringLiteral("last_reviewed"),
                       QStringLiteral("is more than 12 months ago; read the module again, then put today's date")});

    QList<BlockType> types;
    for (const ModuleBlock *block : moduleBlocks(module))
        types << block->type;
    auto need = [&](BlockType type, const QString &what) {
        if (!types.contains(type))
            issues.append({file, QString(), QStringLiteral("needs at least one %1 block").arg(what)});
    };
    need(BlockType::Reflection, QStringLiteral("reflection"));
    need(BlockType::Quiz, QStringLiteral("quiz"));
    if (module.leadsToSafety) {
        if (types.contains(BlockType::Together))
            issues.append({file, QString(),
                           QStringLiteral("leads to the safety route, so it must not hold a together exercise")});
    } else {
        need(BlockType::TryThisWeek, QStringLiteral("try-this-week"));
    }

    double total = 0;
    for (const ModuleSection &section : module.sections) {
        const double grade = fleschKincaidGrade(sectionProse(section));
        total += grade;
        if (grade > kMaxSectionGrade)
            issues.append({location + QLatin1Char('/') + section.file, QString(),
                           QStringLiteral("reads at grade %1; make it %2 or below with shorter sentences and words")
                               .arg(grade, 0, 'f', 1)
                               .arg(kMaxSectionGrade)});
    }
    if (!module.sections.isEmpty() && total / double(module.sections.size()) > kMaxModuleGrade)
        issues.append({file, QString(), QStringLiteral("reads at grade %1 on average; make it %2 or below")
                                            .arg(total / double(module.sections.size()), 0, 'f', 1)
                                            .arg(kMaxModuleGrade)});
    return issues;
}

} // namespace cg
