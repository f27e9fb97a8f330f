#include "openvault.h"
#include "catchqtstrings.h"
#include "memorysettingsstore.h"
#include "models/modulelistmodel.h"
#include "models/readercontroller.h"
#include "models/settingscontroller.h"
#include "shell/appcomposition.h"
#include "storage/appschema.h"
#include "storage/database.h"
#include "storage/sqlitemoduleprogressstore.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace cg;

namespace {

Module makeModule(const QString &id, QStringList audience, int sections)
{
    Module module;
    module.id = id;
    module.title = QStringLiteral("Title ") + id;
    module.audience = std::move(audience);
    module.minutes = 5;
    for (int i = 0; i < sections; ++i) {
        ModuleSection section;
        section.file = QStringLiteral("%1.md").arg(i + 1);
        section.title = QStringLiteral("Part %1").arg(i + 1);
        ModuleBlock reflection;
        reflection.type = BlockType::Reflection;
        reflection.id = QStringLiteral("think-%1").arg(i + 1);
        reflection.prompt = QStringLiteral("Why?");
        ModuleBlock tryIt;
        tryIt.type = BlockType::TryThisWeek;
        tryIt.id = QStringLiteral("try-%1").arg(i + 1);
        tryIt.text = QStringLiteral("Do it.");
        section.parts = {{SectionPart::Kind::Paragraph, QStringLiteral("Hello."), {}, {}},
                         {SectionPart::Kind::Block, {}, {}, reflection},
                         {SectionPart::Kind::Block, {}, {}, tryIt}};
        module.sections << section;
    }
    return module;
}

struct ReaderSetup {
    QTemporaryDir keyDir;
    OpenVault key{keyDir.path()};
    Database db;
    std::unique_ptr<SqliteModuleProgressStore> store;
    QList<Module> modules = {makeModule(QStringLiteral("for-all"), {QStringLiteral("everyone")}, 4),
                             makeModule(QStringLiteral("for-new-parents"), {QStringLiteral("new-baby")}, 5)};
    std::unique_ptr<ReaderController> reader;

    ReaderSetup()
    {
        REQUIRE(db.open(QStringLiteral(":memory:"), appMigrations()));
        store = std::make_unique<SqliteModuleProgressStore>(db.connection(), key.vault);
        reader = std::make_unique<ReaderController>(modules, *store, [] { return QDate(2026, 11, 22); });
    }
};

AppOptions optionsWithDataDir(const QTemporaryDir &dir)
{
    AppOptions options;
    options.dataDir = dir.path();
    return options;
}

QModelIndex rowOfKind(SectionPartModel &parts, const QString &kind)
{
    for (int row = 0; row < parts.rowCount(); ++row) {
        if (parts.data(parts.index(row), SectionPartModel::KindRole).toString() == kind)
            return parts.index(row);
    }
    return {};
}

} // namespace

TEST_CASE("the reader saves the part the parent is on and resumes there")
{
    ReaderSetup setup;
    REQUIRE(setup.reader->open(QStringLiteral("for-all")));
    CHECK(setup.reader->sectionIndex() == 0);
    setup.reader->next();
    setup.reader->next();
    CHECK(setup.reader->sectionTitle() == QStringLiteral("Part 3"));
    setup.reader->close();
    REQUIRE(setup.reader->open(QStringLiteral("for-all")));
    CHECK(setup.reader->sectionIndex() == 2);
    setup.reader->back();
    CHECK(setup.store->loadProgress()->value(QStringLiteral("for-all")).section == 1);
}

TEST_CASE("next stops at the last part, finishing marks the module done and asks if it helped")
{
    ReaderSetup setup;
    REQUIRE(setup.reader->open(QStringLiteral("for-all"), 3));
    CHECK(setup.reader->isLastSection());
    setup.reader->next();
    CHECK(setup.reader->sectionIndex() == 3);
    CHECK(setup.reader->helpful() == -1);
    setup.reader->finish();
    CHECK(setup.reader->completed());
    setup.reader->setHelpful(true);
    CHECK(*setup.store->loadProgress()->value(QStringLiteral("for-all")).helpful);
    CHECK(setup.store->loadProgress()->value(QStringLiteral("for-all")).completed);

    // Reading it again starts at the beginning and keeps it marked done.
    setup.reader->close();
    REQUIRE(setup.reader->open(QStringLiteral("for-all")));
    CHECK(setup.reader->sectionIndex() == 0);
    CHECK(setup.reader->completed());
}

TEST_CASE("answers are saved as the parent writes, and a try this week goes on Home")
{
    ReaderSetup setup;
    REQUIRE(setup.reader->open(QStringLiteral("for-all")));
    SectionPartModel &parts = *setup.reader->parts();
    REQUIRE(parts.setData(rowOfKind(parts, QStringLiteral("reflection")), QStringLiteral("Tired"), SectionPartModel::AnswerRole));
    REQUIRE(parts.setData(rowOfKind(parts, QStringLiteral("try-this-week")), ReaderController::chosenAnswer(),
                          SectionPartModel::AnswerRole));
    CHECK(setup.store->loadAnswers(QStringLiteral("for-all"))->value(QStringLiteral("think-1")) == QStringLiteral("Tired"));
    const QList<Commitment> commitments = *setup.store->loadCommitments();
    REQUIRE(commitments.size() == 1);
    CHECK(commitments.first() == Commitment{QStringLiteral("for-all"), QStringLiteral("try-1"), QDate(2026, 11, 22), false});

    setup.reader->close();
    REQUIRE(setup.reader->open(QStringLiteral("for-all")));
    CHECK(parts.data(rowOfKind(parts, QStringLiteral("reflection")), SectionPartModel::AnswerRole).toString()
          == QStringLiteral("Tired"));
}

TEST_CASE("an answer that cannot be saved stays on screen and the reader says so")
{
    ReaderSetup setup;
    REQUIRE(setup.reader->open(QStringLiteral("for-all")));
    QSqlQuery query(setup.db.connection());
    REQUIRE(query.exec(QStringLiteral("CREATE TRIGGER refuse BEFORE INSERT ON sealed_block_answers "
                                      "BEGIN SELECT RAISE(ABORT, 'disk full'); END")));
    SectionPartModel &parts = *setup.reader->parts();
    const QModelIndex reflection = rowOfKind(parts, QStringLiteral("reflection"));
    parts.setData(reflection, QStringLiteral("Still here"), SectionPartModel::AnswerRole);
    CHECK(setup.reader->saveError().contains(QStringLiteral("disk full")));
    CHECK(parts.data(reflection, SectionPartModel::AnswerRole).toString() == QStringLiteral("Still here"));
}

TEST_CASE("progress that cannot be read keeps the module closed rather than starting it afresh")
{
    ReaderSetup setup;
    QSqlQuery query(setup.db.connection());
    REQUIRE(query.exec(QStringLiteral("DROP TABLE module_progress")));
    CHECK_FALSE(setup.reader->open(QStringLiteral("for-all")));
    CHECK_FALSE(setup.reader->isOpen());
    CHECK_FALSE(setup.reader->saveError().isEmpty());
}

TEST_CASE("unknown modules and parts are refused")
{
    ReaderSetup setup;
    CHECK_FALSE(setup.reader->open(QStringLiteral("no-such-module")));
    CHECK_FALSE(setup.reader->open(QStringLiteral("for-all"), 4));
    CHECK_FALSE(setup.reader->open(QStringLiteral("for-all"), -2));
    CHECK_FALSE(setup.reader->isOpen());
}

TEST_CASE("Learn lists the modules for the parent's family, or all of them")
{
    ReaderSetup setup;
    MemorySettingsStore settingsStore;
    settingsStore.stored.familySituation = FamilySituation::Separated;
    SettingsController settings(settingsStore, {}, settingsStore.stored);
    ModuleListModel list(setup.modules, *setup.store, settings);
    QAbstractItemModelTester tester(&list, QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(list.rowCount() == 1);
    CHECK(list.data(list.index(0), ModuleListModel::IdRole).toString() == QStringLiteral("for-all"));
    REQUIRE(settings.chooseFamilySituation(QStringLiteral("new-baby")));
    CHECK(list.rowCount() == 2);
    REQUIRE(settings.chooseFamilySituation(QStringLiteral("separated")));
    list.setShowAll(true);
    CHECK(list.rowCount() == 2);
}

TEST_CASE("Learn shows progress saved by the reader and opens a module on request")
{
    ReaderSetup setup;
    MemorySettingsStore settingsStore;
    SettingsController settings(settingsStore, {}, settingsStore.stored);
    ModuleListModel list(setup.modules, *setup.store, settings);
    QObject::connect(setup.reader.get(), &ReaderController::progressSaved, &list, &ModuleListModel::refreshProgress);
    REQUIRE(setup.reader->open(QStringLiteral("for-all"), 2));
    const QModelIndex first = list.index(0);
    CHECK(list.data(first, ModuleListModel::StartedRole).toBool());
    CHECK(list.data(first, ModuleListModel::SectionsReadRole).toInt() == 2);
    setup.reader->open(QStringLiteral("for-all"), 3);
    setup.reader->finish();
    CHECK(list.data(first, ModuleListModel::CompletedRole).toBool());
    CHECK(list.data(first, ModuleListModel::SectionsReadRole).toInt() == 4);

    QSignalSpy opened(&list, &ModuleListModel::openRequested);
    REQUIRE(list.setData(list.index(1), true, ModuleListModel::OpenedRole));
    REQUIRE(opened.count() == 1);
    CHECK(opened.first().first().toString() == QStringLiteral("for-new-parents"));
}

TEST_CASE("a module left part-way is resumed after the app is closed and started again")
{
    QTemporaryDir dir;
    const AppOptions options = optionsWithDataDir(dir);
    QString error;
    {
        const auto app = AppComposition::create(options, &error);
        REQUIRE(app);
        REQUIRE(app->controller().openRoute(QStringLiteral("module/arguing-better/3")));
        CHECK(app->controller().reader()->sectionIndex() == 2);
    }
    const auto again = AppComposition::create(options, &error);
    REQUIRE(again);
    REQUIRE(again->controller().reader()->open(QStringLiteral("arguing-better")));
    CHECK(again->controller().reader()->sectionIndex() == 2);
}

TEST_CASE("module routes open the reader, and bad ones change nothing")
{
    QTemporaryDir dir;
    QString error;
    const auto app = AppComposition::create(optionsWithDataDir(dir), &error);
    REQUIRE(app);
    AppController &controller = app->controller();
    REQUIRE(controller.openRoute(QStringLiteral("module/calming-down")));
    CHECK(controller.reader()->moduleId() == QStringLiteral("calming-down"));
    CHECK(controller.navigation()->currentTab() == NavigationController::LearnTab);
    CHECK_FALSE(controller.openRoute(QStringLiteral("module/calming-down/99")));
    CHECK_FALSE(controller.openRoute(QStringLiteral("module/calming-down/two")));
    CHECK_FALSE(controller.openRoute(QStringLiteral("module/no-such-guide")));
    CHECK(controller.reader()->moduleId() == QStringLiteral("calming-down"));
    REQUIRE(controller.openRoute(QStringLiteral("learn")));
    CHECK_FALSE(controller.reader()->isOpen());
    CHECK(controller.routes().contains(QStringLiteral("module/conflict-or-abuse/7")));
}

TEST_CASE("Learn narrows the guides to one topic, offering only topics the listed guides have")
{
    ReaderSetup setup;
    setup.modules[0].topics = {QStringLiteral("arguments")};
    setup.modules[1].topics = {QStringLiteral("new-baby"), QStringLiteral("arguments")};
    MemorySettingsStore settingsStore;
    settingsStore.stored.familySituation = FamilySituation::NewBaby;
    SettingsController settings(settingsStore, {}, settingsStore.stored);
    ModuleListModel list(setup.modules, *setup.store, settings);
    QAbstractItemModelTester tester(&list, QAbstractItemModelTester::FailureReportingMode::Fatal);
    list.setTopicLabels({{QStringLiteral("arguments"), QStringLiteral("Arguments")},
                         {QStringLiteral("money"), QStringLiteral("Money")},
                         {QStringLiteral("new-baby"), QStringLiteral("New baby")}});
    const auto labels = [&list] {
        QStringList result;
        for (const QVariant &choice : list.topicChoices())
            result << choice.toMap().value(QStringLiteral("label")).toString();
        return result;
    };
    // "Money" has no guide here, so it is not offered.
    CHECK(labels() == QStringList{QStringLiteral("All"), QStringLiteral("Arguments"), QStringLiteral("New baby")});

    list.setTopic(QStringLiteral("new-baby"));
    REQUIRE(list.rowCount() == 1);
    CHECK(list.data(list.index(0), ModuleListModel::IdRole).toString() == QStringLiteral("for-new-parents"));
    CHECK(list.topicChoices().at(2).toMap().value(QStringLiteral("selected")).toBool());

    // The new-baby guide is no longer listed for this family, so its topic lets go.
    REQUIRE(settings.chooseFamilySituation(QStringLiteral("separated")));
    CHECK(list.topic().isEmpty());
    CHECK(list.rowCount() == 1);
    CHECK(labels() == QStringList{QStringLiteral("All"), QStringLiteral("Arguments")});

    list.setTopic(QString());
    list.setShowAll(true);
    CHECK(list.rowCount() == 2);
}

TEST_CASE("ticking checklist items saves their numbers in order, and ticking again unticks")
{
    ModuleSection section;
    ModuleBlock checklist;
    checklist.type = BlockType::Checklist;
    checklist.id = QStringLiteral("signs");
    checklist.items = {QStringLiteral("Tired"), QStringLiteral("Hungry"), QStringLiteral("Rushed")};
    section.parts = {{SectionPart::Kind::Paragraph, QStringLiteral("Hello."), {}, {}},
                     {SectionPart::Kind::Block, {}, {}, checklist}};
    SectionPartModel parts;
    QAbstractItemModelTester tester(&parts, QAbstractItemModelTester::FailureReportingMode::Fatal);
    parts.show(&section, {{QStringLiteral("signs"), QStringLiteral("2")}});
    QSignalSpy saved(&parts, &SectionPartModel::answerChanged);
    const QModelIndex row = parts.index(1);
    CHECK(parts.data(row, SectionPartModel::TickedRole).toList() == QVariantList{false, false, true});

    REQUIRE(parts.setData(row, 0, SectionPartModel::ToggledItemRole));
    CHECK(saved.last().at(1).toString() == QStringLiteral("0,2"));
    REQUIRE(parts.setData(row, 2, SectionPartModel::ToggledItemRole));
    CHECK(saved.last().at(1).toString() == QStringLiteral("0"));
    CHECK(parts.data(row, SectionPartModel::TickedRole).toList() == QVariantList{true, false, false});

    // Not an item of this checklist, or not a checklist: nothing changes.
    CHECK_FALSE(parts.setData(row, 3, SectionPartModel::ToggledItemRole));
    CHECK_FALSE(parts.setData(parts.index(0), 0, SectionPartModel::ToggledItemRole));
    CHECK(saved.size() == 2);
}
