#include "models/sectionpartmodel.h"

#include <QSet>
#include <QVariantMap>

#include <algorithm>

namespace cg {
namespace {

// "0,2" → {0, 2}; anything that is not a number is ignored.
QSet<int> tickedItems(const QString &answer)
{
    QSet<int> ticked;
    for (const QString &number : answer.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        bool ok = false;
        const int item = number.toInt(&ok);
        if (ok)
            ticked.insert(item);
    }
    return ticked;
}

} // namespace

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
    case TickedRole: {
        const QSet<int> ticked = tickedItems(m_answers.value(block.id));
        QVariantList perItem;
        for (int item = 0; item < int(block.items.size()); ++item)
            perItem << ticked.contains(item);
        return perItem;
    }
    case ToggledItemRole:
        return -1;
    default:
        return {};
    }
}

bool SectionPartModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    if (role == AnswerRole)
        return saveAnswer(index, value.toString());
    const SectionPart &part = *m_shown.at(index.row());
    const int item = value.toInt();
    if (role != ToggledItemRole || part.block.type != BlockType::Checklist || item < 0 || item >= part.block.items.size())
        return false;
    QSet<int> ticked = tickedItems(m_answers.value(part.block.id));
    if (!ticked.remove(item))
        ticked.insert(item);
    QList<int> sorted(ticked.cbegin(), ticked.cend());
    std::sort(sorted.begin(), sorted.end());
    QStringList numbers;
    for (int number : std::as_const(sorted))
        numbers << QString::number(number);
    return saveAnswer(index, numbers.join(QLatin1Char(',')));
}

bool SectionPartModel::saveAnswer(const QModelIndex &index, const QString &answer)
{
    const SectionPart &part = *m_shown.at(index.row());
    if (part.kind != SectionPart::Kind::Block || m_answers.value(part.block.id) == answer)
        return false;
    m_answers.insert(part.block.id, answer);
    emit dataChanged(index, index, {AnswerRole, TickedRole});
    emit answerChanged(part.block.id, answer);
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
            {ChoicesRole, "choices"},   {TitleRole, "title"},       {AnswerRole, "answer"},
            {TickedRole, "ticked"},     {ToggledItemRole, "toggledItem"}};
}

} // namespace cg
