#include "models/searchresultsmodel.h"

#include "core/searchindex.h"

namespace cg {

SearchResultsModel::SearchResultsModel(SearchIndex &index, ContentSource content, QObject *parent)
    : OpenableListModel(parent)
    , m_index(index)
    , m_content(std::move(content))
{
}

bool SearchResultsModel::searching() const
{
    return m_query.trimmed().size() >= 2;
}

void SearchResultsModel::setQuery(const QString &query)
{
    if (query == m_query)
        return;
    m_query = query;
    refresh();
    emit queryChanged();
}

void SearchResultsModel::contentChanged()
{
    m_indexFilled = false;
    refresh();
}

void SearchResultsModel::refresh()
{
    beginResetModel();
    m_hits.clear();
    if (searching()) {
        if (!m_indexFilled) {
            const Content content = m_content();
            m_indexFilled = m_index.build(content.entries, content.words);
            if (!m_indexFilled)
                qWarning("search: cannot fill the index: %s", qPrintable(m_index.error()));
        }
        if (m_indexFilled)
            m_hits = m_index.search(m_query);
    }
    endResetModel();
    emit countChanged();
}

int SearchResultsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_hits.size());
}

QVariant SearchResultsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SearchHit &hit = m_hits.at(index.row());
    switch (role) {
    case KindRole:
        return hit.kind == SearchKind::Module ? QStringLiteral("guide") : QStringLiteral("service");
    case ItemIdRole:
        return hit.id;
    case TitleRole:
    case Qt::DisplayRole:
        return hit.title;
    case SummaryRole:
        return hit.summary;
    case OpenedRole:
        return false;
    default:
        return {};
    }
}

QHash<int, QByteArray> SearchResultsModel::roleNames() const
{
    return {{KindRole, "kind"}, {ItemIdRole, "itemId"}, {TitleRole, "title"}, {SummaryRole, "summary"},
            {OpenedRole, "opened"}};
}

void SearchResultsModel::openRow(int row)
{
    // A copy: opening a guide can change settings, which empties m_hits while the id is in use.
    const SearchHit hit = m_hits.at(row);
    if (hit.kind == SearchKind::Module)
        emit moduleOpenRequested(hit.id);
    else
        emit serviceOpenRequested(hit.id);
}

} // namespace cg
