#include "catchqtstrings.h"
#include "shell/appcomposition.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>

using namespace cg;

namespace {

// The shipped content, copied so one test can give Sefton a guide of its own.
void copyContent(const QString &from, const QString &to)
{
    QDirIterator files(from, QDir::Files, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        const QString file = files.next();
        const QString target = QDir(to).filePath(QDir(from).relativeFilePath(file));
        REQUIRE(QDir().mkpath(QFileInfo(target).path()));
        REQUIRE(QFile::copy(file, target));
    }
}

void write(const QString &path, const QByteArray &text)
{
    REQUIRE(QDir().mkpath(QFileInfo(path).path()));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(text);
}

QStringList listedIds(ModuleListModel &list)
{
    QStringList ids;
    for (int row = 0; row < list.rowCount(); ++row)
        ids << list.data(list.index(row), ModuleListModel::IdRole).toString();
    return ids;
}

} // namespace

TEST_CASE("choosing an area with its own guide swaps the guides everywhere without losing anything")
{
    QTemporaryDir content;
    QTemporaryDir data;
    copyContent(QStringLiteral(CG_CONTENT_DIR), content.path());
    // Sefton's own version of the money guide, with a word only it uses.
    const QString local = content.filePath(QStringLiteral("areas/sefton/modules/money-worries"));
    for (const QString &file : QDir(QStringLiteral(CG_CONTENT_DIR "/modules/money-worries")).entryList(QDir::Files)) {
        QFile source(QStringLiteral(CG_CONTENT_DIR "/modules/money-worries/") + file);
        REQUIRE(source.open(QIODevice::ReadOnly));
        QByteArray text = source.readAll();
        if (file == QStringLiteral("module.json"))
            text.replace("\"title\": \"Money worries\"", "\"title\": \"Money worries in Sefton\"");
        write(local + QLatin1Char('/') + file, text);
    }

    AppOptions options;
    options.dataDir = data.path();
    options.contentDir = content.path();
    QString error;
    const auto app = AppComposition::create(options, &error);
    REQUIRE(app);
    AppController &controller = app->controller();
    ModuleListModel &list = *controller.modules();
    REQUIRE(controller.settings()->chooseArea(QStringLiteral("E08000012")));  // Liverpool: national guides
    list.setShowAll(true);
    list.setTopic(QStringLiteral("money"));
    REQUIRE(controller.reader()->open(QStringLiteral("money-worries"), 1));
    controller.search()->setQuery(QStringLiteral("money"));
    REQUIRE(controller.search()->rowCount() > 0);
    CHECK(controller.search()->data(controller.search()->index(0), SearchResultsModel::TitleRole) == QStringLiteral("Money worries"));

    REQUIRE(controller.settings()->chooseArea(QStringLiteral("E08000014")));  // Sefton

    // The reader let go of the old guide; every list reads the new one.
    CHECK_FALSE(controller.reader()->isOpen());
    CHECK(listedIds(list).contains(QStringLiteral("money-worries")));
    for (int row = 0; row < list.rowCount(); ++row) {
        if (list.data(list.index(row), ModuleListModel::IdRole) == QStringLiteral("money-worries"))
            CHECK(list.data(list.index(row), ModuleListModel::TitleRole) == QStringLiteral("Money worries in Sefton"));
    }
    SuggestionListModel &suggestions = *controller.suggestions();
    for (int row = 0; row < suggestions.rowCount(); ++row)
        CHECK_FALSE(suggestions.data(suggestions.index(row), SuggestionListModel::TitleRole).toString().isEmpty());
    CHECK(controller.search()->data(controller.search()->index(0), SearchResultsModel::TitleRole)
          == QStringLiteral("Money worries in Sefton"));
    REQUIRE(controller.reader()->open(QStringLiteral("money-worries"), 1));
    CHECK(controller.reader()->moduleTitle() == QStringLiteral("Money worries in Sefton"));
    // Progress is kept by id, so the place in the guide carries over.
    CHECK(controller.reader()->sectionIndex() == 1);

    REQUIRE(controller.settings()->chooseArea(QStringLiteral("E08000015")));  // Wirral: back to national
    CHECK(list.data(list.index(0), ModuleListModel::TitleRole).toString() != QString());
    CHECK_FALSE(controller.reader()->isOpen());
}
