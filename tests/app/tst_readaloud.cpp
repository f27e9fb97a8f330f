#include "openvault.h"
#include "catchqtstrings.h"
#include "recordingspeaker.h"
#include "models/readaloudcontroller.h"
#include "models/readercontroller.h"
#include "storage/appschema.h"
#include "storage/database.h"
#include "storage/sqlitemoduleprogressstore.h"

#include <catch2/catch.hpp>

#include <QTemporaryDir>

using namespace cg;

namespace {

Module guide()
{
    Module module;
    module.id = QStringLiteral("calm");
    module.title = QStringLiteral("Calm");
    for (const char *title : {"Breathe", "Walk away"}) {
        ModuleSection section;
        section.title = QString::fromLatin1(title);
        ModuleBlock quiz;
        quiz.type = BlockType::Quiz;
        quiz.id = QStringLiteral("quiz-") + section.title;
        quiz.question = QStringLiteral("What helps?");
        quiz.choices = {{QStringLiteral("Shouting"), QStringLiteral("Feedback you only see after choosing"), false}};
        ModuleBlock together;
        together.type = BlockType::Together;
        together.id = QStringLiteral("pair-") + section.title;
        together.title = QStringLiteral("Together");
        together.text = QStringLiteral("Agree a signal");
        section.parts = {{SectionPart::Kind::Paragraph, QStringLiteral("Slow down"), {}, {}},
                         {SectionPart::Kind::List, {}, {QStringLiteral("In for four"), QStringLiteral("Out for six!")}, {}},
                         {SectionPart::Kind::Block, {}, {}, quiz},
                         {SectionPart::Kind::Block, {}, {}, together}};
        module.sections << section;
    }
    return module;
}

struct Setup {
    QTemporaryDir keyDir;
    OpenVault key{keyDir.path()};
    Database db;
    std::unique_ptr<SqliteModuleProgressStore> store;
    QList<Module> modules{guide()};
    std::unique_ptr<ReaderController> reader;
    RecordingSpeaker speaker;

    Setup()
    {
        REQUIRE(db.open(QStringLiteral(":memory:"), appMigrations()));
        store = std::make_unique<SqliteModuleProgressStore>(db.connection(), key.vault);
        reader = std::make_unique<ReaderController>(modules, *store, [] { return QDate(2026, 11, 22); });
    }
};

} // namespace

TEST_CASE("read aloud reads the part on screen, title first, with pauses and no quiz answers")
{
    Setup setup;
    ReadAloudController readAloud(setup.speaker, *setup.reader);
    REQUIRE(setup.reader->open(QStringLiteral("calm"), 0));
    readAloud.toggle();
    REQUIRE(setup.speaker.said.size() == 1);
    CHECK(setup.speaker.said.first()
          == QStringLiteral("Breathe. Slow down. In for four. Out for six! What helps? Shouting. Together. Agree a signal."));
    CHECK(readAloud.speaking());
}

TEST_CASE("once couple exercises are hidden, the voice does not read them either")
{
    Setup setup;
    ReadAloudController readAloud(setup.speaker, *setup.reader);
    setup.reader->setTogetherShown(false);
    REQUIRE(setup.reader->open(QStringLiteral("calm"), 0));
    readAloud.toggle();
    REQUIRE(setup.speaker.said.size() == 1);
    CHECK(setup.speaker.said.first() == QStringLiteral("Breathe. Slow down. In for four. Out for six! What helps? Shouting."));
}

TEST_CASE("a controller that goes away silences the voice and is never called again")
{
    Setup setup;
    {
        ReadAloudController readAloud(setup.speaker, *setup.reader);
        REQUIRE(setup.reader->open(QStringLiteral("calm"), 0));
        readAloud.toggle();
    }
    const int stops = setup.speaker.stops;
    CHECK(stops >= 1);
    CHECK_FALSE(setup.speaker.listening());  // the callback was taken back
    setup.speaker.stop();  // a late "stopped" from the engine reaches no one
    CHECK(setup.speaker.stops == stops + 1);
}

TEST_CASE("pressing again, turning the page or closing the guide stops the voice")
{
    Setup setup;
    ReadAloudController readAloud(setup.speaker, *setup.reader);
    REQUIRE(setup.reader->open(QStringLiteral("calm"), 0));
    readAloud.toggle();
    const int before = setup.speaker.stops;
    readAloud.toggle();
    CHECK_FALSE(readAloud.speaking());
    CHECK(setup.speaker.stops == before + 1);  // the voice itself was told, not just the button
    CHECK(setup.speaker.said.size() == 1);

    readAloud.toggle();
    setup.reader->next();
    CHECK_FALSE(readAloud.speaking());
    CHECK(setup.speaker.stops > before + 1);
    readAloud.toggle();
    CHECK(setup.speaker.said.last().startsWith(QStringLiteral("Walk away.")));
    const int beforeClose = setup.speaker.stops;
    setup.reader->close();
    CHECK_FALSE(readAloud.speaking());
    CHECK(setup.speaker.stops > beforeClose);
}

TEST_CASE("with no voice on the phone the button is hidden and nothing is said")
{
    Setup setup;
    setup.speaker.hasVoice = false;
    ReadAloudController readAloud(setup.speaker, *setup.reader);
    REQUIRE(setup.reader->open(QStringLiteral("calm"), 0));
    CHECK_FALSE(readAloud.available());
    readAloud.toggle();
    CHECK(setup.speaker.said.isEmpty());
}

TEST_CASE("with no guide open there is nothing to read")
{
    Setup setup;
    ReadAloudController readAloud(setup.speaker, *setup.reader);
    readAloud.toggle();
    CHECK(setup.speaker.said.isEmpty());
    CHECK_FALSE(readAloud.speaking());
}
