#include "models/guidescreenlistmodel.h"

#include <QVariantMap>

namespace cg {

void GuideScreenListModel::show(const QList<GuideScreen> &screens)
{
    beginResetModel();
    m_screens = screens;
    endResetModel();
}

int GuideScreenListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_screens.size());
}

QVariant GuideScreenListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const GuideScreen &screen = m_screens.at(index.row());
    switch (role) {
    case TitleRole:
        return screen.section.title;
    case PartsRole: {
        QVariantList parts;
        for (const SectionPart &part : screen.section.parts) {
            // Screens hold no blocks: the loader refuses them.
            const bool isList = part.kind == SectionPart::Kind::List;
            parts << QVariantMap{{QStringLiteral("kind"), isList ? QStringLiteral("list") : QStringLiteral("paragraph")},
                                 {QStringLiteral("text"), part.text},
                                 {QStringLiteral("items"), part.items}};
        }
        return parts;
    }
    case SourcesRole:
        return screen.sources;
    case HighlightRole:
        return screen.highlight;
    default:
        return {};
    }
}

QHash<int, QByteArray> GuideScreenListModel::roleNames() const
{
    return {{TitleRole, "title"}, {PartsRole, "parts"}, {SourcesRole, "sources"}, {HighlightRole, "highlight"}};
}

} // namespace cg
