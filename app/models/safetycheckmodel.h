#pragma once

#include <QAbstractListModel>
#include <QList>
#include <QtQml/qqmlregistration.h>

namespace cg {

// "Is it conflict or something more?": a few yes / sometimes / no questions about fear, harm and
// control. Any yes or sometimes means more than ordinary arguing, and leads to the safety route.
// The answers live only in memory, never on disk, and are cleared when the check is left.
class SafetyCheckModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Made by the app at start-up")
    Q_PROPERTY(Outcome outcome READ outcome NOTIFY answersChanged)
    Q_PROPERTY(bool resultShown READ resultShown NOTIFY resultShownChanged)

public:
    enum Answer { Unanswered, No, Sometimes, Yes };
    Q_ENUM(Answer)
    enum Outcome { Unfinished, EverydayConflict, MoreThanConflict };
    Q_ENUM(Outcome)
    enum Role { QuestionRole = Qt::UserRole + 1, AnswerRole };

    explicit SafetyCheckModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    Q_INVOKABLE void answer(int row, cg::SafetyCheckModel::Answer answer);
    // Unfinished until every question has an answer, unless one already says yes or sometimes.
    Outcome outcome() const;
    bool resultShown() const { return m_resultShown; }
    // The parent asked what their answers mean; only possible once the outcome is known.
    Q_INVOKABLE bool showResult();
    Q_INVOKABLE void reset();

signals:
    void answersChanged();
    void resultShownChanged();

private:
    QStringList m_questions;
    QList<Answer> m_answers;
    bool m_resultShown = false;
};

} // namespace cg
