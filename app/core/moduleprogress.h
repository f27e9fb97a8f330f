#pragma once

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace cg {

// How far a parent has got with one module. Saved as they go, so closing the app (or the app
// being killed) mid-section resumes in the same place.
struct ModuleProgress {
    int section = 0;  // index of the section to show next
    bool completed = false;
    std::optional<bool> helpful;  // the answer to "was this helpful?", if given

    bool operator==(const ModuleProgress &) const = default;
};

// A "try this week" the parent chose to do; shown on Home until they tick it off.
struct Commitment {
    QString moduleId;
    QString blockId;
    QDate chosenOn;
    bool done = false;

    bool operator==(const Commitment &) const = default;
};

// Where module progress, block answers and commitments live. Every write is saved at once (or
// not at all: on failure the earlier value stays and lastError() says why).
class ModuleProgressStore
{
public:
    virtual ~ModuleProgressStore() = default;

    // Every module the parent has opened; nothing when the store cannot be read.
    virtual std::optional<QHash<QString, ModuleProgress>> loadProgress() const = 0;
    virtual bool saveProgress(const QString &moduleId, const ModuleProgress &progress) = 0;

    // The parent's answer to one block (a reflection's text, a quiz choice, checklist ticks),
    // encoded by whoever shows the block; empty when never answered. Answers are private data:
    // while answersLocked(), they can be neither read nor written.
    virtual std::optional<QHash<QString, QString>> loadAnswers(const QString &moduleId) const = 0;
    virtual bool saveAnswer(const QString &moduleId, const QString &blockId, const QString &answer) = 0;

    virtual std::optional<QList<Commitment>> loadCommitments() const = 0;
    // Adds the commitment, or updates it if the same block was chosen before.
    virtual bool saveCommitment(const Commitment &commitment) = 0;

    virtual bool answersLocked() const = 0;

    virtual QString lastError() const = 0;
};

} // namespace cg
