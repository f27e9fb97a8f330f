#include "content/arealoader.h"
#include "content/contentvalidator.h"

#include "catchqtstrings.h"
#include "contentfolder.h"

#include <algorithm>

using namespace cg;

namespace {

const QStringList goodNames{QStringLiteral("Sefton"), QStringLiteral("Wirral")};
const QStringList allNames{QStringLiteral("Knowsley"), QStringLiteral("Sefton"),
                           QStringLiteral("Wirral")};

QJsonObject knowsley()
{
    return goodArea(QStringLiteral("E08000011"), QStringLiteral("Knowsley"));
}

// A folder with the two good areas and Knowsley with one field changed.
struct FolderWithKnowsley {
    ContentFolder folder;

    explicit FolderWithKnowsley(const QString &field, const QJsonValue &value)
    {
        folder.writeGoodAreas(testToday());
        QJsonObject fields = knowsley();
        if (value.isUndefined())
            fields.remove(field);
        else
            fields.insert(field, value);
        folder.writeArea(QStringLiteral("knowsley"), fields);
    }

    ValidationIssues validate() const { return validateContent(folder.path(), testToday()); }
    QStringList loadedNames() const { return areaNames(loadAreas(folder.path()).areas); }
};

const QString knowsleyFile = QStringLiteral("areas/knowsley/area.json");

QString place(const QString &where)
{
    return knowsleyFile + QStringLiteral(" | ") + where;
}

// "error id: first three words" or "warning id: ...", for each finding in areas/sefton/services.json.
QStringList servicesFindings(const ContentFolder &folder)
{
    QStringList found;
    for (const ValidationIssue &issue : validateContent(folder.path(), testToday())) {
        if (issue.file == QStringLiteral("areas/sefton/services.json"))
            found << (issue.isWarning() ? QStringLiteral("warning ") : QStringLiteral("error ")) + issue.where
                    + QStringLiteral(": ") + issue.message.section(QLatin1Char(' '), 0, 2);
    }
    return found;
}

} // namespace

TEST_CASE("a folder of good areas is valid")
{
    ContentFolder folder;
    folder.writeGoodAreas(testToday());
    folder.writeArea(QStringLiteral("knowsley"), knowsley());
    CHECK(validateContent(folder.path(), testToday()).isEmpty());
    CHECK(areaNames(loadAreas(folder.path()).areas) == allNames);
}

TEST_CASE("a bad search word is reported by the validator with its file")
{
    ContentFolder folder;
    folder.writeGoodAreas(testToday());
    folder.write(QStringLiteral("search-words.json"), R"({"My Ex": ["co-parent"]})");
    CHECK(issuePlaces(validateContent(folder.path(), testToday())) == QStringList{QStringLiteral("search-words.json | My Ex")});
}

TEST_CASE("bad JSON is reported with its line and the other areas still load")
{
    ContentFolder folder;
    folder.writeGoodAreas(testToday());
    folder.write(knowsleyFile, QByteArrayLiteral("{\n"
                                                 "  \"code\": \"E08000011\",\n"
                                                 "  \"name\": \"Knowsley\"\n"
                                                 "  \"welcome\": \"Hello.\",\n"
                                                 "  \"brand_colour\": \"#1F6F6B\",\n"
                                                 "  \"last_reviewed\": \"2026-11-01\"\n"
                                                 "}\n"));
    const ValidationIssues issues = validateContent(folder.path(), testToday());
    CHECK(issuePlaces(issues) == QStringList{place(QStringLiteral("line 3"))});
    CHECK(areaNames(loadAreas(folder.path()).areas) == goodNames);
}

TEST_CASE("a file that is not one JSON object is reported")
{
    ContentFolder folder;
    folder.writeGoodAreas(testToday());
    folder.write(knowsleyFile, QByteArrayLiteral("[\"Knowsley\"]\n"));
    const ValidationIssues issues = validateContent(folder.path(), testToday());
    CHECK(issuePlaces(issues) == QStringList{place(QString())});
    CHECK(areaNames(loadAreas(folder.path()).areas) == goodNames);
}

TEST_CASE("a missing field is reported by name")
{
    const FolderWithKnowsley content(QStringLiteral("welcome"), QJsonValue::Undefined);
    const ValidationIssues issues = content.validate();
    CHECK(issuePlaces(issues) == QStringList{place(QStringLiteral("welcome"))});
    CHECK(issues.first().message == QStringLiteral("is missing; every area needs it"));
    CHECK(content.loadedNames() == goodNames);
}

TEST_CASE("a field of the wrong type is reported by name")
{
    const FolderWithKnowsley content(QStringLiteral("name"), 42);
    const ValidationIssues issues = content.validate();
    CHECK(issuePlaces(issues) == QStringList{place(QStringLiteral("name"))});
    CHECK(issues.first().message
          == QStringLiteral("must be text in double quotes, but is a number"));
    CHECK(content.loadedNames() == goodNames);
}

TEST_CASE("an empty field is reported by name")
{
    const FolderWithKnowsley content(QStringLiteral("welcome"), QStringLiteral("   "));
    const ValidationIssues issues = content.validate();
    CHECK(issuePlaces(issues) == QStringList{place(QStringLiteral("welcome"))});
    CHECK(issues.first().message == QStringLiteral("is empty"));
    CHECK(content.loadedNames() == goodNames);
}

TEST_CASE("a code that is not an ONS code is reported")
{
    const FolderWithKnowsley content(QStringLiteral("code"), QStringLiteral("E0800011"));
    const ValidationIssues issues = content.validate();
    CHECK(issuePlaces(issues) == QStringList{place(QStringLiteral("code"))});
    CHECK(issues.first().message.startsWith(QStringLiteral("E0800011 is not an ONS area code")));
    CHECK(content.loadedNames() == goodNames);
}

TEST_CASE("a code used by two areas is reported on the second and the first still loads")
{
    ContentFolder folder;
    folder.writeGoodAreas(testToday());
    folder.writeArea(QStringLiteral("wirral-copy"),
                     goodArea(QStringLiteral("E08000015"), QStringLiteral("Wirral copy")));
    const ValidationIssues issues = validateContent(folder.path(), testToday());
    CHECK(issuePlaces(issues) == QStringList{QStringLiteral("areas/wirral-copy/area.json | code")});
    CHECK(issues.first().message
          == QStringLiteral("E08000015 is also used by areas/wirral/area.json; each area needs its "
                            "own code"));
    CHECK(areaNames(loadAreas(folder.path()).areas) == goodNames);
}

TEST_CASE("a folder name that is not lower-case kebab-case is reported")
{
    const char *badSlug = GENERATE("St_Helens", "st helens", "StHelens", "st--helens", "-st");
    ContentFolder folder;
    folder.writeGoodAreas(testToday());
    const QString slug = QString::fromLatin1(badSlug);
    folder.writeArea(slug, goodArea(QStringLiteral("E08000013"), QStringLiteral("St Helens")));

    const ValidationIssues issues = validateContent(folder.path(), testToday());
    CHECK(issuePlaces(issues) == QStringList{QStringLiteral("areas/") + slug + QStringLiteral(" | ")});
    CHECK(issues.first().message.startsWith(QStringLiteral("folder name must be lower-case")));
    // The app can still use it: folder names only matter to people and tools.
    CHECK(areaNames(loadAreas(folder.path()).areas)
          == QStringList{QStringLiteral("Sefton"), QStringLiteral("St Helens"),
                         QStringLiteral("Wirral")});
}

TEST_CASE("a brand colour not written as #RRGGBB is reported")
{
    const char *badColour = GENERATE("teal", "#FFF", "1F6F6B", "#1F6F6G", "#1F6F6B80");
    const FolderWithKnowsley content(QStringLiteral("brand_colour"), QString::fromLatin1(badColour));
    const ValidationIssues issues = content.validate();
    CHECK(issuePlaces(issues) == QStringList{place(QStringLiteral("brand_colour"))});
    CHECK(content.loadedNames() == goodNames);
}

TEST_CASE("a brand colour too light for white text is reported with its contrast")
{
    const FolderWithKnowsley content(QStringLiteral("brand_colour"), QStringLiteral("#FFFF00"));
    const ValidationIssues issues = content.validate();
    REQUIRE(issues.size() == 1);
    CHECK(issues.first().toString()
          == QStringLiteral("areas/knowsley/area.json: brand_colour: #FFFF00 is too light for white "
                            "text (contrast 1.1:1, needs 4.5:1)"));
    CHECK(content.loadedNames() == goodNames);
}

TEST_CASE("contrast just either side of 4.5:1")
{
    const FolderWithKnowsley passes(QStringLiteral("brand_colour"), QStringLiteral("#767676"));
    CHECK(passes.validate().isEmpty());
    CHECK(passes.loadedNames() == allNames);

    const FolderWithKnowsley fails(QStringLiteral("brand_colour"), QStringLiteral("#777777"));
    const ValidationIssues issues = fails.validate();
    REQUIRE(issues.size() == 1);
    CHECK(issues.first().message
          == QStringLiteral("#777777 is too light for white text (contrast 4.47:1, needs 4.5:1)"));
}

TEST_CASE("review dates must be real and neither in the future nor over 12 months old")
{
    SECTION("exactly 12 months ago and today both pass")
    {
        CHECK(FolderWithKnowsley(QStringLiteral("last_reviewed"), QStringLiteral("2025-11-22"))
                  .validate()
                  .isEmpty());
        CHECK(FolderWithKnowsley(QStringLiteral("last_reviewed"), QStringLiteral("2026-11-22"))
                  .validate()
                  .isEmpty());
    }
    SECTION("a day over 12 months is stale")
    {
        const FolderWithKnowsley content(QStringLiteral("last_reviewed"),
                                         QStringLiteral("2025-11-21"));
        const ValidationIssues issues = content.validate();
        CHECK(issuePlaces(issues) == QStringList{place(QStringLiteral("last_reviewed"))});
        CHECK(issues.first().message.startsWith(
            QStringLiteral("2025-11-21 is more than 12 months ago")));
        CHECK(content.loadedNames() == allNames);
    }
    SECTION("tomorrow is in the future")
    {
        const FolderWithKnowsley content(QStringLiteral("last_reviewed"),
                                         QStringLiteral("2026-11-23"));
        const ValidationIssues issues = content.validate();
        CHECK(issuePlaces(issues) == QStringList{place(QStringLiteral("last_reviewed"))});
        CHECK(issues.first().message.startsWith(QStringLiteral("2026-11-23 is in the future")));
        CHECK(content.loadedNames() == allNames);
    }
    SECTION("a date not in YYYY-MM-DD form, or one that does not exist")
    {
        const char *badDate = GENERATE("22/11/2026", "2026-11-31", "2026-1-5", "last week");
        const FolderWithKnowsley content(QStringLiteral("last_reviewed"),
                                         QString::fromLatin1(badDate));
        const ValidationIssues issues = content.validate();
        CHECK(issuePlaces(issues) == QStringList{place(QStringLiteral("last_reviewed"))});
        CHECK(issues.first().message.contains(QStringLiteral("YYYY-MM-DD")));
        CHECK(content.loadedNames() == allNames);
    }
}

TEST_CASE("an unknown field is reported so typos never pass silently")
{
    SECTION("an extra field")
    {
        const FolderWithKnowsley content(QStringLiteral("motto"), QStringLiteral("Be kind"));
        const ValidationIssues issues = content.validate();
        CHECK(issuePlaces(issues) == QStringList{place(QStringLiteral("motto"))});
        CHECK(issues.first().message
              == QStringLiteral("is not a field an area can have; the fields are code, name, "
                                "welcome, brand_colour, last_reviewed, and optionally demo, stats_url, region"));
        CHECK(content.loadedNames() == allNames);
    }
    SECTION("a misspelt field is reported as both missing and unknown, with a suggestion")
    {
        ContentFolder folder;
        folder.writeGoodAreas(testToday());
        QJsonObject fields = knowsley();
        fields.insert(QStringLiteral("brand_color"), fields.take(QStringLiteral("brand_colour")));
        folder.writeArea(QStringLiteral("knowsley"), fields);

        const ValidationIssues issues = validateContent(folder.path(), testToday());
        CHECK(issuePlaces(issues)
              == QStringList{place(QStringLiteral("brand_colour")),
                             place(QStringLiteral("brand_color"))});
        CHECK(issues.last().message
              == QStringLiteral("is not a field an area can have; did you mean brand_colour?"));
        CHECK(areaNames(loadAreas(folder.path()).areas) == goodNames);
    }
}

TEST_CASE("contact details in the welcome words are reported")
{
    const char *welcome = GENERATE("Call us on 0151 934 4000.", "See www.example.org.",
                                   "Email help@example.org.", "Visit us at L20 3NJ.",
                                   "In danger? Call 999.");
    const FolderWithKnowsley content(QStringLiteral("welcome"),
                                     QStringLiteral("Welcome, Knowsley parents. ")
                                         + QString::fromLatin1(welcome));
    const ValidationIssues issues = content.validate();
    CHECK(issuePlaces(issues) == QStringList{place(QStringLiteral("welcome"))});
    CHECK(issues.first().message.startsWith(QStringLiteral("contains ")));
    CHECK(content.loadedNames() == allNames);
}

TEST_CASE("several problems in one file are each reported once and together")
{
    ContentFolder folder;
    folder.writeGoodAreas(testToday());
    QJsonObject fields = knowsley();
    fields.insert(QStringLiteral("code"), QStringLiteral("K1"));
    fields.insert(QStringLiteral("brand_colour"), QStringLiteral("#FFFFFF"));
    fields.insert(QStringLiteral("last_reviewed"), QStringLiteral("2020-01-01"));
    folder.writeArea(QStringLiteral("knowsley"), fields);

    const ValidationIssues issues = validateContent(folder.path(), testToday());
    CHECK(issuePlaces(issues)
          == QStringList{place(QStringLiteral("code")), place(QStringLiteral("brand_colour")),
                         place(QStringLiteral("last_reviewed"))});
    CHECK(areaNames(loadAreas(folder.path()).areas) == goodNames);
}

TEST_CASE("folder-level problems are reported")
{
    SECTION("the content folder does not exist")
    {
        const ValidationIssues issues = validateContent(QStringLiteral("/nonexistent/content"),
                                                        testToday());
        CHECK(issuePlaces(issues) == QStringList{QStringLiteral(" | ")});
    }
    SECTION("there is no areas folder")
    {
        QTemporaryDir empty;
        const ValidationIssues issues = validateContent(empty.path(), testToday());
        CHECK(issuePlaces(issues) == QStringList{QStringLiteral("areas | ")});
    }
    SECTION("the areas folder is empty")
    {
        ContentFolder folder;
        const ValidationIssues issues = validateContent(folder.path(), testToday());
        CHECK(issuePlaces(issues) == QStringList{QStringLiteral("areas | ")});
        CHECK(issues.first().message.startsWith(QStringLiteral("has no area folders")));
    }
    SECTION("an area folder without area.json")
    {
        ContentFolder folder;
        folder.writeGoodAreas(testToday());
        folder.write(QStringLiteral("areas/knowsley/area.jsn"), QByteArrayLiteral("{}"));
        const ValidationIssues issues = validateContent(folder.path(), testToday());
        CHECK(issuePlaces(issues) == QStringList{place(QString())});
        CHECK(areaNames(loadAreas(folder.path()).areas) == goodNames);
    }
    SECTION("a file put straight into areas/")
    {
        ContentFolder folder;
        folder.writeGoodAreas(testToday());
        folder.write(QStringLiteral("areas/knowsley.json"), QByteArrayLiteral("{}"));
        const ValidationIssues issues = validateContent(folder.path(), testToday());
        CHECK(issuePlaces(issues) == QStringList{QStringLiteral("areas/knowsley.json | ")});
        CHECK(areaNames(loadAreas(folder.path()).areas) == goodNames);
    }
}

TEST_CASE("an area's services file is reviewed: contact, tier, topics, review date, source, fields, no personal e-mail")
{
    ContentFolder folder;
    folder.writeGoodAreas(testToday());
    folder.write(QStringLiteral("topics.json"), R"({"module_topics": ["arguments"], "service_topics": ["parenting"],
                                                    "module_topic_labels": {"arguments": "Arguments"}})");
    const QString recent = testToday().addMonths(-2).toString(Qt::ISODate);
    const QString old = testToday().addMonths(-13).toString(Qt::ISODate);
    folder.write(QStringLiteral("areas/sefton/services.json"), QStringLiteral(R"({"services": [
        {"id": "good", "name": "Good", "phones": ["0151 000 0000"], "tier": "universal", "topics": ["parenting"],
         "last_reviewed": "%1", "source": "The council's directory"},
        {"id": "silent", "name": "No way in", "tier": "universal", "topics": ["parenting"], "last_checked": "%1"},
        {"id": "odd", "name": "Odd", "website": "https://example.org", "tier": "urgent", "topics": ["cooking"],
         "last_checked": "%2", "contact_name": "A Person", "email": "jane.smith@example.org"},
        {"id": "unsourced", "name": "Unsourced", "website": "https://example.org", "tier": "crisis", "topics": ["parenting"],
         "last_reviewed": "%1"},
        {"name": "No id"}
    ]})").arg(recent, old).toUtf8());
    CHECK(servicesFindings(folder) == QStringList{
        QStringLiteral("error silent: needs a way"),
        QStringLiteral("error odd: \"contact_name\" is not"),
        QStringLiteral("error odd: tier must be"),
        QStringLiteral("error odd: \"cooking\" is not"),
        QStringLiteral("warning odd: was last checked"),
        QStringLiteral("error odd: email looks like"),
        QStringLiteral("error unsourced: needs a source:"),
        QStringLiteral("error services[4]: needs an id"),
    });
}

TEST_CASE("a missing contact, a stale date and no topic are warnings only where the council can still fix them")
{
    ContentFolder folder;
    folder.writeGoodAreas(testToday());
    folder.write(QStringLiteral("topics.json"), R"({"module_topics": ["arguments"], "service_topics": ["parenting"],
                                                    "module_topic_labels": {"arguments": "Arguments"}})");
    const QString recent = testToday().addMonths(-2).toString(Qt::ISODate);
    const QString old = testToday().addMonths(-13).toString(Qt::ISODate);
    folder.write(QStringLiteral("areas/sefton/services.json"), QStringLiteral(R"({"services": [
        {"id": "awaiting-contacts", "name": "Named in a council report", "tier": "universal", "topics": ["parenting"],
         "last_reviewed": "%1", "source": "A council report, section 2"},
        {"id": "no-source-no-contacts", "name": "Nowhere to look", "tier": "universal", "topics": ["parenting"],
         "last_reviewed": "%1"},
        {"id": "imported-no-contacts", "name": "From a feed", "tier": "universal", "topics": ["parenting"],
         "last_checked": "%1", "source": "A feed"},
        {"id": "own-review-lapsed", "name": "Ours", "phones": ["0151 000 0000"], "tier": "universal",
         "topics": ["parenting"], "last_reviewed": "%2", "source": "A council report"},
        {"id": "feed-date-old", "name": "Theirs", "phones": ["0151 000 0000"], "tier": "universal",
         "topics": ["parenting"], "last_checked": "%2"},
        {"id": "own-no-topic", "name": "Ours", "phones": ["0151 000 0000"], "tier": "universal", "topics": [],
         "last_reviewed": "%1", "source": "A council report"},
        {"id": "feed-no-topic", "name": "Theirs", "phones": ["0151 000 0000"], "tier": "universal", "topics": [],
         "last_checked": "%1"}
    ]})").arg(recent, old).toUtf8());

    CHECK(servicesFindings(folder) == QStringList{
        QStringLiteral("warning awaiting-contacts: needs a way"),
        QStringLiteral("error no-source-no-contacts: needs a way"),
        QStringLiteral("error no-source-no-contacts: needs a source:"),
        QStringLiteral("error imported-no-contacts: needs a way"),
        QStringLiteral("error own-review-lapsed: was last checked"),
        QStringLiteral("warning feed-date-old: was last checked"),
        QStringLiteral("error own-no-topic: needs at least"),
        QStringLiteral("warning feed-no-topic: matched no topic:"),
    });
    const ValidationIssues issues = validateContent(folder.path(), testToday());
    CHECK(countWarnings(issues) == 3);
    CHECK(hasErrors(issues));
    // The warning tells the editor what to add, and that nothing may be made up.
    const auto awaiting = std::find_if(issues.cbegin(), issues.cend(), [](const ValidationIssue &issue) {
        return issue.where == QStringLiteral("awaiting-contacts");
    });
    REQUIRE(awaiting != issues.cend());
    CHECK(awaiting->toString()
          == QStringLiteral("warning: areas/sefton/services.json: awaiting-contacts: needs a way to get in touch: add "
                            "phones, website, email or places from the council's own checked details, never a guess"));
}

TEST_CASE("a folder whose only findings are warnings has no errors")
{
    ContentFolder folder;
    folder.writeGoodAreas(testToday());
    folder.write(QStringLiteral("topics.json"), R"({"module_topics": ["arguments"], "service_topics": ["parenting"],
                                                    "module_topic_labels": {"arguments": "Arguments"}})");
    folder.write(QStringLiteral("areas/sefton/services.json"), QStringLiteral(R"({"services": [
        {"id": "awaiting-contacts", "name": "Named in a council report", "tier": "universal", "topics": ["parenting"],
         "last_reviewed": "%1", "source": "A council report, section 2"}
    ]})").arg(testToday().toString(Qt::ISODate)).toUtf8());
    const ValidationIssues issues = validateContent(folder.path(), testToday());
    REQUIRE(issues.size() == 1);
    CHECK(issues.first().isWarning());
    CHECK_FALSE(hasErrors(issues));
    CHECK(countWarnings(issues) == 1);
}

TEST_CASE("an error is still an error, and its line carries no warning mark")
{
    const ValidationIssue error{QStringLiteral("areas/x/area.json"), QStringLiteral("code"), QStringLiteral("is wrong")};
    CHECK_FALSE(error.isWarning());
    CHECK(error.toString() == QStringLiteral("areas/x/area.json: code: is wrong"));
    CHECK(hasErrors({error}));
    CHECK_FALSE(hasErrors({}));
    ValidationIssue warning = error;
    warning.severity = ValidationIssue::Severity::Warning;
    CHECK(warning.toString() == QStringLiteral("warning: areas/x/area.json: code: is wrong"));
    CHECK(hasErrors({warning, error}));
}

TEST_CASE("an area may say it is a demo, with true or false")
{
    SECTION("demo true is accepted and the area loads")
    {
        const FolderWithKnowsley content(QStringLiteral("demo"), true);
        CHECK(content.validate().isEmpty());
        CHECK(content.loadedNames() == allNames);
    }
    SECTION("demo false is accepted too")
    {
        const FolderWithKnowsley content(QStringLiteral("demo"), false);
        CHECK(content.validate().isEmpty());
        CHECK(content.loadedNames() == allNames);
    }
    SECTION("demo in quotes leaves the area out, so an example is never shown as a real area by mistake")
    {
        const FolderWithKnowsley content(QStringLiteral("demo"), QStringLiteral("true"));
        const ValidationIssues issues = content.validate();
        CHECK(issuePlaces(issues) == QStringList{place(QStringLiteral("demo"))});
        CHECK(issues.first().message == QStringLiteral("must be true or false, without quotes, but is text in double quotes"));
        CHECK_FALSE(issues.first().isWarning());
        CHECK(content.loadedNames() == goodNames);
    }
    SECTION("a misspelt demo is caught with a suggestion")
    {
        const FolderWithKnowsley content(QStringLiteral("dmeo"), true);
        const ValidationIssues issues = content.validate();
        CHECK(issuePlaces(issues) == QStringList{place(QStringLiteral("dmeo"))});
        CHECK(issues.first().message == QStringLiteral("is not a field an area can have; did you mean demo?"));
    }
}
