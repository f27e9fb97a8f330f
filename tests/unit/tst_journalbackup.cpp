#include "catchqtstrings.h"
#include "core/journalentry.h"
#include "crypto/journalbackup.h"
#include "crypto/pinwrap.h"
#include "crypto/sealedbox.h"
#include "crypto/secretkey.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtEndian>

#include <set>

using namespace cg;

namespace {

const QString kPassphrase = QStringLiteral("blue kettle on a Sunday");
constexpr qsizetype kHeaderSize = 9;  // "CGJB", version, wrapped key length

QByteArray backupOf(const QList<JournalEntry> &entries, const QString &passphrase = kPassphrase)
{
    const QByteArray file = makeJournalBackup(entries, passphrase, PinWrapCost::fastest());
    REQUIRE_FALSE(file.isEmpty());
    return file;
}

qsizetype wrappedKeySize(const QByteArray &file)
{
    REQUIRE(file.size() >= kHeaderSize);
    return qsizetype(qFromBigEndian<quint32>(file.constData() + 5));
}

JournalEntry argument()
{
    JournalEntry entry;
    entry.id = QStringLiteral("3f1c2a9e-5b7d-4e21-9a0c-1d2e3f4a5b6c");
    entry.kind = JournalEntry::Kind::Argument;
    entry.when = QDateTime(QDate(2024, 3, 9), QTime(21, 14, 5, 250), Qt::UTC);
    entry.withWhom = QStringLiteral("ex-or-co-parent");
    entry.how = QStringLiteral("text-or-messages");
    entry.about = {QStringLiteral("money"), QStringLiteral("handovers")};
    entry.heat = 4;
    entry.happened = {QStringLiteral("shouting"), QStringLiteral("felt-afraid")};
    entry.childrenThere = true;
    entry.childrenSaw = true;
    entry.childrenHeard = true;
    entry.childrenSeemed = QStringLiteral("Quiet, Mia went to her room");
    entry.ending = QStringLiteral("walked-away");
    entry.feelingNow = QStringLiteral("Shaky but calmer");
    entry.helped = QStringLiteral("Breathing in the garden");
    entry.note = QStringLiteral("Ça s'est mal passé — он опять кричал, 我们又吵架了 😢");
    return entry;
}

JournalEntry goodDay()
{
    JournalEntry entry;
    entry.id = QStringLiteral("a8b7c6d5-e4f3-4a2b-8c1d-0e9f8a7b6c5d");
    entry.kind = JournalEntry::Kind::GoodDay;
    entry.when = QDateTime(QDate(2024, 3, 10), QTime(8, 0, 0, 1), Qt::UTC);
    entry.withWhom = QStringLiteral("partner");
    entry.how = QStringLiteral("face-to-face");
    entry.about = {QStringLiteral("school-choices")};
    entry.heat = 0;
    entry.happened = {QStringLiteral("listened")};
    entry.childrenThere = false;
    entry.childrenSaw = false;
    entry.childrenHeard = false;
    entry.childrenSeemed = QStringLiteral("Happy, laughing at breakfast");
    entry.ending = QStringLiteral("sorted-out");
    entry.feelingNow = QStringLiteral("Relieved, hopeful");
    entry.helped = QStringLiteral("Talking after the kids were asleep");
    entry.note = QStringLiteral("Zoë drew us a picture ♥");
    return entry;
}

JournalEntry phoneCall()
{
    JournalEntry entry = argument();
    entry.id = QStringLiteral("entry-7");
    entry.when = QDateTime(QDate(2023, 12, 31), QTime(23, 59, 59, 999), Qt::UTC);
    entry.how = QStringLiteral("phone-or-video");
    entry.withWhom = QStringLiteral("other-family");
    entry.about = {QStringLiteral("in-laws"), QStringLiteral("holidays"), QStringLiteral("parenting")};
    entry.heat = 2;
    entry.childrenSaw = false;
    entry.ending = QStringLiteral("agreed-to-differ");
    entry.note = QStringLiteral("Grandma's Christmas plans again.\nSecond line, tab\there, \"quotes\".");
    return entry;
}

const QList<JournalEntry> kEntries = {argument(), goodDay(), phoneCall()};

// A backup built by hand from the documented format, so a payload of any shape can be tested.
QByteArray handMade(const QByteArray &payload, const QString &passphrase = kPassphrase, int version = 1)
{
    const std::optional<SecretKey> key = SecretKey::random();
    REQUIRE(key);
    const QByteArray wrapped = wrapWithPin(*key, passphrase, PinWrapCost::fastest());
    REQUIRE_FALSE(wrapped.isEmpty());
    QByteArray header("CGJB");
    header.append(char(version));
    const quint32 length = qToBigEndian(quint32(wrapped.size()));
    header.append(reinterpret_cast<const char *>(&length), sizeof length);
    header.append(wrapped);
    return header + seal(*key, payload, header);
}

// ISO/IEC 7816-4 padding to a multiple of 4096 bytes, as the format describes.
QByteArray padded(QByteArray json)
{
    json.append(char(0x80));
    while (json.size() % 4096 != 0)
        json.append('\0');
    return json;
}

QByteArray payloadOf(const QJsonArray &entries)
{
    return padded(QJsonDocument(QJsonObject{{QStringLiteral("entries"), entries}}).toJson(QJsonDocument::Compact));
}

QJsonObject saved(const QJsonValue &id, const QJsonValue &entry)
{
    return {{QStringLiteral("id"), id}, {QStringLiteral("entry"), entry}};
}

} // namespace

TEST_CASE("a backup brings back every entry, every field and every id, in saved order")
{
    const QByteArray file = backupOf(kEntries);
    CHECK(file.startsWith("CGJB"));
    CHECK(file.at(4) == char(journalBackupVersion));

    const BackupReadResult result = readJournalBackup(file, kPassphrase);
    CHECK_FALSE(result.problem);
    REQUIRE(result.entries);
    REQUIRE(result.entries->size() == 3);
    for (int i = 0; i < 3; ++i) {
        INFO("entry " << i);
        const JournalEntry &back = result.entries->at(i);
        const JournalEntry &original = kEntries.at(i);
        CHECK(back.id == original.id);
        CHECK(back.kind == original.kind);
        CHECK(back.when == original.when);
        CHECK(back.when.toMSecsSinceEpoch() == original.when.toMSecsSinceEpoch());
        CHECK(back.withWhom == original.withWhom);
        CHECK(back.how == original.how);
        CHECK(back.about == original.about);
        CHECK(back.heat == original.heat);
        CHECK(back.happened == original.happened);
        CHECK(back.childrenThere == original.childrenThere);
        CHECK(back.childrenSaw == original.childrenSaw);
        CHECK(back.childrenHeard == original.childrenHeard);
        CHECK(back.childrenSeemed == original.childrenSeemed);
        CHECK(back.ending == original.ending);
        CHECK(back.feelingNow == original.feelingNow);
        CHECK(back.helped == original.helped);
        CHECK(back.note == original.note);
        CHECK(back == original);
    }
}

TEST_CASE("an empty journal backs up and comes back empty")
{
    const QByteArray file = backupOf({});
    const BackupReadResult result = readJournalBackup(file, kPassphrase);
    CHECK_FALSE(result.problem);
    REQUIRE(result.entries);
    CHECK(result.entries->isEmpty());
    CHECK(readJournalBackup(file, QStringLiteral("something else")).problem == BackupProblem::WrongPassphrase);
}

TEST_CASE("an entry that was never saved gets an id in the backup, so it still reads back")
{
    JournalEntry unsaved = goodDay();
    unsaved.id.clear();
    const BackupReadResult result = readJournalBackup(backupOf({argument(), unsaved}), kPassphrase);
    REQUIRE(result.entries);
    REQUIRE(result.entries->size() == 2);
    CHECK(result.entries->at(0) == argument());
    CHECK_FALSE(result.entries->at(1).id.isEmpty());
    JournalEntry back = result.entries->at(1);
    back.id.clear();
    CHECK(back == unsaved);
}

TEST_CASE("two backups of the same entries share nothing but the header's first bytes")
{
    const QByteArray first = backupOf(kEntries);
    const QByteArray second = backupOf(kEntries);
    CHECK(first != second);
    CHECK(first.size() == second.size());
    // Fresh key, fresh salt, fresh nonce: beyond the fixed fields the bytes look unrelated.
    const qsizetype sealedAt = kHeaderSize + wrappedKeySize(first);
    CHECK(first.mid(sealedAt, 64) != second.mid(sealedAt, 64));
    CHECK(first.right(32) != second.right(32));
    CHECK(readJournalBackup(first, kPassphrase).entries == readJournalBackup(second, kPassphrase).entries);
}

TEST_CASE("the backup shows none of the words, topics, ids or even field names")
{
    const QByteArray file = backupOf(kEntries);
    for (const JournalEntry &entry : kEntries) {
        for (const QString &words : {entry.note, entry.childrenSeemed, entry.feelingNow, entry.helped, entry.id}) {
            INFO(words.toStdString());
            CHECK_FALSE(file.contains(words.toUtf8()));
            CHECK_FALSE(file.contains(words.left(8).toUtf8()));
        }
        for (const QString &key : entry.about + entry.happened + QStringList{entry.withWhom, entry.how, entry.ending}) {
            INFO(key.toStdString());
            CHECK_FALSE(file.contains(key.toUtf8()));
        }
    }
    for (const char *name : {"entries", "entry", "note", "about", "money", "children", "2024-03"})
        CHECK_FALSE(file.contains(name));
}

TEST_CASE("the file's size does not tell how many entries it holds")
{
    const QByteArray none = backupOf({});
    const QByteArray one = backupOf({goodDay()});
    const QByteArray three = backupOf(kEntries);
    CHECK(none.size() == one.size());
    CHECK(one.size() == three.size());
}

TEST_CASE("a wrong passphrase opens nothing")
{
    const QByteArray file = backupOf(kEntries);
    for (const QString &wrong : {QStringLiteral("blue kettle on a sunday"), QStringLiteral("blue kettle on a Sunday "),
                                 QStringLiteral("x"), QString()}) {
        INFO(wrong.toStdString());
        const BackupReadResult result = readJournalBackup(file, wrong);
        CHECK_FALSE(result.entries);
        CHECK(result.problem == BackupProblem::WrongPassphrase);
    }
}

TEST_CASE("an empty passphrase makes no backup")
{
    CHECK(makeJournalBackup(kEntries, QString(), PinWrapCost::fastest()).isEmpty());
    CHECK(readJournalBackup(QByteArray(), kPassphrase).problem == BackupProblem::NotABackup);
}

TEST_CASE("any single changed byte, anywhere in the file, opens nothing and says what is wrong")
{
    const QByteArray file = backupOf(kEntries);
    const qsizetype sealedAt = kHeaderSize + wrappedKeySize(file);
    REQUIRE(sealedAt < file.size());
    // The wrapped key (pinwrap.cpp) is "CGPK", a format number, 8 bytes of operations, 8 of
    // memory, a 16-byte salt, then the sealed key.
    for (const char mask : {char(0x01), char(0x80)}) {
        // Every byte of the header, the wrapped key and the payload's start, then every 13th
        // (the payload is one sealed block: any change to it fails alike), and the last bytes.
        for (qsizetype at = 0; at < file.size(); at += (at < sealedAt + 64 || at >= file.size() - 32) ? 1 : 13) {
            QByteArray changed = file;
            changed[at] = char(changed[at] ^ mask);
            const BackupReadResult result = readJournalBackup(changed, kPassphrase);
            INFO("byte " << at << " of " << file.size() << ", mask " << int(quint8(mask)));
            REQUIRE_FALSE(result.entries);
            REQUIRE(result.problem);
            const BackupProblem problem = *result.problem;
            if (at < 4) {
                CHECK(problem == BackupProblem::NotABackup);
            } else if (at == 4) {  // the version: 0 is no version at all, above 1 is from a newer app
                CHECK(problem == (mask == char(0x01) ? BackupProblem::Damaged : BackupProblem::NewerVersion));
            } else if (at < kHeaderSize || (at >= kHeaderSize + 5 && at < kHeaderSize + 21)) {
                // The length, or the wrapped key's cost: cut or unreadable, or a wrong key made
                CHECK((problem == BackupProblem::Damaged || problem == BackupProblem::WrongPassphrase));
            } else if (at < kHeaderSize + 5) {  // the wrapped key's own "CGPK" and format number
                CHECK(problem == BackupProblem::Damaged);
            } else if (at < sealedAt) {  // its salt or sealed key: as if the passphrase were wrong
                CHECK(problem == BackupProblem::WrongPassphrase);
            } else {  // the key came out, so a payload that fails to open was changed
                CHECK(problem == BackupProblem::Damaged);
            }
        }
    }
}

TEST_CASE("a backup cut short at any length opens nothing")
{
    const QByteArray file = backupOf(kEntries);
    const qsizetype wrapped = wrappedKeySize(file);
    const qsizetype sealedAt = kHeaderSize + wrapped;
    const std::set<qsizetype> notABackup = {0, 1, 3, 4};
    const std::set<qsizetype> damaged = {5,
                                         8,
                                         kHeaderSize,
                                         kHeaderSize + 1,
                                         kHeaderSize + wrapped / 2,
                                         sealedAt - 1,
                                         sealedAt,
                                         sealedAt + 10,
                                         sealedAt + 40,
                                         sealedAt + (file.size() - sealedAt) / 2,
                                         file.size() - 16,
                                         file.size() - 1};
    for (qsizetype length : notABackup) {
        INFO("cut to " << length);
        const BackupReadResult result = readJournalBackup(file.left(length), kPassphrase);
        CHECK_FALSE(result.entries);
        CHECK(result.problem == BackupProblem::NotABackup);
    }
    for (qsizetype length : damaged) {
        INFO("cut to " << length << " of " << file.size());
        const BackupReadResult result = readJournalBackup(file.left(length), kPassphrase);
        CHECK_FALSE(result.entries);
        CHECK(result.problem == BackupProblem::Damaged);
    }
    // Bytes added at the end are damage too: they fail the seal.
    CHECK(readJournalBackup(file + QByteArray(1, '\0'), kPassphrase).problem == BackupProblem::Damaged);
}

TEST_CASE("a backup from a newer app says so, even with the right passphrase, before reading further")
{
    const QByteArray file = backupOf(kEntries);
    for (int version : {journalBackupVersion + 1, 0x7F, 0xFF}) {
        QByteArray newer = file;
        newer[4] = char(version);
        INFO("version " << version);
        BackupReadResult result = readJournalBackup(newer, kPassphrase);
        CHECK_FALSE(result.entries);
        CHECK(result.problem == BackupProblem::NewerVersion);
        // A newer app may lay out the rest differently: only the magic and version are needed.
        result = readJournalBackup(newer.left(5), kPassphrase);
        CHECK(result.problem == BackupProblem::NewerVersion);
        CHECK(readJournalBackup(newer, QStringLiteral("wrong")).problem == BackupProblem::NewerVersion);
    }
    QByteArray zero = file;
    zero[4] = char(0);
    CHECK(readJournalBackup(zero, kPassphrase).problem == BackupProblem::Damaged);
}

TEST_CASE("other files are not mistaken for a backup")
{
    const QByteArray png = QByteArray::fromHex("89504e470d0a1a0a0000000d49484452000000100000001008060000001ff3ff61");
    const QByteArray csv = "date,kind,with,heat,note\n2024-03-09,argument,partner,4,\"money again\"\n";
    const std::optional<SecretKey> key = SecretKey::random();
    REQUIRE(key);
    const QByteArray pinFile = wrapWithPin(*key, kPassphrase, PinWrapCost::fastest());
    REQUIRE(pinFile.startsWith("CGPK"));
    for (const QByteArray &other : {png, csv, pinFile, QByteArray("CGJ"), QByteArray("cgjb\x01\x00\x00\x00\x10")}) {
        INFO(other.left(8).toHex().toStdString());
        const BackupReadResult result = readJournalBackup(other, kPassphrase);
        CHECK_FALSE(result.entries);
        CHECK(result.problem == BackupProblem::NotABackup);
    }
}

TEST_CASE("a backup built by hand to the documented format reads, and any wrong shape inside is damage")
{
    const QJsonObject good = journalEntryToJson(goodDay());
    const BackupReadResult made = readJournalBackup(handMade(payloadOf({saved(goodDay().id, good)})), kPassphrase);
    REQUIRE(made.entries);
    REQUIRE(made.entries->size() == 1);
    CHECK(made.entries->front() == goodDay());
    CHECK(readJournalBackup(handMade(payloadOf({})), kPassphrase).entries == QList<JournalEntry>());

    QJsonObject noTime = good;
    noTime.remove(QStringLiteral("when"));
    QJsonObject badKind = good;
    badKind[QStringLiteral("kind")] = QStringLiteral("fight");
    const QByteArray goodJson =
        QJsonDocument(QJsonObject{{QStringLiteral("entries"), QJsonArray{saved(goodDay().id, good)}}})
            .toJson(QJsonDocument::Compact);

    const QList<QPair<const char *, QByteArray>> broken = {
        {"not JSON", padded("this is not json")},
        {"JSON cut short", padded(goodJson.left(goodJson.size() - 3))},
        {"an array at the top", padded("[]")},
        {"no entries list", padded("{}")},
        {"entries not a list", padded(R"({"entries": {}})")},
        {"an entry not an object", payloadOf({QStringLiteral("hello")})},
        {"an entry with no id", payloadOf({QJsonObject{{QStringLiteral("entry"), good}}})},
        {"an entry with an empty id", payloadOf({saved(QString(), good)})},
        {"an entry with a number for an id", payloadOf({saved(7, good)})},
        {"an entry with no body", payloadOf({QJsonObject{{QStringLiteral("id"), QStringLiteral("x")}}})},
        {"an entry with no time", payloadOf({saved(QStringLiteral("x"), noTime)})},
        {"an entry of an unknown kind", payloadOf({saved(QStringLiteral("x"), badKind)})},
        {"one bad entry after a good one", payloadOf({saved(goodDay().id, good), saved(QString(), good)})},
        {"no padding", goodJson},
        {"nothing at all", QByteArray()},
    };
    for (const auto &[what, payload] : broken) {
        INFO(what);
        const BackupReadResult result = readJournalBackup(handMade(payload), kPassphrase);
        CHECK_FALSE(result.entries);
        CHECK(result.problem == BackupProblem::Damaged);
    }
    // There never was a version 0: even a well-sealed one is not read as version 1.
    const QByteArray versionZero = handMade(payloadOf({saved(goodDay().id, good)}), kPassphrase, 0);
    CHECK_FALSE(readJournalBackup(versionZero, kPassphrase).entries);
    CHECK(readJournalBackup(versionZero, kPassphrase).problem == BackupProblem::Damaged);
    // The header is bound to the payload: a payload sealed for another header does not open.
    const QByteArray one = handMade(payloadOf({}));
    const QByteArray other = backupOf({});
    const qsizetype oneSealedAt = kHeaderSize + wrappedKeySize(one);
    const qsizetype otherSealedAt = kHeaderSize + wrappedKeySize(other);
    CHECK(readJournalBackup(one.left(oneSealedAt) + other.mid(otherSealedAt), kPassphrase).problem
          == BackupProblem::Damaged);
}

TEST_CASE("the app's own passphrase cost works end to end")
{
    const QByteArray file = makeJournalBackup({goodDay()}, kPassphrase);
    REQUIRE_FALSE(file.isEmpty());
    const BackupReadResult result = readJournalBackup(file, kPassphrase);
    REQUIRE(result.entries);
    CHECK(*result.entries == QList<JournalEntry>{goodDay()});
}
