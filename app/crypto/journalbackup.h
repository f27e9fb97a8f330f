#pragma once

#include "core/journalbackupcodec.h"
#include "core/journalentry.h"
#include "crypto/pinwrap.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace cg {

// A journal backup for moving to a new phone: every entry (ids included, so importing twice adds
// nothing twice) sealed with a fresh random key, and that key wrapped by the parent's own
// passphrase through Argon2id. The file says nothing without the passphrase, not even how many
// entries it holds. Versioned, so a later app can read an older backup and an older app can say
// clearly that a backup is too new.
constexpr int journalBackupVersion = 1;

QByteArray makeJournalBackup(const QList<JournalEntry> &entries, const QString &passphrase,
                             PinWrapCost cost = PinWrapCost::interactive());

BackupReadResult readJournalBackup(const QByteArray &file, const QString &passphrase);

// The codec the app uses, with the PIN's Argon2id cost for the passphrase.
class SealedJournalBackupCodec final : public JournalBackupCodec
{
public:
    explicit SealedJournalBackupCodec(PinWrapCost cost = PinWrapCost::interactive()) : m_cost(cost) {}

    QByteArray make(const QList<JournalEntry> &entries, const QString &passphrase) override
    {
        return makeJournalBackup(entries, passphrase, m_cost);
    }
    BackupReadResult read(const QByteArray &file, const QString &passphrase) override
    {
        return readJournalBackup(file, passphrase);
    }

private:
    PinWrapCost m_cost;
};

} // namespace cg
