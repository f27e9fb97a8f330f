#pragma once

#include "core/searchentry.h"
#include "core/searchwords.h"

#include <QList>
#include <QString>

namespace cg {

// Search as you type over guides and services. The app's index is SQLite FTS5 in memory
// (storage/sqlitesearchindex.h); nothing typed is stored or logged.
class SearchIndex
{
public:
    virtual ~SearchIndex() = default;

    // Replaces everything in the index. False with error() set when it cannot be filled.
    virtual bool build(const QList<SearchEntry> &entries, const SearchWords &words) = 0;

    // Best matches first, at most `limit`.
    virtual QList<SearchHit> search(const QString &typed, int limit = 20) = 0;

    virtual QString error() const = 0;
};

} // namespace cg
