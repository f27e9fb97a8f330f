#include "models/sectionpartmodel.h"

#include <QVariantMap>

namespace cg {

SectionPartModel::SectionPartModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void SectionPartModel::show(const ModuleSection *section, const QHash<QString, QString> &answers, bool withTogether)
{
    beginResetModel();
    m_shown.clear();
    for (const SectionPart &part : section ? section->parts : QList<SectionPart>()) {
        const bool together = part.kind == SectionPart::Kind::Block && part.block.type == BlockType::Together;
        if (withTogether || !together)
            m_shown << &part;
    }
    m_answers = answers;
    endResetModel();
}

int SectionPartModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_shown.size());
}

QVariant SectionPartModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SectionPart &part = *m_shown.at(index.row());
    const ModuleBlock &block = part.block;
    const bool isBlock = part.kind == SectionPart::Kind::Block;
    switch (role) {
    case KindRole:
        if (isBlock)
            return blockTypeName(block.type);
        return part.kind == SectionPart::Kind::List ? QStringLiteral("list") : QStringLiteral("paragraph");
    case TextRole:
        return isBlock ? block.text : part.text;
    case ItemsRole:
        return isBlock ? block.items : part.items;
    case BlockIdRole:
        return block.id;
    case PromptRole:
        return block.prompt;
    case QuestionRole:
        return block.question;
    case ChoicesRole: {
        QVariantList choices;
        for (const QuizChoice &choice : block.choices)
            choices << QVariantMap{{QStringLiteral("text"), choice.text},
                                   {QStringLiteral("feedback"), choice.feedback},
                                   {QStringLiteral("best"), choice.best}};
        return choices;
    }
    case TitleRole:
        return block.title;
    case AnswerRole:
        return isBlock ? m_answers.value(block.id) : QString();
    default:
        return {};
    }
}

bool SectionPartModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != AnswerRole || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const SectionPart &part = *m_shown.at(index.row());
    if (part.kind != SectionPart::Kind::Block || m_answers.value(part.block.id) == value.toString())
        return false;
    m_answers.insert(part.block.id, value.toString());
    emit dataChanged(index, index, {AnswerRole});
    emit answerChanged(part.block.id, value.toString());
    return true;
}

Qt::ItemFlags SectionPartModel::flags(const QModelIndex &index) const
{
    const Qt::ItemFlags base = QAbstractListModel::flags(index);
    return index.isValid() ? base | Qt::ItemIsEditable : base;
}

QHash<int, QByteArray> SectionPartModel::roleNames() const
{
    return {{KindRole, "kind"},         {TextRole, "text"},         {ItemsRole, "items"},
            {BlockIdRole, "blockId"},   {PromptRole, "prompt"},     {QuestionRole, "question"},
            {ChoicesRole, "choices"},   {TitleRole, "title"},       {AnswerRole, "answer"}};
}

} // namespace cg
