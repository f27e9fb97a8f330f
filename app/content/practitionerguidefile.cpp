#include "content/practitionerguidefile.h"

#include "content/contactdetails.h"
#include "content/fieldreader.h"
#include "content/jsonfile.h"
#include "content/readability.h"
#include "content/sectionparser.h"
#include "core/agencytypes.h"
#include "core/jsonlists.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

namespace cg {
namespace {

constexpr double kMaxScreenGrade = 10.0;
const QString kGuideFile = QStringLiteral("practitioner/guide.json");

bool isKebab(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9]+(-[a-z0-9]+)*$"));
    return pattern.match(text).hasMatch();
}

QList<GuideScreen> readScreens(const QString &contentDir, const QJsonArray &entries, const QString &path,
                               ValidationIssues &issues)
{
    QList<GuideScreen> screens;
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const QJsonObject object = entries.at(i).toObject();
        FieldReader read(object, kGuideFile, QStringLiteral("%1.screens[%2]").arg(path).arg(i), issues);
        read.onlyFields({QStringLiteral("file"), QStringLiteral("sources"), QStringLiteral("highlight")});
        GuideScreen screen;
        screen.sources = read.list(QStringLiteral("sources"));
        screen.highlight = read.flag(QStringLiteral("highlight"));
        const QString name = read.text(QStringLiteral("file"));
        if (name.isEmpty())
            continue;
        const QString file = QStringLiteral("practitioner/") + name;
        QFile text(QDir(contentDir).filePath(file));
        if (!name.endsWith(QLatin1String(".md")) || name.contains(u'/') || !text.open(QIODevice::ReadOnly)) {
            read.problem(QStringLiteral("file"), QStringLiteral("'%1' must be a .md file in practitioner/").arg(name));
            continue;
        }
        SectionParseResult parsed = parseSection(QString::fromUtf8(text.readAll()), file);
        issues += parsed.issues;
        if (!parsed.section)
            continue;
        for (const SectionPart &part : std::as_const(parsed.section->parts)) {
            if (part.kind == SectionPart::Kind::Block)
                issues.append({file, QString(),
                               QStringLiteral("a practitioner screen holds paragraphs and lists only")});
        }
        screen.section = *parsed.section;
        screen.section.file = name;
        screens << screen;
    }
    return screens;
}

} // namespace

PractitionerGuideResult loadPractitionerGuide(const QString &contentDir, const QStringList &moduleIds,
                                              const QStringList &serviceTopics)
{
    PractitionerGuideResult result;
    const std::optional<QJsonObject> json = readObject(contentDir, kGuideFile, result.issues);
    if (!json)
        return result;
    const QJsonObject &object = *json;
    FieldReader read(object, kGuideFile, QString(), result.issues);
    read.onlyFields({QStringLiteral("title"), QStringLiteral("last_reviewed"), QStringLiteral("chapters"),
                     QStringLiteral("topic_map")});
    PractitionerGuide guide;
    guide.title = read.text(QStringLiteral("title"));
    guide.lastReviewed = read.date(QStringLiteral("last_reviewed"));
    const QJsonArray chapters = object.value(QStringLiteral("chapters")).toArray();
    if (chapters.isEmpty())
        read.problem(QStringLiteral("chapters"), QStringLiteral("needs at least one chapter"));
    QStringList chapterIds;
    for (qsizetype i = 0; i < chapters.size(); ++i) {
        const QJsonObject entry = chapters.at(i).toObject();
        const QString path = QStringLiteral("chapters[%1]").arg(i);
        FieldReader chapterRead(entry, kGuideFile, path, result.issues);
        chapterRead.onlyFields({QStringLiteral("id"), QStringLiteral("title"), QStringLiteral("screens")});
        GuideChapter chapter{chapterRead.text(QStringLiteral("id")), chapterRead.text(QStringLiteral("title")), {}};
        // "pathway" is the chapter the app builds from the area pack.
        if (!isKebab(chapter.id) || chapter.id == QLatin1String("pathway") || chapterIds.contains(chapter.id))
            chapterRead.problem(QStringLiteral("id"), QStringLiteral("must be lower-case words joined by hyphens, "
                                                                     "used once, and not 'pathway'"));
        chapterIds << chapter.id;
        const QJsonArray screens = entry.value(QStringLiteral("screens")).toArray();
        if (screens.isEmpty())
            chapterRead.problem(QStringLiteral("screens"), QStringLiteral("needs at least one screen"));
        chapter.screens = readScreens(contentDir, screens, path, result.issues);
        guide.chapters << chapter;
    }
    const QJsonArray topicMap = object.value(QStringLiteral("topic_map")).toArray();
    if (topicMap.isEmpty())
        read.problem(QStringLiteral("topic_map"), QStringLiteral("needs at least one topic"));
    for (qsizetype i = 0; i < topicMap.size(); ++i) {
        const QJsonObject entry = topicMap.at(i).toObject();
        FieldReader topicRead(entry, kGuideFile, QStringLiteral("topic_map[%1]").arg(i), result.issues);
        topicRead.onlyFields({QStringLiteral("id"), QStringLiteral("label"), QStringLiteral("modules"),
                              QStringLiteral("service_topics"), QStringLiteral("couple_help")});
        TopicSuggestion topic;
        topic.id = topicRead.text(QStringLiteral("id"));
        topic.label = topicRead.text(QStringLiteral("label"));
        topic.modules = topicRead.list(QStringLiteral("modules"), moduleIds);
        topic.serviceTopics = topicRead.list(QStringLiteral("service_topics"), serviceTopics);
        topic.coupleHelp = topicRead.flag(QStringLiteral("couple_help"));
        guide.topicMap << topic;
    }
    if (!hasErrors(result.issues))
        result.guide = guide;
    return result;
}


ValidationIssues reviewPractitionerGuide(const PractitionerGuide &guide, QDate today)
{
    ValidationIssues issues = reviewDate(guide.lastReviewed, kGuideFile, today);
    for (const GuideChapter &chapter : guide.chapters) {
        for (const GuideScreen &screen : chapter.screens) {
            const double grade = fleschKincaidGrade(sectionProse(screen.section));
            if (grade > kMaxScreenGrade)
                issues.append({QStringLiteral("practitioner/") + screen.section.file, QString(),
                               QStringLiteral("reads at grade %1; make it %2 or below with shorter sentences and words")
                                   .arg(grade, 0, 'f', 1)
                                   .arg(kMaxScreenGrade)});
        }
    }
    return issues;
}

AreaPathwayResult readAreaPathway(const QString &contentDir, const QString &slug, const QStringList &serviceIds)
{
    AreaPathwayResult result;
    const QString file = QStringLiteral("areas/%1/pathway.json").arg(slug);
    if (!QFile::exists(QDir(contentDir).filePath(file)))
        return result;
    const std::optional<QJsonObject> json = readObject(contentDir, file, result.issues);
    if (!json)
        return result;
    const QJsonObject &object = *json;
    FieldReader read(object, file, QString(), result.issues);
    read.onlyFields({QStringLiteral("last_reviewed"), QStringLiteral("confirmed_by_area"),
                     QStringLiteral("ask_about_pathway"), QStringLiteral("note"), QStringLiteral("steps"),
                     QStringLiteral("abuse")});
    AreaPathway pathway;
    pathway.lastReviewed = read.date(QStringLiteral("last_reviewed"));
    pathway.confirmedByArea = read.flag(QStringLiteral("confirmed_by_area"));
    pathway.askAbout = read.text(QStringLiteral("ask_about_pathway"));
    pathway.note = read.text(QStringLiteral("note"), false);
    const QJsonArray steps = object.value(QStringLiteral("steps")).toArray();
    for (qsizetype i = 0; i < steps.size(); ++i) {
        const QJsonObject entry = steps.at(i).toObject();
        FieldReader stepRead(entry, file, QStringLiteral("steps[%1]").arg(i), result.issues);
        stepRead.onlyFields({QStringLiteral("service"), QStringLiteral("route"), QStringLiteral("couple_help"),
                             QStringLiteral("who_can_refer"), QStringLiteral("what_we_know"), QStringLiteral("source")});
        PathwayStep step;
        step.serviceId = stepRead.text(QStringLiteral("service"));
        if (!step.serviceId.isEmpty() && !serviceIds.contains(step.serviceId))
            stepRead.problem(QStringLiteral("service"),
                             QStringLiteral("'%1' is not a service of this area or a national one").arg(step.serviceId));
        const bool seenBefore = std::any_of(pathway.steps.cbegin(), pathway.steps.cend(),
                                            [&step](const PathwayStep &earlier) {
                                                return earlier.serviceId == step.serviceId;
                                            });
        if (seenBefore)
            stepRead.problem(QStringLiteral("service"),
                             QStringLiteral("'%1' is already listed above").arg(step.serviceId));
        const std::optional<PathwayRoute> route = pathwayRouteFromKey(stepRead.text(QStringLiteral("route")));
        if (!route)
            stepRead.problem(QStringLiteral("route"),
                             QStringLiteral("must be one of: %1").arg(pathwayRouteKeys().join(QStringLiteral(", "))));
        step.route = route.value_or(PathwayRoute::Unknown);
        step.coupleHelp = stepRead.flag(QStringLiteral("couple_help"));
        step.whoCanRefer = stepRead.list(QStringLiteral("who_can_refer"), agencyTypes(), false);
        step.whatWeKnow = stepRead.text(QStringLiteral("what_we_know"));
        step.source = stepRead.text(QStringLiteral("source"));
        pathway.steps << step;
    }
    const QJsonObject abuse = object.value(QStringLiteral("abuse")).toObject();
    FieldReader abuseRead(abuse, file, QStringLiteral("abuse"), result.issues);
    abuseRead.onlyFields({QStringLiteral("services"), QStringLiteral("what_we_know"), QStringLiteral("source")});
    pathway.abuseServices = abuseRead.list(QStringLiteral("services"));
    for (const QString &id : std::as_const(pathway.abuseServices)) {
        if (!serviceIds.contains(id))
            abuseRead.problem(QStringLiteral("services"),
                              QStringLiteral("'%1' is not a service of this area or a national one").arg(id));
    }
    pathway.abuseWhatWeKnow = abuseRead.text(QStringLiteral("what_we_know"));
    pathway.abuseSource = abuseRead.text(QStringLiteral("source"));
    // Contact details belong in services.json, where each one has a source and a review date.
    QStringList words = {pathway.askAbout, pathway.note, pathway.abuseWhatWeKnow};
    for (const PathwayStep &step : std::as_const(pathway.steps))
        words << step.whatWeKnow;
    for (const QString &text : std::as_const(words)) {
        for (const ContactDetail &detail : findContactDetails(text))
            read.problem(QString(), QStringLiteral("holds %1 (%2); contact details go in services.json")
                                        .arg(detail.kind, detail.text));
    }
    if (!hasErrors(result.issues))
        result.pathway = pathway;
    return result;
}

ValidationIssues reviewAreaPathway(const AreaPathway &pathway, const QString &file, QDate today)
{
    ValidationIssues issues = reviewDate(pathway.lastReviewed, file, today);
    const auto warn = [&issues, &file](const QString &where, const QString &message) {
        issues.append({file, where, message, ValidationIssue::Severity::Warning});
    };
    if (!pathway.confirmedByArea)
        warn(QStringLiteral("confirmed_by_area"), QStringLiteral("the council has not confirmed this pathway yet"));
    for (const PathwayStep &step : pathway.steps) {
        if (step.route == PathwayRoute::Unknown)
            warn(step.serviceId,
                 QStringLiteral("how to refer is not known yet; the app says to check before referring"));
    }
    if (pathway.abuseServices.isEmpty())
        warn(QStringLiteral("abuse.services"),
             QStringLiteral("no local domestic abuse service yet: practitioners see the national helplines only"));
    return issues;
}

} // namespace cg
