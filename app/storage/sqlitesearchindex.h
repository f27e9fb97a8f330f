#pragma once

#include "core/searchindex.h"
#include "core/searchquery.h"
#include "storage/database.h"

#include <QList>
#include <QStringList>

namespace cg {

// SQLite FTS5 in memory (the porter stemmer forgives plurals and word endings), with the
// forgiving parts from core/searchquery.h: small words dropped, everyday words widened, typos
// corrected against the index's own words.
class SqliteSearchIndex : public SearchIndex
{
public:
    bool build(const QList<SearchEntry> &entries, const SearchWords &words) override;

    // Guides first, then services. Every word must match somewhere; when that finds nothing,
    // any word may ("kids shouting" still finds guides that mention only one of them).
    QList<SearchHit> search(const QString &typed, int limit = 20) override;

    QString error() const override { return m_error; }

private:
    QList<SearchHit> run(const QString &expression, const QList<TermAlternatives> &terms, int limit);
    bool matchesAnything(const QString &term, bool stillTyping);

    Database m_database;
    QStringList m_vocabulary;  // every word in the index as written, sorted: completions, typos
    SearchWords m_words;
    QString m_error;
};

} // namespace cg
