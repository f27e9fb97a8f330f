#include "models/safetycheckmodel.h"

#include <algorithm>

namespace cg {

// About a partner or an ex, without assuming either, and without the word "abuse": many people
// living with it do not use that word yet.
SafetyCheckModel::SafetyCheckModel(QObject *parent)
    : QAbstractListModel(parent)
    , m_questions{tr("Are you ever afraid of your partner or ex, or of what they might do?"),
                  tr("Have they ever pushed, hit or hurt you, or threatened to?"),
                  tr("Do they check your phone, or tell you who you can see and where you can go?"),
                  tr("Do they take or control your money, or stop you working?"),
                  tr("Do they often put you down, call you names or make you doubt yourself?"),
                  tr("Have they ever made you do sexual things you did not want to do?"),
                  tr("Do you change what you do or say to stop them getting angry?")}
    , m_answers(m_questions.size(), Unanswered)
{
}

int SafetyCheckModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_questions.size());
}

QVariant SafetyCheckModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    switch (role) {
    case QuestionRole:
    case Qt::DisplayRole:
        return m_questions.at(index.row());
    case AnswerRole:
        return m_answers.at(index.row());
    default:
        return {};
    }
}

QHash<int, QByteArray> SafetyCheckModel::roleNames() const
{
    return {{QuestionRole, "question"}, {AnswerRole, "answer"}};
}

void SafetyCheckModel::answer(int row, Answer answer)
{
    if (row < 0 || row >= m_answers.size() || m_answers.at(row) == answer)
        return;
    m_answers[row] = answer;
    emit dataChanged(index(row), index(row), {AnswerRole});
    emit answersChanged();
}

SafetyCheckModel::Outcome SafetyCheckModel::outcome() const
{
    if (std::any_of(m_answers.cbegin(), m_answers.cend(), [](Answer a) { return a == Yes || a == Sometimes; }))
        return MoreThanConflict;
    return m_answers.contains(Unanswered) ? Unfinished : EverydayConflict;
}

bool SafetyCheckModel::showResult()
{
    if (outcome() == Unfinished)
        return false;
    if (!m_resultShown) {
        m_resultShown = true;
        emit resultShownChanged();
    }
    return true;
}

void SafetyCheckModel::reset()
{
    beginResetModel();
    m_answers.fill(Unanswered);
    endResetModel();
    emit answersChanged();
    if (m_resultShown) {
        m_resultShown = false;
        emit resultShownChanged();
    }
}

} // namespace cg
