#include "openvault.h"
#include "catchqtstrings.h"
#include "memorysettingsstore.h"
#include "models/commitmentlistmodel.h"
#include "models/settingscontroller.h"
#include "models/suggestionlistmodel.h"
#include "storage/appschema.h"
#include "storage/database.h"
#include "storage/sqlitemoduleprogressstore.h"

#include <catch2/catch.hpp>

#include <QTemporaryDir>

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSqlQuery>

using namespace cg;

namespace {

Module guide(const QString &id, QStringList audience, QStringList related = {}, bool safety = false)
{
    Module module;
    module.id = id;
    module.title = QStringLiteral("Title ") + id;
    module.audience = std::move(audience);
    module.relatedModules = std::move(related);
    module.leadsToSafety = safety;
    ModuleSection section;
    ModuleBlock tryIt;
    tryIt.type = BlockType::TryThisWeek;
    tryIt.id = QStringLiteral("try");
    tryIt.text = QStringLiteral("Try ") + id;
    section.parts = {{SectionPart::Kind::Block, {}, {}, tryIt}};
    module.sections = {section, section};
    return module;
}

const QStringList kEveryone{QStringLiteral("everyone")};
const QStringList kSeparated{QStringLiteral("separated")};

const QList<Module> kGuides{guide(QStringLiteral("a-arguing"), kEveryone, {QStringLiteral("d-calm")}),
                            guide(QStringLiteral("b-abuse"), kEveryone, {}, true),
                            guide(QStringLiteral("c-baby"), {QStringLiteral("new-baby")}),
                            guide(QStringLiteral("d-calm"), kEveryone),
                            guide(QStringLiteral("e-separating"), kSeparated),
                            guide(QStringLiteral("f-money"), kEveryone)};

QStringList idsAndReasons(const QList<SuggestionListModel::Suggestion> &suggestions)
{
    QStringList result;
    for (const SuggestionListModel::Suggestion &suggestion : suggestions)
        result << suggestion.module->id + QLatin1Char(':') + QString::number(int(suggestion.reason));
    return result;
}

using Reason = SuggestionListModel::Reason;
QString row(const char *id, Reason reason)
{
    return QString::fromLatin1(id) + QLatin1Char(':') + QString::number(int(reason));
}

struct Store {
    QTemporaryDir keyDir;
    OpenVault key{keyDir.path()};
    Database db;
    std::unique_ptr<SqliteModuleProgressStore> progress;
    Store()
    {
        REQUIRE(db.open(QStringLiteral(":memory:"), appMigrations()));
        progress = std::make_unique<SqliteModuleProgressStore>(db.connection(), key.vault);
    }
};

} // namespace

TEST_CASE("a new parent is offered guides for their family first, then ones for everyone")
{
    CHECK(idsAndReasons(SuggestionListModel::suggest(kGuides, {}, QStringLiteral("separated")))
          == QStringList{row("e-separating", Reason::ForYourFamily), row("a-arguing", Reason::StartHere),
                         row("d-calm", Reason::StartHere)});
}

TEST_CASE("guides part read come first, then what follows a finished one, then the family's")
{
    const QHash<QString, ModuleProgress> progress{{QStringLiteral("f-money"), {1, false, {}}},
                                                  {QStringLiteral("a-arguing"), {2, true, true}}};
    CHECK(idsAndReasons(SuggestionListModel::suggest(kGuides, progress, QStringLiteral("separated")))
          == QStringList{row("f-money", Reason::CarryOn), row("d-calm", Reason::FollowsOn),
                         row("e-separating", Reason::ForYourFamily)});
}

TEST_CASE("the guide that leads to the safety route never appears on Home, even part read")
{
    const QHash<QString, ModuleProgress> progress{{QStringLiteral("b-abuse"), {1, false, {}}}};
    for (const auto &suggestion : SuggestionListModel::suggest(kGuides, progress, QStringLiteral("prefer-not-to-say"), 10))
        CHECK(suggestion.module->id != QStringLiteral("b-abuse"));
}

TEST_CASE("a finished guide that links to the safety guide first still leads on to the next one")
{
    const QList<Module> guides{guide(QStringLiteral("a-help"), kEveryone, {QStringLiteral("b-abuse"), QStringLiteral("c-calm")}),
                               guide(QStringLiteral("b-abuse"), kEveryone, {}, true),
                               guide(QStringLiteral("c-calm"), kEveryone)};
    const QHash<QString, ModuleProgress> progress{{QStringLiteral("a-help"), {2, true, {}}}};
    CHECK(idsAndReasons(SuggestionListModel::suggest(guides, progress, QStringLiteral("separated")))
          == QStringList{row("c-calm", Reason::FollowsOn)});
}

TEST_CASE("an idea chosen in the safety guide never shows on Home")
{
    Store store;
    const QDate today(2026, 11, 22);
    REQUIRE(store.progress->saveCommitment({QStringLiteral("b-abuse"), QStringLiteral("try"), today, false}));
    CommitmentListModel model(kGuides, *store.progress, [today] { return today; });
    CHECK(model.rowCount() == 0);
}

TEST_CASE("when every guide is read there is nothing to suggest")
{
    QHash<QString, ModuleProgress> progress;
    for (const Module &module : kGuides)
        progress.insert(module.id, {2, true, {}});
    CHECK(SuggestionListModel::suggest(kGuides, progress, QStringLiteral("separated")).isEmpty());
}

TEST_CASE("Home's suggestions follow saved progress and the family situation, and open guides")
{
    Store store;
    MemorySettingsStore settingsStore;
    settingsStore.stored.familySituation = FamilySituation::NewBaby;
    SettingsController settings(settingsStore, {}, settingsStore.stored);
    SuggestionListModel model(kGuides, *store.progress, settings);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(model.rowCount() == 3);
    CHECK(model.data(model.index(0), SuggestionListModel::ModuleIdRole) == QStringLiteral("c-baby"));
    CHECK(model.data(model.index(0), SuggestionListModel::ReasonRole) == QStringLiteral("Picked for your family"));

    REQUIRE(store.progress->saveProgress(QStringLiteral("d-calm"), {1, false, {}}));
    model.refresh();
    CHECK(model.data(model.index(0), SuggestionListModel::ModuleIdRole) == QStringLiteral("d-calm"));
    CHECK(model.data(model.index(0), SuggestionListModel::ReasonRole) == QStringLiteral("Carry on where you left off"));

    REQUIRE(settings.chooseFamilySituation(QStringLiteral("separated")));
    CHECK(model.data(model.index(1), SuggestionListModel::ModuleIdRole) == QStringLiteral("e-separating"));

    QSignalSpy opened(&model, &SuggestionListModel::openRequested);
    CHECK(model.setData(model.index(1), true, SuggestionListModel::OpenedRole));
    REQUIRE(opened.size() == 1);
    CHECK(opened.first().first() == QStringLiteral("e-separating"));
}

TEST_CASE("chosen ideas show on Home with the guide's words, and ticking one off is saved")
{
    Store store;
    const QDate today(2026, 11, 22);
    REQUIRE(store.progress->saveCommitment({QStringLiteral("d-calm"), QStringLiteral("try"), today.addDays(-1), false}));
    REQUIRE(store.progress->saveCommitment({QStringLiteral("gone"), QStringLiteral("try"), today, false}));
    CommitmentListModel model(kGuides, *store.progress, [today] { return today; });
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    // An idea from a guide no longer offered is left off.
    REQUIRE(model.rowCount() == 1);
    CHECK(model.data(model.index(0), CommitmentListModel::IdeaRole) == QStringLiteral("Try d-calm"));
    CHECK(model.data(model.index(0), CommitmentListModel::ModuleTitleRole) == QStringLiteral("Title d-calm"));

    CHECK(model.setData(model.index(0), true, CommitmentListModel::DoneRole));
    CHECK(model.data(model.index(0), CommitmentListModel::DoneRole).toBool());
    const auto saved = store.progress->loadCommitments();
    REQUIRE(saved);
    CHECK(std::any_of(saved->cbegin(), saved->cend(), [](const Commitment &c) { return c.moduleId == QStringLiteral("d-calm") && c.done; }));
}

TEST_CASE("a ticked idea leaves Home a week after it was chosen, and an unticked one stays")
{
    Store store;
    const QDate today(2026, 11, 22);
    REQUIRE(store.progress->saveCommitment({QStringLiteral("d-calm"), QStringLiteral("try"), today.addDays(-7), true}));
    REQUIRE(store.progress->saveCommitment({QStringLiteral("f-money"), QStringLiteral("try"), today.addDays(-30), false}));
    CommitmentListModel model(kGuides, *store.progress, [today] { return today; });
    REQUIRE(model.rowCount() == 1);
    CHECK(model.data(model.index(0), CommitmentListModel::IdeaRole) == QStringLiteral("Try f-money"));
}

TEST_CASE("a tick that cannot be saved is not shown as saved, and says so")
{
    Store store;
    const QDate today(2026, 11, 22);
    REQUIRE(store.progress->saveCommitment({QStringLiteral("d-calm"), QStringLiteral("try"), today, false}));
    CommitmentListModel model(kGuides, *store.progress, [today] { return today; });
    QSqlQuery(store.db.connection()).exec(QStringLiteral("DROP TABLE commitments"));
    CHECK_FALSE(model.setData(model.index(0), true, CommitmentListModel::DoneRole));
    CHECK_FALSE(model.data(model.index(0), CommitmentListModel::DoneRole).toBool());
    CHECK_FALSE(model.saveError().isEmpty());
}
