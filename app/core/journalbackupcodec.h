#pragma once

#include "core/journalentry.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace cg {

enum class BackupProblem {
    NotABackup,       // some other file
    NewerVersion,     // made by a newer app: update the app first
    WrongPassphrase,  // or the sealed part was changed: the cipher cannot tell these apart
    Damaged,          // cut short or corrupted
};

struct BackupReadResult {
    std::optional<QList<JournalEntry>> entries;  // set when the backup opened, in saved order
    std::optional<BackupProblem> problem;        // set otherwise
};

// Turns entries into a passphrase-protected backup file and back (see crypto/journalbackup.h).
class JournalBackupCodec
{
public:
    virtual ~JournalBackupCodec() = default;
    virtual QByteArray make(const QList<JournalEntry> &entries, const QString &passphrase) = 0;
    virtual BackupReadResult read(const QByteArray &file, const QString &passphrase) = 0;
};

} // namespace cg
