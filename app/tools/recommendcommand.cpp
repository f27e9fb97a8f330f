#include "tools/recommendcommand.h"

#include "core/agencytypes.h"
#include "core/recommendationcode.h"
#include "qr/qrimage.h"
#include "tools/areacatalogue.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace cg {
namespace {

const QString kUsage = QStringLiteral(
    "usage: commonground-content recommend --area CODE --agency TYPE --modules a,b[,c] [--services x,y] "
    "[--qr FILE.png] [--content DIR]\n"
    "       commonground-content recommend --decode CODE [--content DIR]");

QString problemWords(CodeProblem problem)
{
    switch (problem) {
    case CodeProblem::Empty: return QStringLiteral("no code was given");
    case CodeProblem::NotOurs: return QStringLiteral("this is not a Common Ground code");
    case CodeProblem::BadCharacter: return QStringLiteral("the code has a character codes never use");
    case CodeProblem::WrongLength: return QStringLiteral("the code has characters missing or extra");
    case CodeProblem::Mistyped:
        return QStringLiteral("the code is mistyped: a character is wrong or two are swapped");
    case CodeProblem::NewerVersion: return QStringLiteral("the code was made by a newer version of Common Ground");
    case CodeProblem::Damaged: return QStringLiteral("the code is damaged");
    case CodeProblem::None: break;
    }
    return {};
}

// Each chosen id as a tag, after checking the area has it and no other id there shares its tag.
std::optional<QList<quint16>> tagsFor(const QStringList &chosen, const QStringList &known, const QString &kind,
                                      ToolStreams streams)
{
    QList<quint16> tags;
    for (const QString &id : chosen) {
        if (!known.contains(id)) {
            streams.err << "recommend: this area has no " << kind << " '" << id << "'; it has: "
                        << known.join(QStringLiteral(", ")) << Qt::endl;
            return std::nullopt;
        }
        if (idForTag(itemTag(id), known) != id) {
            streams.err << "recommend: the " << kind << " '" << id
                        << "' shares its short tag with another in this area, so a code cannot name it" << Qt::endl;
            return std::nullopt;
        }
        tags << itemTag(id);
    }
    return tags;
}

QJsonArray idsFor(const QList<quint16> &tags, const QStringList &known, QJsonArray *unknown)
{
    QJsonArray ids;
    for (const quint16 tag : tags) {
        if (const std::optional<QString> id = idForTag(tag, known))
            ids << *id;
        else
            *unknown << QStringLiteral("%1").arg(tag, 4, 16, QLatin1Char('0'));
    }
    return ids;
}

int decode(const QString &text, const QString &contentDir, ToolStreams streams)
{
    const CodeReadResult read = decodeRecommendation(text);
    if (!read.recommendation) {
        streams.err << "recommend: " << problemWords(read.problem) << " (" << read.detail << ")" << Qt::endl;
        return ToolExitProblems;
    }
    const Recommendation &code = *read.recommendation;
    QJsonObject json{{QStringLiteral("area"), code.areaCode}, {QStringLiteral("agency"), code.agency}};
    QString error;
    const std::optional<AreaCatalogue> catalogue = loadAreaCatalogue(contentDir, code.areaCode, &error);
    // A code for an area this content has no pack for still says what it holds, by tag.
    const QStringList modules = catalogue ? catalogue->moduleIds : QStringList();
    const QStringList services = catalogue ? catalogue->serviceIds : QStringList();
    QJsonArray unknownModules;
    QJsonArray unknownServices;
    json.insert(QStringLiteral("modules"), idsFor(code.moduleTags, modules, &unknownModules));
    json.insert(QStringLiteral("services"), idsFor(code.serviceTags, services, &unknownServices));
    if (!unknownModules.isEmpty() || !unknownServices.isEmpty())
        json.insert(QStringLiteral("unknown_tags"), QJsonObject{{QStringLiteral("modules"), unknownModules},
                                                                {QStringLiteral("services"), unknownServices}});
    streams.out << QJsonDocument(json).toJson(QJsonDocument::Indented);
    if (!catalogue)
        streams.err << "recommend: " << error << Qt::endl;
    return ToolExitOk;
}

QStringList listValue(const QCommandLineParser &parser, const QCommandLineOption &option)
{
    QStringList items = parser.value(option).split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (QString &item : items)
        item = item.trimmed();
    items.removeAll(QString());
    return items;
}

int run(const QStringList &arguments, ToolStreams streams)
{
    QCommandLineParser parser;
    const QCommandLineOption area(QStringLiteral("area"), QStringLiteral("ONS code of the area"), QStringLiteral("CODE"));
    const QCommandLineOption agency(QStringLiteral("agency"), QStringLiteral("kind of agency"), QStringLiteral("TYPE"));
    const QCommandLineOption modules(QStringLiteral("modules"), QStringLiteral("guide ids"), QStringLiteral("a,b"));
    const QCommandLineOption services(QStringLiteral("services"), QStringLiteral("service ids"), QStringLiteral("x,y"));
    const QCommandLineOption qr(QStringLiteral("qr"), QStringLiteral("QR image to write"), QStringLiteral("FILE.png"));
    const QCommandLineOption decodeOption(QStringLiteral("decode"), QStringLiteral("code to read"), QStringLiteral("CODE"));
    const QCommandLineOption content(QStringLiteral("content"), QStringLiteral("content folder"), QStringLiteral("DIR"));
    parser.addOptions({area, agency, modules, services, qr, decodeOption, content});
    const bool parsed = parser.parse(QStringList{QStringLiteral("recommend")} + arguments);
    const QString contentDir = parser.isSet(content) ? parser.value(content) : QStringLiteral(":/content");
    if (parsed && parser.isSet(decodeOption) && parser.positionalArguments().isEmpty())
        return decode(parser.value(decodeOption), contentDir, streams);
    if (!parsed || !parser.positionalArguments().isEmpty() || !parser.isSet(area) || !parser.isSet(agency)
        || (listValue(parser, modules).isEmpty() && listValue(parser, services).isEmpty())) {
        streams.err << (parser.errorText().isEmpty() ? QString() : parser.errorText() + u'\n') << kUsage << Qt::endl;
        return ToolExitUsage;
    }
    if (!agencyTypes().contains(parser.value(agency))) {
        streams.err << "recommend: --agency must be one of: " << agencyTypes().join(QStringLiteral(", ")) << Qt::endl;
        return ToolExitUsage;
    }
    QString error;
    const std::optional<AreaCatalogue> catalogue = loadAreaCatalogue(contentDir, parser.value(area), &error);
    if (!catalogue) {
        streams.err << "recommend: " << error << Qt::endl;
        return ToolExitProblems;
    }
    Recommendation recommendation{catalogue->area.code, parser.value(agency), {}, {}};
    const QStringList chosenModules = listValue(parser, modules);
    const QStringList chosenServices = listValue(parser, services);
    if (chosenModules.size() > Recommendation::kMaxItems || chosenServices.size() > Recommendation::kMaxItems) {
        streams.err << "recommend: a code holds at most " << Recommendation::kMaxItems << " guides and "
                    << Recommendation::kMaxItems << " services" << Qt::endl;
        return ToolExitUsage;
    }
    const auto moduleTags = tagsFor(chosenModules, catalogue->moduleIds, QStringLiteral("guide"), streams);
    const auto serviceTags = tagsFor(chosenServices, catalogue->serviceIds, QStringLiteral("service"), streams);
    if (!moduleTags || !serviceTags)
        return ToolExitProblems;
    recommendation.moduleTags = *moduleTags;
    recommendation.serviceTags = *serviceTags;
    const QString code = *encodeRecommendation(recommendation);
    if (parser.isSet(qr) && !qrImageFor(qrTextForCode(code)).save(parser.value(qr), "PNG")) {
        streams.err << "recommend: cannot write the QR image to " << parser.value(qr) << Qt::endl;
        return ToolExitProblems;
    }
    streams.out << "area: " << catalogue->area.name << " (" << catalogue->area.code << ")\n"
                << "agency: " << recommendation.agency << "\n"
                << "guides: " << chosenModules.join(QStringLiteral(", ")) << "\n"
                << "services: " << chosenServices.join(QStringLiteral(", ")) << "\n"
                << code << Qt::endl;
    return ToolExitOk;
}

} // namespace

ToolCommand recommendCommand()
{
    return {QStringLiteral("recommend"), QStringLiteral("--area CODE --agency TYPE --modules a,b"),
            QStringLiteral("Make the typed code and QR image for a printed recommendation, or --decode one."),
            [](const QStringList &arguments, ToolStreams streams) { return run(arguments, streams); }};
}

} // namespace cg
