#include "content/jsonfile.h"

#include "catchqtstrings.h"

#include <QJsonObject>

using namespace cg;

namespace {

QString whereOfError(const char *text)
{
    const JsonFileResult result = parseJson(QByteArray(text), QStringLiteral("areas/x/area.json"));
    REQUIRE(result.issue.has_value());
    CHECK(result.issue->file == QStringLiteral("areas/x/area.json"));
    return result.issue->where;
}

} // namespace

TEST_CASE("JSON parse errors name the line the editor has to fix")
{
    SECTION("a missing comma is reported on the line that lacks it, not the next one")
    {
        CHECK(whereOfError("{\n  \"code\": \"E08000014\"\n  \"name\": \"Sefton\"\n}\n")
              == QStringLiteral("line 2"));
    }
    SECTION("a comma after the last field is reported on the comma's line")
    {
        CHECK(whereOfError("{\n  \"code\": \"E08000014\",\n  \"name\": \"Sefton\",\n}\n")
              == QStringLiteral("line 3"));
    }
    SECTION("text without quotes is reported on its own line")
    {
        CHECK(whereOfError("{\n  \"code\": \"E08000014\",\n  \"name\": Sefton\n}\n")
              == QStringLiteral("line 3"));
    }
    SECTION("a field name without quotes is reported on its own line")
    {
        CHECK(whereOfError("{\n  \"code\": \"E08000014\",\n  name: \"Sefton\"\n}\n")
              == QStringLiteral("line 3"));
    }
    SECTION("a doubled comma is reported on its line")
    {
        CHECK(whereOfError("{\n  \"code\": \"E08000014\",,\n  \"name\": \"Sefton\"\n}\n")
              == QStringLiteral("line 2"));
    }
    SECTION("a string left open is reported where the file ends")
    {
        CHECK(whereOfError("{\n  \"code\": \"E08000014\",\n  \"name\": \"Sefton\n\n")
              == QStringLiteral("line 3"));
    }
    SECTION("a colon missing after a name")
    {
        CHECK(whereOfError("{\n  \"code\": \"E08000014\",\n  \"name\" \"Sefton\"\n}\n")
              == QStringLiteral("line 3"));
    }
    SECTION("a missing closing brace is reported at the last line with text")
    {
        CHECK(whereOfError("{\n  \"code\": \"E08000014\",\n  \"name\": \"Sefton\"\n\n")
              == QStringLiteral("line 3"));
    }
    SECTION("extra text after the closing brace is reported where it starts")
    {
        CHECK(whereOfError("{\n  \"code\": \"E08000014\"\n}\n\n}\n") == QStringLiteral("line 5"));
    }
}

TEST_CASE("JSON parse errors are worded for a content editor")
{
    const JsonFileResult missingComma =
        parseJson(QByteArrayLiteral("{\n  \"code\": \"E08000014\"\n  \"name\": \"Sefton\"\n}\n"),
                  QStringLiteral("areas/sefton/area.json"));
    REQUIRE(missingComma.issue.has_value());
    CHECK(missingComma.issue->toString()
          == QStringLiteral("areas/sefton/area.json: line 2: not valid JSON: a comma is missing at "
                            "the end of this line"));

    const JsonFileResult result = parseJson(
        QByteArrayLiteral("{\n  \"code\": \"E08000014\",\n  \"name\": \"Sefton\",\n}\n"),
        QStringLiteral("areas/sefton/area.json"));
    REQUIRE(result.issue.has_value());
    CHECK(result.issue->toString()
          == QStringLiteral("areas/sefton/area.json: line 3: not valid JSON: there is a comma with "
                            "nothing after it; remove the last comma"));
}

TEST_CASE("an empty JSON file says so rather than pointing at line 1")
{
    const JsonFileResult result = parseJson(QByteArrayLiteral("  \n\n"), QStringLiteral("a.json"));
    REQUIRE(result.issue.has_value());
    CHECK(result.issue->where.isEmpty());
    CHECK(result.issue->message == QStringLiteral("the file is empty"));
}

TEST_CASE("valid JSON parses without an issue with or without a byte-order mark")
{
    const JsonFileResult plain = parseJson(QByteArrayLiteral("{\"a\": 1}"), QStringLiteral("a"));
    CHECK_FALSE(plain.issue.has_value());
    CHECK(plain.document.object().value(QStringLiteral("a")).toInt() == 1);

    const JsonFileResult bom =
        parseJson(QByteArrayLiteral("\xEF\xBB\xBF{\"a\": 2}"), QStringLiteral("a"));
    CHECK_FALSE(bom.issue.has_value());
    CHECK(bom.document.object().value(QStringLiteral("a")).toInt() == 2);
}

TEST_CASE("a file that cannot be opened is an issue and not a crash")
{
    const JsonFileResult result =
        readJsonFile(QStringLiteral("/nonexistent/area.json"), QStringLiteral("areas/x/area.json"));
    REQUIRE(result.issue.has_value());
    CHECK(result.issue->file == QStringLiteral("areas/x/area.json"));
    CHECK(result.issue->message.startsWith(QStringLiteral("cannot be read")));
}
