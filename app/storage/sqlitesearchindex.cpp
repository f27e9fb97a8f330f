#include "storage/sqlitesearchindex.h"

#include "core/searchquery.h"
#include "storage/appschema.h"

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace cg {

bool SqliteSearchIndex::build(const QList<SearchEntry> &entries, const SearchWords &words)
{
    m_error.clear();
    m_vocabulary.clear();
    m_words = words;
    if (!m_database.open(QStringLiteral(":memory:"), searchMigrations())) {
        m_error = m_database.error();
        return false;
    }
    QSqlDatabase &db = m_database.connection();
    QSet<QString> vocabulary;
    db.transaction();
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral("INSERT INTO search_entries (kind, id, title, summary, keywords, body) "
                                  "VALUES (?, ?, ?, ?, ?, ?)"));
    for (const SearchEntry &entry : entries) {
        const QString keywords = entry.keywords.join(QLatin1Char(' '));
        insert.addBindValue(int(entry.kind));
        insert.addBindValue(entry.id);
        insert.addBindValue(entry.title);
        insert.addBindValue(entry.summary);
        insert.addBindValue(keywords);
        insert.addBindValue(entry.body);
        if (!insert.exec()) {
            m_error = insert.lastError().text();
            db.rollback();
            return false;
        }
        for (const QString &text : {entry.title, entry.summary, keywords, entry.body}) {
            const QStringList textWords = wordsOf(text);
            vocabulary.unite(QSet<QString>(textWords.cbegin(), textWords.cend()));
        }
    }
    if (!db.commit()) {
        m_error = db.lastError().text();
        return false;
    }
    m_vocabulary = QStringList(vocabulary.cbegin(), vocabulary.cend());
    m_vocabulary.sort();
    return true;
}

QList<SearchHit> SqliteSearchIndex::search(const QString &typed, int limit)
{
    m_error.clear();
    const QStringList terms = searchTerms(typed);
    if (terms.isEmpty())
        return {};
    const bool stillTyping = !typed.back().isSpace();
    QList<TermAlternatives> alternatives;
    for (qsizetype i = 0; i < terms.size(); ++i) {
        const bool typing = stillTyping && i == terms.size() - 1;
        alternatives << alternativesFor(terms[i], typing, m_words, m_vocabulary, matchesAnything(terms[i], typing));
    }
    QList<SearchHit> hits = run(matchExpression(alternatives, true), alternatives, limit);
    if (hits.isEmpty() && alternatives.size() > 1)
        hits = run(matchExpression(alternatives, false), alternatives, limit);
    return hits;
}

bool SqliteSearchIndex::matchesAnything(const QString &term, bool stillTyping)
{
    return !run(matchExpression({{term, stillTyping, {}}}, true), {}, 1).isEmpty();
}

QList<SearchHit> SqliteSearchIndex::run(const QString &expression, const QList<TermAlternatives> &terms,
                                        int limit)
{
    // Guides come before services: a parent looking for "money" wants the money guide first,
    // not the twentieth debt advice line. Within each kind, ranked first by how many of the typed words name what the entry is about (its title,
    // summary or topics), then by bm25 over every word. bm25 alone is not enough with a few
    // dozen guides: a word every guide uses, such as "children", scores nothing even in a title.
    // bm25's weights follow the columns: kind and id are not searched; a title word counts most.
    QStringList headMatches;
    for (qsizetype i = 0; i < terms.size(); ++i)
        headMatches << QStringLiteral("(rowid IN (SELECT rowid FROM search_entries WHERE search_entries MATCH ?))");
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT kind, id, title, summary, %1 AS head FROM search_entries "
                                 "WHERE search_entries MATCH ? "
                                 "ORDER BY kind, head DESC, bm25(search_entries, 0, 0, 10.0, 5.0, 3.0, 1.0) LIMIT ?")
                      .arg(headMatches.isEmpty() ? QStringLiteral("0") : headMatches.join(QStringLiteral(" + "))));
    for (const TermAlternatives &term : terms)
        query.addBindValue(QStringLiteral("{title summary keywords} : ") + alternativesExpression(term));
    query.addBindValue(expression);
    query.addBindValue(limit);
    QList<SearchHit> hits;
    if (!query.exec()) {
        m_error = query.lastError().text();
        return hits;
    }
    while (query.next()) {
        hits.append({SearchKind(query.value(0).toInt()), query.value(1).toString(), query.value(2).toString(),
                     query.value(3).toString()});
    }
    return hits;
}

} // namespace cg
