#include "catchqtstrings.h"
#include "core/searchindex.h"
#include "models/searchresultsmodel.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QSignalSpy>

using namespace cg;

namespace {

// Records what the model asks of the index, and answers every search with the entries whose
// title contains the typed text: enough to test the model without SQLite.
class FakeSearchIndex final : public SearchIndex
{
public:
    bool build(const QList<SearchEntry> &entries, const SearchWords &) override
    {
        ++builds;
        m_entries = entries;
        return !failBuild;
    }
    QList<SearchHit> search(const QString &typed, int) override
    {
        searches << typed;
        QList<SearchHit> hits;
        for (const SearchEntry &entry : std::as_const(m_entries)) {
            if (entry.title.contains(typed.trimmed(), Qt::CaseInsensitive))
                hits.append({entry.kind, entry.id, entry.title, entry.summary});
        }
        return hits;
    }
    QString error() const override { return QStringLiteral("disk on fire"); }

    int builds = 0;
    bool failBuild = false;
    QStringList searches;

private:
    QList<SearchEntry> m_entries;
};

SearchResultsModel::Content content()
{
    return {{{SearchKind::Module, QStringLiteral("money-worries"), QStringLiteral("Money worries"), QStringLiteral("Bills"), {}, {}},
            {SearchKind::Service, QStringLiteral("debt-line"), QStringLiteral("Money advice"), QStringLiteral("Free"), {}, {}}}, {}};
}

} // namespace

TEST_CASE("search starts at two letters and fills the index only on the first search")
{
    FakeSearchIndex index;
    SearchResultsModel model(index, content);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(index.builds == 0);  // nothing at start-up

    model.setQuery(QStringLiteral("m"));
    CHECK_FALSE(model.searching());
    CHECK(model.rowCount() == 0);
    CHECK(index.builds == 0);

    model.setQuery(QStringLiteral("mo"));
    CHECK(model.searching());
    CHECK(model.rowCount() == 2);
    model.setQuery(QStringLiteral("money"));
    CHECK(index.builds == 1);
    CHECK(index.searches == QStringList{QStringLiteral("mo"), QStringLiteral("money")});
}

TEST_CASE("rows say what kind of result they are, and opening one asks for it by kind")
{
    FakeSearchIndex index;
    SearchResultsModel model(index, content);
    model.setQuery(QStringLiteral("money"));
    REQUIRE(model.rowCount() == 2);
    CHECK(model.data(model.index(0), SearchResultsModel::KindRole) == QStringLiteral("guide"));
    CHECK(model.data(model.index(1), SearchResultsModel::KindRole) == QStringLiteral("service"));
    CHECK(model.data(model.index(0), SearchResultsModel::TitleRole) == QStringLiteral("Money worries"));

    QSignalSpy modules(&model, &SearchResultsModel::moduleOpenRequested);
    QSignalSpy services(&model, &SearchResultsModel::serviceOpenRequested);
    CHECK(model.setData(model.index(0), true, SearchResultsModel::OpenedRole));
    CHECK(model.setData(model.index(1), true, SearchResultsModel::OpenedRole));
    CHECK_FALSE(model.setData(model.index(1), true, SearchResultsModel::TitleRole));
    REQUIRE(modules.size() == 1);
    CHECK(modules.first().first() == QStringLiteral("money-worries"));
    REQUIRE(services.size() == 1);
    CHECK(services.first().first() == QStringLiteral("debt-line"));
}

TEST_CASE("clearing the search empties the results")
{
    FakeSearchIndex index;
    SearchResultsModel model(index, content);
    QSignalSpy count(&model, &SearchResultsModel::countChanged);
    model.setQuery(QStringLiteral("money"));
    model.setQuery(QString());
    CHECK_FALSE(model.searching());
    CHECK(model.rowCount() == 0);
    CHECK(count.size() == 2);
}

TEST_CASE("new content fills the index again before the next search")
{
    FakeSearchIndex index;
    SearchResultsModel::Content current = content();
    SearchResultsModel model(index, [&current] { return current; });
    model.setQuery(QStringLiteral("money"));
    REQUIRE(model.rowCount() == 2);
    current.entries.removeLast();
    model.contentChanged();
    CHECK(index.builds == 2);
    CHECK(model.rowCount() == 1);
}

TEST_CASE("an index that cannot be filled gives no results and a warning, and tries again later")
{
    FakeSearchIndex index;
    index.failBuild = true;
    SearchResultsModel model(index, content);
    model.setQuery(QStringLiteral("money"));
    CHECK(model.rowCount() == 0);
    CHECK(index.searches.isEmpty());
    index.failBuild = false;
    model.setQuery(QStringLiteral("money "));
    CHECK(index.builds == 2);
    CHECK(model.rowCount() == 2);
}
