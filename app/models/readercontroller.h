#pragma once

#include "core/module.h"
#include "core/moduleprogress.h"
#include "models/sectionpartmodel.h"

#include <QObject>
#include <QtQml/qqmlregistration.h>

#include <functional>

namespace cg {

// The module reader: one section at a time. Progress and answers are saved as the parent goes,
// so a module closed (or the app killed) part-way resumes at the same section.
class ReaderController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Made by the app at start-up")
    Q_PROPERTY(bool isOpen READ isOpen NOTIFY moduleChanged)
    Q_PROPERTY(QString moduleId READ moduleId NOTIFY moduleChanged)
    Q_PROPERTY(QString moduleTitle READ moduleTitle NOTIFY moduleChanged)
    Q_PROPERTY(int sectionCount READ sectionCount NOTIFY moduleChanged)
    Q_PROPERTY(bool leadsToSafety READ leadsToSafety NOTIFY moduleChanged)
    Q_PROPERTY(int sectionIndex READ sectionIndex NOTIFY sectionChanged)
    Q_PROPERTY(QString sectionTitle READ sectionTitle NOTIFY sectionChanged)
    Q_PROPERTY(bool isLastSection READ isLastSection NOTIFY sectionChanged)
    Q_PROPERTY(bool completed READ completed NOTIFY progressChanged)
    Q_PROPERTY(int helpful READ helpful NOTIFY progressChanged)
    Q_PROPERTY(cg::SectionPartModel *parts READ parts CONSTANT)
    Q_PROPERTY(QString saveError READ saveError NOTIFY saveErrorChanged)
    Q_PROPERTY(bool answersLocked READ answersLocked NOTIFY answersLockedChanged)

public:
    using Today = std::function<QDate()>;

    ReaderController(const QList<Module> &modules, ModuleProgressStore &store, Today today,
                     QObject *parent = nullptr);

    bool isOpen() const { return m_module != nullptr; }
    QString moduleId() const;
    QString moduleTitle() const;
    int sectionCount() const;
    bool leadsToSafety() const { return m_module && m_module->leadsToSafety; }
    int sectionIndex() const { return m_progress.section; }
    QString sectionTitle() const;
    // Whether "try this together" blocks are shown; false once the safety route was reached.
    void setTogetherShown(bool shown);
    bool togetherShown() const { return m_togetherShown; }
    // The part on screen as it is read aloud: its title, then the words shown (never a hidden
    // couple exercise), each piece ending in a full stop so the voice pauses between them.
    // Empty when no guide is open.
    QString sectionSpeechText() const;
    bool isLastSection() const { return isOpen() && m_progress.section == sectionCount() - 1; }
    bool completed() const { return m_progress.completed; }
    // -1 not answered, 0 not really, 1 yes.
    int helpful() const { return m_progress.helpful ? (*m_progress.helpful ? 1 : 0) : -1; }
    SectionPartModel *parts() { return &m_parts; }
    QString saveError() const { return m_saveError; }

    // Opens a module at `section` (0-based), or when section is -1 where the parent left off (at
    // the start again for a finished one).
    Q_INVOKABLE bool open(const QString &moduleId, int section = -1);
    Q_INVOKABLE void next();
    Q_INVOKABLE void back();
    Q_INVOKABLE void close();
    // Marks the module done; the reader then asks whether it helped.
    Q_INVOKABLE void finish();
    Q_INVOKABLE void setHelpful(bool helpful);

    // Answers are private data: locked with the journal. While locked none are in memory, and
    // the reader shows the guide without them.
    bool answersLocked() const { return m_answersLocked; }
    // The private data was locked or opened: drops the answers, or reads them again.
    void reloadAnswers();

    // The answer that marks a "try this week" as chosen; choosing one also puts it on Home.
    static QString chosenAnswer() { return QStringLiteral("chosen"); }

signals:
    void moduleChanged();
    void sectionChanged();
    void progressChanged();
    void saveErrorChanged();
    void answersLockedChanged();
    // Something was saved that lists elsewhere (Learn, Home) show.
    void progressSaved();
    // The parent reached the end of the guide that leads to the safety route.
    void safetyEndingReached();
    // For anonymous statistics: a guide opened from its start (never opened, or finished before),
    // a section shown (numbered from 1), a guide finished, and the "was this helpful?" answer.
    void moduleStarted(const QString &moduleId);
    void sectionReached(const QString &moduleId, int sectionNumber);
    void moduleCompleted(const QString &moduleId);
    void helpfulAnswered(const QString &moduleId, bool helpful);

private:
    void showSection(int section);
    void showParts();
    void loadAnswers();
    void saveProgress();
    void saveAnswer(const QString &blockId, const QString &answer);
    void reportSave(bool saved);
    bool isTryThisWeek(const QString &blockId) const;

    const QList<Module> &m_modules;
    ModuleProgressStore &m_store;
    Today m_today;
    const Module *m_module = nullptr;
    bool m_togetherShown = true;
    ModuleProgress m_progress;
    QHash<QString, QString> m_answers;
    bool m_answersLocked = false;
    SectionPartModel m_parts;
    QString m_saveError;
};

} // namespace cg
