#include "memorysettingsstore.h"
#include "models/arealistmodel.h"
#include "models/familysituationmodel.h"
#include "models/settingscontroller.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QSignalSpy>

using namespace cg;

namespace {

const QList<Area> kAreas = {{QStringLiteral("E08000014"), QStringLiteral("Sefton"), {}, {}},
                            {QStringLiteral("E08000012"), QStringLiteral("Liverpool"), {}, {}}};

QList<bool> selectedRows(const QAbstractListModel &model, int role)
{
    QList<bool> rows;
    for (int row = 0; row < model.rowCount(); ++row)
        rows << model.data(model.index(row), role).toBool();
    return rows;
}

} // namespace

TEST_CASE("the area list ends with prefer not to say, which is selected at first")
{
    MemorySettingsStore store;
    SettingsController settings(store, kAreas, store.stored);
    AreaListModel model(kAreas, settings);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(model.rowCount() == 3);
    CHECK(model.data(model.index(0), ChoiceListModel::LabelRole).toString() == QStringLiteral("Sefton"));
    CHECK(model.data(model.index(2), ChoiceListModel::KeyRole).toString().isEmpty());
    CHECK(model.data(model.index(2), ChoiceListModel::LabelRole).toString() == QStringLiteral("I'd prefer not to say"));
    CHECK(selectedRows(model, ChoiceListModel::SelectedRole) == QList<bool>{false, false, true});
}

TEST_CASE("selecting an area row saves it and moves the selection")
{
    MemorySettingsStore store;
    SettingsController settings(store, kAreas, store.stored);
    AreaListModel model(kAreas, settings);
    QSignalSpy dataChanged(&model, &QAbstractItemModel::dataChanged);
    REQUIRE(model.setData(model.index(1), true, ChoiceListModel::SelectedRole));
    CHECK(store.stored.areaCode == QStringLiteral("E08000012"));
    CHECK(selectedRows(model, ChoiceListModel::SelectedRole) == QList<bool>{false, true, false});
    CHECK(dataChanged.count() == 1);
    CHECK_FALSE(model.setData(model.index(0), true, ChoiceListModel::LabelRole));
    CHECK_FALSE(model.setData(model.index(0), false, ChoiceListModel::SelectedRole));
}

TEST_CASE("family situations are offered with prefer not to say last, and selecting one saves it")
{
    MemorySettingsStore store;
    SettingsController settings(store, kAreas, store.stored);
    FamilySituationModel model(settings);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(model.rowCount() == 7);
    const QModelIndex last = model.index(6);
    CHECK(model.data(last, ChoiceListModel::KeyRole).toString() == QStringLiteral("prefer-not-to-say"));
    CHECK(model.data(last, ChoiceListModel::SelectedRole).toBool());

    const QModelIndex separated = model.index(3);
    CHECK(model.data(separated, ChoiceListModel::KeyRole).toString() == QStringLiteral("separated"));
    REQUIRE(model.setData(separated, true, ChoiceListModel::SelectedRole));
    CHECK(store.stored.familySituation == FamilySituation::Separated);
    CHECK(model.data(separated, ChoiceListModel::SelectedRole).toBool());
    CHECK_FALSE(model.data(last, ChoiceListModel::SelectedRole).toBool());
}

TEST_CASE("a choice that cannot be saved leaves the selection where it was")
{
    MemorySettingsStore store;
    SettingsController settings(store, kAreas, store.stored);
    FamilySituationModel model(settings);
    store.failSaves = true;
    CHECK_FALSE(model.setData(model.index(0), true, ChoiceListModel::SelectedRole));
    CHECK_FALSE(model.data(model.index(0), ChoiceListModel::SelectedRole).toBool());
    CHECK(model.data(model.index(6), ChoiceListModel::SelectedRole).toBool());
}
