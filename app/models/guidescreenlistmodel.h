#pragma once

#include "core/practitionerguide.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

namespace cg {

// The screens of one chapter of the practitioners' guide, in order, for a Repeater: a title, the
// paragraphs and lists (`parts`, each {kind: "paragraph" or "list", text, items}), where the
// facts come from, and whether the screen is a rule that must stand out.
class GuideScreenListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by the guide")

public:
    enum Role { TitleRole = Qt::UserRole + 1, PartsRole, SourcesRole, HighlightRole };

    using QAbstractListModel::QAbstractListModel;

    void show(const QList<GuideScreen> &screens);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QList<GuideScreen> m_screens;
};

} // namespace cg
