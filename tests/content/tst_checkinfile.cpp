#include "catchqtstrings.h"
#include "content/checkinfile.h"
#include "contentfolder.h"

#include <catch2/catch.hpp>

using namespace cg;

TEST_CASE("the shipped check-in reads: six measures, stages from day 0, every answer scored 0 to 4 or not at all")
{
    const CheckInFileResult read = readCheckIn(QStringLiteral(CG_CONTENT_DIR));
    CHECK(read.issues.isEmpty());
    REQUIRE(read.definition);
    CHECK(read.definition->items.size() == 6);
    CHECK(read.definition->stages.first().day == 0);
    // Feeling frightened is never scored as conflict alone: it opens the safety route.
    bool safety = false;
    for (const CheckInItem &item : read.definition->items) {
        for (const CheckInAnswer &answer : item.answers)
            safety = safety || answer.opensSafety;
    }
    CHECK(safety);
}

TEST_CASE("a check-in file with a bad score, stages out of order or a repeated id names each place")
{
    ContentFolder folder;
    folder.write(QStringLiteral("checkin/checkin.json"),
                 "{\"last_reviewed\": \"2026-11-01\", \"intro\": \"Six quick questions.\", \"period_days\": 14,"
                 " \"band_threshold\": 1,"
                 " \"stages\": [{\"id\": \"start\", \"day\": 0, \"label\": \"Start\"},"
                 "              {\"id\": \"later\", \"day\": 0, \"label\": \"Later\"}],"
                 " \"items\": ["
                 "  {\"id\": \"a\", \"measure\": \"A\", \"question\": \"How often?\", \"why\": \"Because.\","
                 "   \"progress\": {\"better\": \"Less\", \"same\": \"Same\", \"worse\": \"More\"},"
                 "   \"answers\": [{\"text\": \"Often\", \"score\": 7}, {\"text\": \"Never\", \"score\": 4}]},"
                 "  {\"id\": \"a\", \"measure\": \"B\", \"question\": \"How calm?\", \"why\": \"Because.\","
                 "   \"progress\": {\"better\": \"Calmer\", \"same\": \"Same\", \"worse\": \"Less calm\"},"
                 "   \"answers\": [{\"text\": \"Calm\", \"score\": 4}, {\"text\": \"Not\", \"score\": 0}]}]}");
    const CheckInFileResult read = readCheckIn(folder.path());
    CHECK_FALSE(read.definition);
    CHECK(issuePlaces(read.issues) == QStringList{QStringLiteral("checkin/checkin.json | stages[1].day"),
                                                  QStringLiteral("checkin/checkin.json | items[0].answers[0].score"),
                                                  QStringLiteral("checkin/checkin.json | items[1].id")});
}

TEST_CASE("a check-in file with a misspelt field or no progress words is refused, naming the place")
{
    ContentFolder folder;
    folder.write(QStringLiteral("checkin/checkin.json"),
                 "{\"last_reviewed\": \"2026-11-01\", \"intro\": \"Six quick questions.\", \"period_days\": 14,"
                 " \"band_threshold\": 1, \"stages\": [{\"id\": \"start\", \"day\": 0, \"label\": \"Start\"}],"
                 " \"items\": ["
                 "  {\"id\": \"a\", \"measure\": \"A\", \"question\": \"How often?\", \"why\": \"Because.\","
                 "   \"answers\": [{\"text\": \"Often\", \"scor\": 0}, {\"text\": \"Never\", \"score\": 4}]}]}");
    const CheckInFileResult read = readCheckIn(folder.path());
    CHECK_FALSE(read.definition);
    CHECK(issuePlaces(read.issues) == QStringList{QStringLiteral("checkin/checkin.json | items[0].progress.better"),
                                                  QStringLiteral("checkin/checkin.json | items[0].progress.same"),
                                                  QStringLiteral("checkin/checkin.json | items[0].progress.worse"),
                                                  QStringLiteral("checkin/checkin.json | items[0].answers[0].scor"),
                                                  QStringLiteral("checkin/checkin.json | items[0].answers[0].score")});
}

TEST_CASE("a check-in not reviewed for over a year, or reviewed in the future, is flagged")
{
    CheckInDefinition definition;
    definition.lastReviewed = QDate(2025, 10, 1);
    CHECK(reviewCheckIn(definition, QDate(2026, 11, 23)).size() == 1);
    CHECK(reviewCheckIn(definition, QDate(2026, 9, 30)).isEmpty());
    CHECK(reviewCheckIn(definition, QDate(2025, 9, 30)).size() == 1);
}
