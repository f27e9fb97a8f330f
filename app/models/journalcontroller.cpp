#include "models/journalcontroller.h"

#include "core/privatedatalock.h"

#include <QHash>
#include <QRegularExpression>

namespace cg {

JournalController::JournalController(JournalStore &store, VaultAccess &vault, PrivateDataLock &lock,
                                     JournalDraft::Clock now, JournalTrendsModel::ModuleTitle moduleTitle,
                                     QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_vault(vault)
    , m_lock(lock)
    , m_draft(now)
    , m_now(now)
    , m_entries([now] { return now().date(); })
    , m_trends([now] { return now().date(); }, std::move(moduleTitle))
{
    m_autoLock.setSingleShot(true);
    m_autoLock.setInterval(defaultAutoLockMs);
    connect(&m_autoLock, &QTimer::timeout, &m_lock, &PrivateDataLock::lock);
    m_lastActivity = m_now();
    connect(&m_lock, &PrivateDataLock::locked, this, &JournalController::onLocked);
}

JournalController::Screen JournalController::screen() const
{
    if (!m_vault.isOpen() && m_vault.hasPin() && m_screen != ForgotPin)
        return Lock;
    return m_screen;
}

void JournalController::openIfNoPin()
{
    if (m_vault.isOpen()) {
        if (!m_fresh)
            onOpened();
        return;
    }
    if (m_vault.hasPin())
        return;
    if (!m_vault.open()) {
        setMessage({}, tr("Your journal cannot be opened on this phone right now. Nothing has been deleted. (%1)")
                           .arg(m_vault.error()));
        return;
    }
    onOpened();
}

bool JournalController::unlock(const QString &pin)
{
    if (m_vault.isOpen())
        return true;
    if (!m_vault.unlock(pin)) {
        setMessage({}, m_vault.wrongPin() ? tr("That PIN did not match. Please try again.")
                                          : tr("Your journal cannot be opened right now. Nothing has been deleted. (%1)")
                                                .arg(m_vault.error()));
        return false;
    }
    onOpened();
    return true;
}

void JournalController::onOpened()
{
    m_lock.unlock();
    setMessage({});
    refresh();
    if (m_vault.hasPin())
        noteActivity();
    emit lockChanged();
    emit screenChanged();
}

void JournalController::onLocked()
{
    // The key is already wiped (the vault listens first); what was read with it goes too. A new
    // entry being written stays behind the lock, so its words are not lost; a saved entry being
    // changed is dropped, as it is safe on disk. A safety screen or its question stays, to be
    // seen again once the journal is open.
    m_autoLock.stop();
    m_fresh = false;
    m_loaded.clear();
    m_entries.clear();
    m_trends.clear();
    setMessage({});
    const bool writingNew = m_screen == Entry && !m_draft.editing();
    if (m_draft.editing())
        m_draft.startNew(JournalEntry::Kind::Argument);
    if (m_screen != Safety && m_screen != FollowUp && !writingNew)
        m_screen = List;
    emit lockChanged();
    emit screenChanged();
}

bool JournalController::refresh()
{
    const std::optional<QList<JournalEntry>> loaded = m_store.loadAll();
    if (!loaded) {
        setMessage({}, tr("Your entries cannot be read right now. Nothing has been deleted. (%1)").arg(m_store.lastError()));
        return false;
    }
    m_loaded = *loaded;
    m_fresh = true;
    m_entries.setEntries(m_loaded);
    m_trends.setEntries(m_loaded);
    return true;
}

void JournalController::startArgument()
{
    m_draft.startNew(JournalEntry::Kind::Argument);
    setMessage({});
    showScreen(Entry);
}

void JournalController::startGoodDay()
{
    m_draft.startNew(JournalEntry::Kind::GoodDay);
    setMessage({});
    showScreen(Entry);
}

bool JournalController::edit(const QString &id)
{
    for (const JournalEntry &entry : std::as_const(m_loaded)) {
        if (entry.id == id) {
            m_draft.startEditing(entry);
            setMessage({});
            showScreen(Entry);
            return true;
        }
    }
    return false;
}

bool JournalController::save()
{
    const JournalEntry entry = m_draft.toEntry();
    const std::optional<QString> savedId = m_store.save(entry);
    if (!savedId) {
        // The draft is untouched, so the parent can try again without typing anything twice.
        setMessage({}, tr("Your entry could not be saved, so it is still here. Please try again. (%1)")
                           .arg(m_store.lastError()));
        return false;
    }
    emit entrySaved();
    refresh();
    switch (journalResponse(entry.happened)) {
    case JournalResponse::Safety:
        emit safetyRouteReached();
        setMessage({});
        showScreen(Safety);
        break;
    case JournalResponse::FollowUp:
        m_followUpId = *savedId;
        setMessage({});
        showScreen(FollowUp);
        break;
    case JournalResponse::Advice:
        setMessage(entry.kind == JournalEntry::Kind::GoodDay ? tr("Saved. It is good to notice the days that go well.")
                                                             : tr("Saved. Well done for taking a moment to note it."));
        showScreen(List);
        break;
    }
    m_draft.startNew(JournalEntry::Kind::Argument);
    return true;
}

void JournalController::cancel()
{
    m_draft.startNew(JournalEntry::Kind::Argument);
    setMessage({});
    showScreen(List);
}

bool JournalController::remove(const QString &id)
{
    if (!m_store.remove(id)) {
        setMessage({}, tr("The entry could not be deleted. Please try again. (%1)").arg(m_store.lastError()));
        return false;
    }
    refresh();
    m_draft.startNew(JournalEntry::Kind::Argument);
    setMessage(tr("Deleted."));
    showScreen(List);
    return true;
}

bool JournalController::removeEditing()
{
    const QString id = m_draft.toEntry().id;
    return !id.isEmpty() && remove(id);
}

void JournalController::showList()
{
    showWithoutMessage(List);
}

void JournalController::showTrends()
{
    showWithoutMessage(Trends);
}

void JournalController::showPinSetup()
{
    showWithoutMessage(PinSetup);
}

void JournalController::showForgotPin()
{
    showWithoutMessage(ForgotPin);
}

void JournalController::showExport()
{
    showWithoutMessage(Export);
}

void JournalController::showCheckIn()
{
    showWithoutMessage(CheckIn);
}

void JournalController::showProgress()
{
    showWithoutMessage(Progress);
}

void JournalController::showSafety()
{
    showWithoutMessage(Safety);
}

void JournalController::showWithoutMessage(Screen screen)
{
    setMessage({});
    showScreen(screen);
}

void JournalController::answerFollowUp(bool afraid)
{
    if (afraid) {
        // The answer belongs in the entry, so patterns, insights and a shared summary show it.
        for (JournalEntry entry : std::as_const(m_loaded)) {
            if (entry.id == m_followUpId && !entry.happened.contains(QStringLiteral("felt-afraid"))) {
                entry.happened << QStringLiteral("felt-afraid");
                if (m_store.save(entry))
                    refresh();
            }
        }
        emit safetyRouteReached();
        showScreen(Safety);
    } else {
        setMessage(tr("Saved. Thank you for answering."));
        showScreen(List);
    }
}

bool JournalController::choosePin(const QString &pin, const QString &again)
{
    static const QRegularExpression digits(QStringLiteral("^[0-9]{4,8}$"));
    if (!digits.match(pin).hasMatch()) {
        setMessage({}, tr("Please choose 4 to 8 numbers."));
        return false;
    }
    if (pin != again) {
        setMessage({}, tr("The two PINs are different. Please type the same PIN twice."));
        return false;
    }
    if (!m_vault.setPin(pin)) {
        setMessage({}, tr("The PIN could not be set, so your journal is as it was. (%1)").arg(m_vault.error()));
        return false;
    }
    noteActivity();
    setMessage(tr("Your journal now needs your PIN to open."));
    emit lockChanged();
    showScreen(List);
    return true;
}

bool JournalController::removePin(const QString &pin)
{
    if (!m_vault.unlock(pin)) {
        setMessage({}, m_vault.wrongPin() ? tr("That PIN did not match, so the PIN stays.")
                                          : tr("The PIN could not be checked, so it stays. (%1)").arg(m_vault.error()));
        return false;
    }
    if (!m_vault.removePin()) {
        setMessage({}, tr("The PIN could not be removed. (%1)").arg(m_vault.error()));
        return false;
    }
    m_autoLock.stop();
    setMessage(tr("Your journal no longer needs a PIN."));
    emit lockChanged();
    showScreen(List);
    return true;
}

bool JournalController::startAgain()
{
    // Entries first: if the key went first and deleting then failed, sealed rows that nobody can
    // open would be left behind.
    if (!m_store.removeAll() || !m_eraseOtherPrivateData() || !m_vault.forgetKey()) {
        setMessage({}, tr("Your journal could not be cleared. Please try again. (%1)")
                           .arg(m_store.lastError().isEmpty() ? m_vault.error() : m_store.lastError()));
        return false;
    }
    m_draft.startNew(JournalEntry::Kind::Argument);
    m_screen = List;
    openIfNoPin();
    if (m_vault.isOpen())
        setMessage(tr("Your journal is empty and ready to use again."));
    emit lockChanged();
    emit screenChanged();
    return true;
}

void JournalController::noteActivity()
{
    m_lastActivity = m_now();
    if (m_vault.isOpen() && m_vault.hasPin())
        m_autoLock.start();
}

void JournalController::checkIdle()
{
    if (m_vault.isOpen() && m_vault.hasPin() && m_lastActivity.msecsTo(m_now()) >= m_autoLock.interval())
        m_lock.lock();
}

bool JournalController::openRoute(const QString &subRoute)
{
    if (subRoute.isEmpty()) {
        openIfNoPin();
        showList();
        return true;
    }
    if (subRoute == QLatin1String("lock")) {
        if (!m_vault.hasPin())
            return false;
        m_lock.lock();
        showList();
        return true;
    }
    if (subRoute == QLatin1String("forgot-pin")) {
        if (!m_vault.hasPin())
            return false;
        m_lock.lock();
        showForgotPin();
        return true;
    }
    openIfNoPin();
    if (!m_vault.isOpen())
        return false;
    // The screens that follow a save are shown as they look, without saving anything.
    static const QHash<QString, Screen> screens{
        {QStringLiteral("trends"), Trends}, {QStringLiteral("export"), Export}, {QStringLiteral("pin"), PinSetup},
        {QStringLiteral("safety"), Safety}, {QStringLiteral("follow-up"), FollowUp}};
    if (subRoute == QLatin1String("new")) {
        startArgument();
    } else if (subRoute == QLatin1String("good-day")) {
        startGoodDay();
    } else if (screens.contains(subRoute)) {
        showWithoutMessage(screens.value(subRoute));
    } else {
        return false;
    }
    return true;
}

QStringList JournalController::routes()
{
    return {QStringLiteral("journal/new"),      QStringLiteral("journal/good-day"), QStringLiteral("journal/trends"),
            QStringLiteral("journal/follow-up"), QStringLiteral("journal/safety"),   QStringLiteral("journal/export"),
            QStringLiteral("journal/pin"),      QStringLiteral("journal/lock"),     QStringLiteral("journal/forgot-pin")};
}

void JournalController::showScreen(Screen screen)
{
    if (screen == m_screen)
        return;
    m_screen = screen;
    emit screenChanged();
}

void JournalController::setMessage(const QString &message, const QString &problem)
{
    if (message == m_message && problem == m_problem)
        return;
    m_message = message;
    m_problem = problem;
    emit messageChanged();
}

} // namespace cg
