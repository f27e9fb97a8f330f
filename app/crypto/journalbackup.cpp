#include "crypto/journalbackup.h"

#include "crypto/sealedbox.h"
#include "crypto/secretkey.h"
#include "crypto/sodium.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QUuid>
#include <QtEndian>

#include <sodium.h>

#include <cstring>

// The backup file, version 1 (all numbers big-endian):
//
//   offset  size  what
//   0       4     magic "CGJB"
//   4       1     format version (journalBackupVersion)
//   5       4     length L of the wrapped key
//   9       L     the wrapped key: wrapWithPin(backupKey, passphrase, cost), the "CGPK" format of
//                 pinwrap.cpp, which carries its own Argon2id cost and salt
//   9 + L   rest  the payload: seal(backupKey, padded JSON, associated data = bytes 0 .. 9 + L),
//                 so the header and wrapped key cannot be swapped or edited without it failing
//
// backupKey is a fresh random key for each backup, so two backups of the same entries share no
// bytes. The sealed JSON is {"entries": [{"id": "...", "entry": {journalEntryToJson}}, ...]}
// in saved order, padded (ISO/IEC 7816-4, sodium_pad) to a multiple of kPadBlock bytes, so the
// file's size shows only roughly how much was written, not how many entries.
//
// Reading: a file too short to hold the magic and version, or with another magic, is NotABackup;
// a version above journalBackupVersion is NewerVersion, decided before anything else is read (a
// newer app may lay out the rest differently); a matching magic and version followed by a cut
// header, an impossible length, an unreadable wrapped key, a payload that fails to open or unpad,
// or JSON that is not exactly the shape above (an entry journalEntryFromJson refuses, a missing or
// empty id) is Damaged; a wrapped key that does not open with the passphrase is WrongPassphrase.
// Entries are returned all or nothing.

namespace cg {
namespace {

constexpr char kMagic[4] = {'C', 'G', 'J', 'B'};
constexpr qsizetype kMagicSize = 4;
constexpr qsizetype kVersionAt = 4;
constexpr qsizetype kLengthAt = 5;
constexpr qsizetype kHeaderSize = 9;  // magic, version, wrapped key length
constexpr std::size_t kPadBlock = 4096;

const QString kEntries = QStringLiteral("entries");
const QString kId = QStringLiteral("id");
const QString kEntry = QStringLiteral("entry");

BackupReadResult problem(BackupProblem which)
{
    return {std::nullopt, which};
}

// The entries from the opened, unpadded JSON, or nullopt if anything about it is off.
std::optional<QList<JournalEntry>> entriesFrom(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    const QJsonValue list = document.object().value(kEntries);
    if (!list.isArray())
        return std::nullopt;
    QList<JournalEntry> entries;
    for (const QJsonValue &item : list.toArray()) {
        const QJsonObject saved = item.toObject();
        const QJsonValue id = saved.value(kId);
        const QJsonValue body = saved.value(kEntry);
        if (!item.isObject() || !id.isString() || id.toString().isEmpty() || !body.isObject())
            return std::nullopt;
        std::optional<JournalEntry> entry = journalEntryFromJson(body.toObject());
        if (!entry)
            return std::nullopt;
        entry->id = id.toString();
        entries.append(std::move(*entry));
    }
    return entries;
}

} // namespace

QByteArray makeJournalBackup(const QList<JournalEntry> &entries, const QString &passphrase, PinWrapCost cost)
{
    if (passphrase.isEmpty() || !sodiumReady())
        return {};
    const std::optional<SecretKey> key = SecretKey::random();
    if (!key)
        return {};
    const QByteArray wrapped = wrapWithPin(*key, passphrase, cost);
    if (wrapped.isEmpty())
        return {};

    QByteArray header(kMagic, kMagicSize);
    header.append(char(journalBackupVersion));
    const quint32 length = qToBigEndian(quint32(wrapped.size()));
    header.append(reinterpret_cast<const char *>(&length), sizeof length);
    header.append(wrapped);

    QJsonArray list;
    for (const JournalEntry &entry : entries) {
        // Entries from the store always have an id; one that was never saved gets one here, so
        // the backup still reads back and importing it twice still adds it once.
        const QString id = entry.id.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : entry.id;
        list.append(QJsonObject{{kId, id}, {kEntry, journalEntryToJson(entry)}});
    }
    QByteArray json = QJsonDocument(QJsonObject{{kEntries, list}}).toJson(QJsonDocument::Compact);

    // Padded in a buffer made big enough up front, so no copy of the words is left unwiped.
    const std::size_t jsonSize = std::size_t(json.size());
    QByteArray padded(qsizetype(jsonSize + kPadBlock), '\0');
    std::memcpy(padded.data(), json.constData(), jsonSize);
    wipe(json);
    std::size_t paddedSize = 0;
    const bool ok = sodium_pad(&paddedSize, reinterpret_cast<unsigned char *>(padded.data()), jsonSize, kPadBlock,
                               std::size_t(padded.size()))
        == 0;
    const QByteArray sealed =
        ok ? seal(*key, QByteArray::fromRawData(padded.constData(), qsizetype(paddedSize)), header) : QByteArray();
    wipe(padded);
    if (sealed.isEmpty())
        return {};
    return header + sealed;
}

BackupReadResult readJournalBackup(const QByteArray &file, const QString &passphrase)
{
    if (file.size() < kLengthAt || std::memcmp(file.constData(), kMagic, kMagicSize) != 0)
        return problem(BackupProblem::NotABackup);
    const int version = quint8(file.at(kVersionAt));
    if (version > journalBackupVersion)
        return problem(BackupProblem::NewerVersion);
    if (version < 1 || file.size() < kHeaderSize)
        return problem(BackupProblem::Damaged);

    const quint32 length = qFromBigEndian<quint32>(file.constData() + kLengthAt);
    if (length == 0 || length > quint64(file.size() - kHeaderSize))
        return problem(BackupProblem::Damaged);
    const qsizetype sealedAt = kHeaderSize + qsizetype(length);

    UnwrapResult unwrapped = unwrapWithPin(file.mid(kHeaderSize, qsizetype(length)), passphrase);
    if (!unwrapped.key)
        return problem(unwrapped.problem == UnwrapProblem::WrongPin ? BackupProblem::WrongPassphrase
                                                                    : BackupProblem::Damaged);

    std::optional<QByteArray> padded = open(*unwrapped.key, file.mid(sealedAt), file.left(sealedAt));
    if (!padded)
        return problem(BackupProblem::Damaged);
    std::size_t jsonSize = 0;
    const bool unpadded = sodium_unpad(&jsonSize, reinterpret_cast<const unsigned char *>(padded->constData()),
                                       std::size_t(padded->size()), kPadBlock)
        == 0;
    std::optional<QList<JournalEntry>> entries =
        unpadded ? entriesFrom(QByteArray::fromRawData(padded->constData(), qsizetype(jsonSize))) : std::nullopt;
    wipe(*padded);
    if (!entries)
        return problem(BackupProblem::Damaged);
    return {std::move(entries), std::nullopt};
}

} // namespace cg
