#pragma once

#include "core/journalsafety.h"
#include "core/journalstore.h"
#include "core/vaultaccess.h"
#include "models/journaldraft.h"
#include "models/journalentrylistmodel.h"
#include "models/journaltrendsmodel.h"

#include <QObject>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

#include <functional>

namespace cg {

class PrivateDataLock;

// The conflict journal's screens and what moves between them: the list, writing an entry, trends,
// the safety screen and its gentle question, and the PIN lock. Entries are in memory only while
// the private data is unlocked; locking (quick exit, auto-lock) drops them at once.
class JournalController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Made by the app at start-up")
    Q_PROPERTY(Screen screen READ screen NOTIFY screenChanged)
    Q_PROPERTY(bool hasPin READ hasPin NOTIFY lockChanged)
    Q_PROPERTY(bool open READ isOpen NOTIFY lockChanged)
    Q_PROPERTY(cg::JournalDraft *draft READ draft CONSTANT)
    Q_PROPERTY(cg::JournalEntryListModel *entries READ entries CONSTANT)
    Q_PROPERTY(cg::JournalTrendsModel *trends READ trends CONSTANT)
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)
    Q_PROPERTY(QString problem READ problem NOTIFY messageChanged)
    Q_PROPERTY(int damagedCount READ damagedCount NOTIFY lockChanged)

public:
    enum Screen { List, Entry, Trends, FollowUp, Safety, Lock, PinSetup, ForgotPin, Export, CheckIn, Progress };
    Q_ENUM(Screen)

    // Locks after this long without a touch, when a PIN is set.
    static constexpr int defaultAutoLockMs = 5 * 60 * 1000;

    JournalController(JournalStore &store, VaultAccess &vault, PrivateDataLock &lock, JournalDraft::Clock now,
                      JournalTrendsModel::ModuleTitle moduleTitle, QObject *parent = nullptr);

    Screen screen() const;
    bool hasPin() const { return m_vault.hasPin(); }
    bool isOpen() const { return m_vault.isOpen(); }
    JournalDraft *draft() { return &m_draft; }
    JournalEntryListModel *entries() { return &m_entries; }
    JournalTrendsModel *trends() { return &m_trends; }
    QString message() const { return m_message; }
    QString problem() const { return m_problem; }
    int damagedCount() const { return m_store.damagedCount(); }
    // Every entry read while open, oldest first; empty while locked.
    const QList<JournalEntry> &loadedEntries() const { return m_loaded; }

    // Opens without a PIN when none is set (the key is on the device); with a PIN, the lock
    // screen shows instead. Called whenever the journal is about to be seen; entries are read
    // then, not when the private data opens for other reasons (answers in guides).
    Q_INVOKABLE void openIfNoPin();
    Q_INVOKABLE bool unlock(const QString &pin);

    Q_INVOKABLE void startArgument();
    Q_INVOKABLE void startGoodDay();
    Q_INVOKABLE bool edit(const QString &id);
    // Saves the draft; then the list, the safety screen or its question, by what happened.
    Q_INVOKABLE bool save();
    Q_INVOKABLE void cancel();
    Q_INVOKABLE bool remove(const QString &id);
    // Deletes the entry being changed.
    Q_INVOKABLE bool removeEditing();
    Q_INVOKABLE void showList();
    Q_INVOKABLE void showTrends();
    Q_INVOKABLE void showPinSetup();
    Q_INVOKABLE void showForgotPin();
    Q_INVOKABLE void showExport();
    // Progress check-ins live behind the journal's lock (see CheckInController).
    Q_INVOKABLE void showCheckIn();
    Q_INVOKABLE void showProgress();
    // The safety screen, as after an entry noting fear (also after a check-in answer that does).
    Q_INVOKABLE void showSafety();
    // After things were thrown or broken: were you afraid? Yes leads to the safety screen.
    Q_INVOKABLE void answerFollowUp(bool afraid);

    // A PIN of 4 to 8 digits, typed twice. False with problem() saying what to change.
    Q_INVOKABLE bool choosePin(const QString &pin, const QString &again);
    // Only with the current PIN, so someone holding an unlocked phone cannot take it off.
    Q_INVOKABLE bool removePin(const QString &pin);
    // The only way past a forgotten PIN: every entry is deleted and the journal starts again.
    Q_INVOKABLE bool startAgain();

    // Reads every entry again (after demo data was written behind the journal's back).
    bool refresh();

    // Other private data sealed with the same key (answers in guides), erased by startAgain()
    // before the key is forgotten. False when it could not be erased.
    void setOtherPrivateDataEraser(std::function<bool()> erase) { m_eraseOtherPrivateData = std::move(erase); }

    // The parent touched the screen: the auto-lock waits again.
    void noteActivity();
    // The app is back in front (or the phone woke): a timer does not count time asleep, so the
    // clock decides whether the journal has been left long enough to lock.
    void checkIdle();
    void setAutoLockInterval(int ms) { m_autoLock.setInterval(ms); }

    // Routes for --render: every screen, such as "journal/new", "journal/trends" and "journal/lock"
    // (the last two need a PIN: --journal-pin).
    bool openRoute(const QString &subRoute);
    static QStringList routes();

signals:
    void screenChanged();
    void lockChanged();
    void messageChanged();
    // The parent noted harm, fear or control: from now on, no exercises for couples.
    void safetyRouteReached();
    // An entry was saved: all the statistics may know is that the journal was used this week.
    void entrySaved();

private:
    void showScreen(Screen screen);
    void showWithoutMessage(Screen screen);
    void setMessage(const QString &message, const QString &problem = {});
    void onLocked();
    void onOpened();

    JournalStore &m_store;
    VaultAccess &m_vault;
    PrivateDataLock &m_lock;
    JournalDraft m_draft;
    JournalEntryListModel m_entries;
    JournalTrendsModel m_trends;
    JournalDraft::Clock m_now;
    QDateTime m_lastActivity;
    QString m_followUpId;  // the entry the follow-up question is about
    QList<JournalEntry> m_loaded;
    bool m_fresh = false;  // m_loaded was read since the private data was last opened
    Screen m_screen = List;
    QString m_message;
    QString m_problem;
    QTimer m_autoLock;
    std::function<bool()> m_eraseOtherPrivateData = [] { return true; };
};

} // namespace cg
