#include "models/readercontroller.h"

#include "core/modulecatalogue.h"

namespace cg {

ReaderController::ReaderController(const QList<Module> &modules, ModuleProgressStore &store, Today today,
                                   QObject *parent)
    : QObject(parent)
    , m_modules(modules)
    , m_store(store)
    , m_today(std::move(today))
{
    connect(&m_parts, &SectionPartModel::answerChanged, this, &ReaderController::saveAnswer);
}

QString ReaderController::moduleId() const
{
    return m_module ? m_module->id : QString();
}

QString ReaderController::moduleTitle() const
{
    return m_module ? m_module->title : QString();
}

int ReaderController::sectionCount() const
{
    return m_module ? int(m_module->sections.size()) : 0;
}

QString ReaderController::sectionTitle() const
{
    return m_module ? m_module->sections.at(m_progress.section).title : QString();
}

QString ReaderController::sectionSpeechText() const
{
    if (!m_module)
        return {};
    ModuleSection section = m_module->sections.at(m_progress.section);
    if (!m_togetherShown) {
        section.parts.removeIf([](const SectionPart &part) {
            return part.kind == SectionPart::Kind::Block && part.block.type == BlockType::Together;
        });
    }
    QStringList pieces{section.title};
    pieces << sectionProse(section, false);
    for (QString &piece : pieces) {
        piece = piece.trimmed();
        if (!piece.isEmpty() && !QStringLiteral(".!?").contains(piece.back()))
            piece += QLatin1Char('.');
    }
    return pieces.join(QLatin1Char(' '));
}

bool ReaderController::open(const QString &moduleId, int section)
{
    const Module *found = findModule(m_modules, moduleId);
    if (!found || section >= int(found->sections.size()) || section < -1)
        return false;
    // Unreadable progress must not be taken as "not started": the first save would overwrite it.
    const auto saved = m_store.loadProgress();
    if (!saved) {
        reportSave(false);
        return false;
    }
    m_module = found;
    m_progress = saved->value(moduleId);
    const bool startsAfresh = !saved->contains(moduleId) || m_progress.completed;
    // Resume where the parent left off; a finished guide opens again at its start. A module
    // edited since may have fewer sections than where the parent had got to.
    const int resumeAt = m_progress.completed ? 0 : m_progress.section;
    m_progress.section = std::clamp(section >= 0 ? section : resumeAt, 0, sectionCount() - 1);
    loadAnswers();
    emit moduleChanged();
    emit progressChanged();
    if (startsAfresh)
        emit moduleStarted(moduleId);
    showSection(m_progress.section);
    return true;
}

void ReaderController::loadAnswers()
{
    m_answers.clear();
    const bool locked = m_store.answersLocked();
    if (!locked && m_module)
        m_answers = m_store.loadAnswers(m_module->id).value_or(QHash<QString, QString>());
    if (locked != m_answersLocked) {
        m_answersLocked = locked;
        emit answersLockedChanged();
    }
}

void ReaderController::reloadAnswers()
{
    loadAnswers();
    if (m_module)
        showParts();
}

void ReaderController::showSection(int section)
{
    m_progress.section = section;
    showParts();
    saveProgress();
    emit sectionChanged();
    emit sectionReached(m_module->id, section + 1);
    if (m_module->leadsToSafety && isLastSection())
        emit safetyEndingReached();
}

void ReaderController::showParts()
{
    m_parts.show(&m_module->sections.at(m_progress.section), m_answers, m_togetherShown);
}

void ReaderController::setTogetherShown(bool shown)
{
    if (shown == m_togetherShown)
        return;
    m_togetherShown = shown;
    if (m_module)
        showParts();
}

void ReaderController::next()
{
    if (m_module && !isLastSection())
        showSection(m_progress.section + 1);
}

void ReaderController::back()
{
    if (m_module && m_progress.section > 0)
        showSection(m_progress.section - 1);
}

void ReaderController::close()
{
    if (!m_module)
        return;
    m_module = nullptr;
    m_parts.show(nullptr, {});
    emit moduleChanged();
    emit sectionChanged();
}

void ReaderController::finish()
{
    if (!m_module || m_progress.completed)
        return;
    m_progress.completed = true;
    saveProgress();
    emit progressChanged();
    emit moduleCompleted(m_module->id);
}

void ReaderController::setHelpful(bool helpful)
{
    if (!m_module)
        return;
    m_progress.helpful = helpful;
    saveProgress();
    emit progressChanged();
    emit helpfulAnswered(m_module->id, helpful);
}

void ReaderController::saveProgress()
{
    const bool saved = m_store.saveProgress(m_module->id, m_progress);
    reportSave(saved);
    if (saved)
        emit progressSaved();
}

void ReaderController::saveAnswer(const QString &blockId, const QString &answer)
{
    // The answer stays on screen even if saving fails, so nothing typed is lost; the next change
    // tries again.
    m_answers.insert(blockId, answer);
    bool saved = m_store.saveAnswer(m_module->id, blockId, answer);
    if (saved && answer == chosenAnswer() && isTryThisWeek(blockId)) {
        saved = m_store.saveCommitment({m_module->id, blockId, m_today(), false});
        if (saved)
            emit progressSaved();
    }
    reportSave(saved);
}

bool ReaderController::isTryThisWeek(const QString &blockId) const
{
    const QList<const ModuleBlock *> blocks = moduleBlocks(*m_module);
    return std::any_of(blocks.cbegin(), blocks.cend(), [&](const ModuleBlock *block) {
        return block->id == blockId && block->type == BlockType::TryThisWeek;
    });
}

void ReaderController::reportSave(bool saved)
{
    const QString error = saved ? QString() : m_store.lastError();
    if (error == m_saveError)
        return;
    m_saveError = error;
    emit saveErrorChanged();
}

} // namespace cg
