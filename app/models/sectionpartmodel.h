#pragma once

#include "core/module.h"

#include <QAbstractListModel>
#include <QHash>
#include <QtQml/qqmlregistration.h>

namespace cg {

// The pieces of the section on screen, in reading order, for the reader's Repeater. `kind` says
// how to show each one: "paragraph", "list", or a block type ("reflection", "quiz", ...). The
// `answer` role holds the parent's saved answer; setting it asks the reader to save it. A
// checklist's answer is the ticked item numbers, such as "0,2"; QML reads `ticked` and writes
// `toggledItem` rather than handling that text itself.
class SectionPartModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by the reader")

public:
    enum Role {
        KindRole = Qt::UserRole + 1,
        TextRole,
        ItemsRole,
        BlockIdRole,
        PromptRole,
        QuestionRole,
        ChoicesRole,
        TitleRole,
        AnswerRole,
        TickedRole,       // a checklist: one true or false per item, from the answer
        ToggledItemRole,  // a checklist: write an item's number to tick or untick it
    };

    explicit SectionPartModel(QObject *parent = nullptr);

    // Shows `section` (nullptr for nothing). Without `withTogether`, "try this together" blocks
    // are left out: they are for couples who are safe together.
    void show(const ModuleSection *section, const QHash<QString, QString> &answers, bool withTogether = true);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    // Emitted when the parent answers a block; the reader saves it.
    void answerChanged(const QString &blockId, const QString &answer);

private:
    bool saveAnswer(const QModelIndex &index, const QString &answer);

    QList<const SectionPart *> m_shown;
    QHash<QString, QString> m_answers;
};

} // namespace cg
