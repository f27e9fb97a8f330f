#pragma once

#include "core/searchentry.h"
#include "core/searchwords.h"

#include "models/openablelistmodel.h"

#include <QtQml/qqmlregistration.h>

#include <functional>

namespace cg {

class SearchIndex;

// Search as you type on Learn. QML writes `query` on every keystroke; the rows are the best
// matches. The index is filled on the first search rather than at start-up, so opening the app
// stays quick. Setting a row's `opened` role asks for that guide or service to be opened.
class SearchResultsModel : public OpenableListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Made by the app at start-up")
    Q_PROPERTY(QString query READ query WRITE setQuery NOTIFY queryChanged)
    Q_PROPERTY(bool searching READ searching NOTIFY queryChanged)
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role { KindRole = Qt::UserRole + 1, ItemIdRole, TitleRole, SummaryRole, OpenedRole };

    // What to search, asked for whenever the index is filled: it changes with the parent's area.
    struct Content {
        QList<SearchEntry> entries;
        SearchWords words;
    };
    using ContentSource = std::function<Content()>;
    SearchResultsModel(SearchIndex &index, ContentSource content, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    QString query() const { return m_query; }
    void setQuery(const QString &query);
    // True once enough is typed to search (two letters): Learn then shows results, not the list.
    bool searching() const;

    // The guides, services or local words changed (another area was chosen): the index is
    // filled again, now if a search is showing, otherwise on the next search.
    void contentChanged();

signals:
    void queryChanged();
    void countChanged();
    void moduleOpenRequested(const QString &moduleId);
    void serviceOpenRequested(const QString &serviceId);

protected:
    int openedRole() const override { return OpenedRole; }
    void openRow(int row) override;

private:
    void refresh();

    SearchIndex &m_index;
    ContentSource m_content;
    bool m_indexFilled = false;
    QString m_query;
    QList<SearchHit> m_hits;
};

} // namespace cg
