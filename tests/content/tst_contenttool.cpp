#include "tools/contenttool.h"

#include "catchqtstrings.h"
#include "contentfolder.h"
#include "modulefixtures.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

using namespace cg;

namespace {

struct ToolRun {
    int exitCode = -1;
    QString out;
    QString err;
};

// Runs the tool in-process, as main() does.
ToolRun runInProcess(const QStringList &arguments)
{
    ToolRun run;
    {
        QTextStream out(&run.out);
        QTextStream err(&run.err);
        run.exitCode = runContentTool(QStringList{QStringLiteral("commonground-content")} + arguments,
                                      out, err);
    }
    return run;
}

// Runs the real commonground-content binary, as CI and content editors do.
ToolRun runBinary(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(CG_CONTENT_TOOL), arguments);
    REQUIRE(process.waitForFinished(30000));
    REQUIRE(process.exitStatus() == QProcess::NormalExit);
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

// Good areas dated today by the real clock, because the tool judges review dates against it.
void writeGoodAreasReviewedToday(ContentFolder &folder)
{
    folder.writeGoodAreas(QDate::currentDate());
}

} // namespace

TEST_CASE("validate prints a summary and exits 0 on a valid folder")
{
    ContentFolder folder;
    writeGoodAreasReviewedToday(folder);

    const ToolRun run = runBinary({QStringLiteral("validate"), folder.path()});
    CHECK(run.exitCode == 0);
    CHECK(run.err.isEmpty());
    CHECK(run.out == folder.path() + QStringLiteral(" is valid: 2 areas\n"));
}

TEST_CASE("validate prints one line per problem prefixed with DIR and exits 1")
{
    ContentFolder folder;
    writeGoodAreasReviewedToday(folder);
    QJsonObject fields = goodArea(QStringLiteral("E08000011"), QStringLiteral("Knowsley"),
                                  QDate::currentDate());
    fields.insert(QStringLiteral("brand_colour"), QStringLiteral("#FFFF00"));
    fields.insert(QStringLiteral("welcome"), QStringLiteral("Ring 0151 934 4000."));
    folder.writeArea(QStringLiteral("knowsley"), fields);

    const ToolRun run = runBinary({QStringLiteral("validate"), folder.path() + u'/'});
    CHECK(run.exitCode == 1);
    CHECK(run.out.isEmpty());
    const QString file = folder.path() + QStringLiteral("/areas/knowsley/area.json");
    CHECK(run.err
          == file + QStringLiteral(": brand_colour: #FFFF00 is too light for white text (contrast "
                                   "1.1:1, needs 4.5:1)\n")
              + file + QStringLiteral(": welcome: contains a phone number (0151 934 4000); leave "
                                      "contact details out, services are listed separately\n"));
}

TEST_CASE("validate on a folder that does not exist names it and exits 1")
{
    const ToolRun run = runBinary({QStringLiteral("validate"), QStringLiteral("/nonexistent/content")});
    CHECK(run.exitCode == 1);
    CHECK(run.err == QStringLiteral("/nonexistent/content: content folder not found\n"));
}

TEST_CASE("validate prints warnings marked as such, counts them in the summary and exits 0")
{
    ContentFolder folder;
    writeGoodAreasReviewedToday(folder);
    folder.write(QStringLiteral("topics.json"), testTopicsJson());
    // Named in a council report, its contact details not yet added: the council's job, never a guess.
    folder.write(QStringLiteral("areas/sefton/services.json"), QStringLiteral(R"({"services": [
        {"id": "sefton-venus", "name": "Venus", "tier": "targeted", "topics": ["parental-conflict"],
         "last_reviewed": "%1", "source": "A council report, section 2"}
    ]})").arg(QDate::currentDate().toString(Qt::ISODate)).toUtf8());

    const ToolRun run = runBinary({QStringLiteral("validate"), folder.path()});
    CHECK(run.exitCode == 0);
    CHECK(run.err
          == QStringLiteral("warning: ") + folder.path()
              + QStringLiteral("/areas/sefton/services.json: sefton-venus: needs a way to get in touch: add phones, "
                               "website, email or places from the council's own checked details, never a guess\n"));
    CHECK(run.out == folder.path() + QStringLiteral(" is valid: 2 areas, 1 warning\n"));
}

TEST_CASE("validate still exits 1 when a warning comes with an error, and marks only the warning")
{
    ContentFolder folder;
    writeGoodAreasReviewedToday(folder);
    folder.write(QStringLiteral("topics.json"), testTopicsJson());
    // The same record without a source has nowhere its contacts could come from: an error.
    folder.write(QStringLiteral("areas/sefton/services.json"), QStringLiteral(R"({"services": [
        {"id": "sefton-venus", "name": "Venus", "tier": "targeted", "topics": ["parental-conflict"],
         "last_reviewed": "%1", "source": "A council report, section 2"},
        {"id": "sefton-unsourced", "name": "Unsourced", "tier": "targeted", "topics": ["parental-conflict"],
         "last_reviewed": "%1", "source": ""}
    ]})").arg(QDate::currentDate().toString(Qt::ISODate)).toUtf8());

    const ToolRun run = runBinary({QStringLiteral("validate"), folder.path()});
    CHECK(run.exitCode == 1);
    CHECK(run.out.isEmpty());
    const QString file = folder.path() + QStringLiteral("/areas/sefton/services.json");
    CHECK(run.err.split(u'\n', Qt::SkipEmptyParts)
          == QStringList{QStringLiteral("warning: ") + file
                             + QStringLiteral(": sefton-venus: needs a way to get in touch: add phones, website, email "
                                              "or places from the council's own checked details, never a guess"),
                         file + QStringLiteral(": sefton-unsourced: needs a way to get in touch: phones, website, email or places"),
                         file + QStringLiteral(": sefton-unsourced: needs a source: where its details come from")});
}

TEST_CASE("a missing DIR is a usage error with exit code 2")
{
    const ToolRun run = runBinary({QStringLiteral("validate")});
    CHECK(run.exitCode == 2);
    CHECK(run.err.contains(QStringLiteral("missing DIR")));
    CHECK(run.out.isEmpty());
}

TEST_CASE("the command line is checked before any work is done")
{
    SECTION("no command at all")
    {
        const ToolRun run = runInProcess({});
        CHECK(run.exitCode == 2);
        CHECK(run.err.contains(QStringLiteral("no command given")));
    }
    SECTION("an unknown command")
    {
        const ToolRun run = runInProcess({QStringLiteral("publish")});
        CHECK(run.exitCode == 2);
        CHECK(run.err.startsWith(QStringLiteral("commonground-content: unknown command 'publish'")));
    }
    SECTION("too many arguments to validate")
    {
        const ToolRun run =
            runInProcess({QStringLiteral("validate"), QStringLiteral("a"), QStringLiteral("b")});
        CHECK(run.exitCode == 2);
        CHECK(run.err.contains(QStringLiteral("expected one DIR")));
    }
}

TEST_CASE("--help lists the commands and --version prints the version")
{
    const ToolRun help = runInProcess({QStringLiteral("--help")});
    CHECK(help.exitCode == 0);
    CHECK(help.out.contains(QStringLiteral("validate DIR")));
    CHECK(help.err.isEmpty());

    const ToolRun version = runBinary({QStringLiteral("--version")});
    CHECK(version.exitCode == 0);
    CHECK(version.out == QStringLiteral("commonground-content " CG_VERSION "\n"));
}

TEST_CASE("list prints id, title and section count separated by tabs for the shipped modules")
{
    const ToolRun run = runBinary({QStringLiteral("list"), QStringLiteral(CG_CONTENT_DIR)});
    CHECK(run.exitCode == 0);
    CHECK(run.err.isEmpty());
    const QStringList lines = run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 14);
    for (const QString &line : lines) {
        const QStringList fields = line.split(QLatin1Char('\t'));
        REQUIRE(fields.size() == 3);
        CHECK(fields[2].toInt() >= 4);
    }
    CHECK(lines.first().startsWith(QStringLiteral("arguing-better\t")));
}

TEST_CASE("list prints an area pack's own modules after the national ones, as slug/id")
{
    ContentFolder folder;
    writeGoodAreasReviewedToday(folder);
    folder.write(QStringLiteral("topics.json"), testTopicsJson());
    writeModule(folder, QStringLiteral("first-module"));
    writeModule(folder, QStringLiteral("first-module"), {}, QStringLiteral("areas/sefton/modules"));
    writeModule(folder, QStringLiteral("local-hubs"), QStringLiteral("first-module"), QStringLiteral("areas/wirral/modules"));

    const ToolRun run = runBinary({QStringLiteral("list"), folder.path()});
    CHECK(run.exitCode == 0);
    CHECK(run.err.isEmpty());
    CHECK(run.out
          == QStringLiteral("first-module\tTitle of first-module\t4\n"
                            "sefton/first-module\tTitle of first-module\t4\n"
                            "wirral/local-hubs\tTitle of local-hubs\t4\n"));
}

TEST_CASE("list names a broken area module on stderr and exits 1")
{
    ContentFolder folder;
    writeGoodAreasReviewedToday(folder);
    folder.write(QStringLiteral("topics.json"), testTopicsJson());
    writeModule(folder, QStringLiteral("local-hubs"), QStringLiteral("no-such-module"), QStringLiteral("areas/sefton/modules"));

    const ToolRun run = runBinary({QStringLiteral("list"), folder.path()});
    CHECK(run.exitCode == 1);
    CHECK(run.out.isEmpty());
    CHECK(run.err
          == folder.path() + QStringLiteral("/areas/sefton/modules/local-hubs/module.json: related_modules: "
                                            "'no-such-module' is not a module that could be loaded\n"));
}

TEST_CASE("readability prints a grade for every section and an average per module")
{
    const ToolRun run = runBinary({QStringLiteral("readability"), QStringLiteral(CG_CONTENT_DIR)});
    CHECK(run.exitCode == 0);
    const QStringList lines = run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    CHECK(lines.filter(QStringLiteral("\taverage\t")).size() == 14);
    for (const QString &line : lines) {
        const QStringList fields = line.split(QLatin1Char('\t'));
        REQUIRE(fields.size() == 3);
        bool number = false;
        const double grade = fields[2].toDouble(&number);
        CHECK(number);
        CHECK(grade <= 8.0);
    }
}

TEST_CASE("list and readability need exactly one folder")
{
    CHECK(runInProcess({QStringLiteral("list")}).exitCode == 2);
    const ToolRun run = runInProcess({QStringLiteral("readability"), QStringLiteral("a"), QStringLiteral("b")});
    CHECK(run.exitCode == 2);
    CHECK(run.err.startsWith(QStringLiteral("commonground-content readability: expected one DIR, got 2 arguments.")));
}

TEST_CASE("import-oruk turns the Bristol page into a services file and a report, and prints a summary")
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("services.json"));
    const QString report = dir.filePath(QStringLiteral("report.json"));
    const ToolRun run = runBinary({QStringLiteral("import-oruk"),
                                   QStringLiteral(CG_TEST_SOURCE_DIR "/fixtures/oruk/bristol_oruk-v3_services_page1.json"),
                                   QStringLiteral("--area"), QStringLiteral("E06000023"), QStringLiteral("--out"), out,
                                   QStringLiteral("--report"), report});
    CHECK(run.exitCode == 0);
    CHECK(run.out.startsWith(QStringLiteral("read 3, imported 3, skipped 0, duplicates 0")));
    QFile services(out);
    REQUIRE(services.open(QIODevice::ReadOnly));
    const QJsonObject file = QJsonDocument::fromJson(services.readAll()).object();
    CHECK(file.value(QStringLiteral("area")) == QStringLiteral("E06000023"));
    const QJsonArray list = file.value(QStringLiteral("services")).toArray();
    REQUIRE(list.size() == 3);
    for (const QJsonValue &service : list) {
        for (const char *key : {"id", "name", "summary"})
            CHECK_FALSE(service.toObject().value(QLatin1String(key)).toString().isEmpty());
    }
    QFile reportFile(report);
    REQUIRE(reportFile.open(QIODevice::ReadOnly));
    const QJsonObject counts = QJsonDocument::fromJson(reportFile.readAll()).object();
    for (const char *key : {"read", "imported", "skipped", "duplicates", "stale"})
        CHECK(counts.contains(QLatin1String(key)));
}

TEST_CASE("import-oruk refuses what is not a directory feed with exit 1, and a wrong command line with 2")
{
    QTemporaryDir dir;
    QFile page(dir.filePath(QStringLiteral("error.html")));
    REQUIRE(page.open(QIODevice::WriteOnly));
    page.write("<html><body>502 Bad Gateway</body></html>");
    page.close();
    const QString out = dir.filePath(QStringLiteral("services.json"));
    const ToolRun html = runBinary({QStringLiteral("import-oruk"), page.fileName(), QStringLiteral("--area"),
                                    QStringLiteral("E06000023"), QStringLiteral("--out"), out});
    CHECK(html.exitCode == 1);
    CHECK(html.err.contains(QStringLiteral("is not a service directory feed")));
    CHECK_FALSE(QFile::exists(out));
    CHECK(runBinary({QStringLiteral("import-oruk"), page.fileName()}).exitCode == 2);
}
