#include "catchqtstrings.h"
#include "crypto/keyfilestore.h"
#include "crypto/pinwrap.h"
#include "crypto/privatevault.h"
#include "core/privatedatalock.h"
#include "crypto/sealedbox.h"
#include "crypto/secretkey.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QTemporaryDir>

#include <memory>

using namespace cg;

namespace {

SecretKey newKey()
{
    std::optional<SecretKey> key = SecretKey::random();
    REQUIRE(key);
    return std::move(*key);
}

const QByteArray kNote = "We argued about money again. I walked out.";
const QByteArray kWhere = "journal_entries/42/note";

} // namespace

TEST_CASE("a sealed note opens with its key and place, and never shows its words")
{
    const SecretKey key = newKey();
    const QByteArray sealed = seal(key, kNote, kWhere);
    CHECK_FALSE(sealed.contains("money"));
    CHECK(sealed.size() == kNote.size() + 24 + 16);  // nonce in front, tag behind
    CHECK(open(key, sealed, kWhere) == kNote);
    // The same words sealed twice look different, so equal notes cannot be spotted.
    CHECK(seal(key, kNote, kWhere) != sealed);
    CHECK(open(key, seal(key, QByteArray(), kWhere), kWhere) == QByteArray());
}

TEST_CASE("a wrong key, another place, a changed byte or a cut value never opens")
{
    const SecretKey key = newKey();
    const QByteArray sealed = seal(key, kNote, kWhere);
    CHECK_FALSE(open(newKey(), sealed, kWhere));
    CHECK_FALSE(open(key, sealed, QByteArrayLiteral("journal_entries/43/note")));
    for (qsizetype at : {qsizetype(0), qsizetype(30), sealed.size() - 1}) {
        QByteArray changed = sealed;
        changed[at] = char(changed[at] ^ 0x01);
        INFO("byte " << at);
        CHECK_FALSE(open(key, changed, kWhere));
    }
    CHECK_FALSE(open(key, sealed.left(sealed.size() - 1), kWhere));
    CHECK_FALSE(open(key, sealed.left(10), kWhere));
    CHECK_FALSE(open(key, QByteArray(), kWhere));
}

TEST_CASE("keys are random, move-only, and made only from the right number of bytes")
{
    const SecretKey first = newKey();
    const SecretKey second = newKey();
    CHECK(first.toBytes() != second.toBytes());
    CHECK(first.toBytes().size() == 32);
    CHECK_FALSE(SecretKey::fromBytes(QByteArray(31, 'x')));
    CHECK_FALSE(SecretKey::fromBytes(QByteArray(33, 'x')));
    const std::optional<SecretKey> copy = SecretKey::fromBytes(first.toBytes());
    REQUIRE(copy);
    CHECK(open(*copy, seal(first, kNote, kWhere), kWhere) == kNote);

    SecretKey moved = newKey();
    const QByteArray bytes = moved.toBytes();
    SecretKey target = std::move(moved);
    CHECK(target.toBytes() == bytes);
    QByteArray secret = bytes;
    wipe(secret);
    CHECK(secret == QByteArray(32, '\0'));
}

TEST_CASE("a data key wrapped with a PIN comes back only with that PIN")
{
    const SecretKey dataKey = newKey();
    const QByteArray wrapped = wrapWithPin(dataKey, QStringLiteral("2468"), PinWrapCost::fastest());
    REQUIRE_FALSE(wrapped.isEmpty());
    CHECK_FALSE(wrapped.contains(dataKey.toBytes()));

    UnwrapResult right = unwrapWithPin(wrapped, QStringLiteral("2468"));
    REQUIRE(right.key);
    CHECK_FALSE(right.problem);
    CHECK(right.key->toBytes() == dataKey.toBytes());

    const UnwrapResult wrong = unwrapWithPin(wrapped, QStringLiteral("2469"));
    CHECK_FALSE(wrong.key);
    CHECK(wrong.problem == UnwrapProblem::WrongPin);
    // The same PIN wraps differently each time (a new salt), so two phones' files never match.
    CHECK(wrapWithPin(dataKey, QStringLiteral("2468"), PinWrapCost::fastest()) != wrapped);
}

TEST_CASE("a damaged, cut, foreign or newer wrapped key is refused as unreadable or wrong, never opened")
{
    const SecretKey dataKey = newKey();
    const QByteArray wrapped = wrapWithPin(dataKey, QStringLiteral("2468"), PinWrapCost::fastest());
    CHECK(unwrapWithPin(QByteArray(), QStringLiteral("2468")).problem == UnwrapProblem::Unreadable);
    CHECK(unwrapWithPin(wrapped.left(10), QStringLiteral("2468")).problem == UnwrapProblem::Unreadable);
    CHECK(unwrapWithPin("not a key file at all, just words", QStringLiteral("2468")).problem == UnwrapProblem::Unreadable);

    QByteArray newer = wrapped;
    newer[4] = char(2);  // the format number after the magic
    CHECK(unwrapWithPin(newer, QStringLiteral("2468")).problem == UnwrapProblem::Unreadable);

    // A cost raised in the file would make the phone work for minutes: refused, not tried.
    QByteArray greedy = wrapped;
    greedy[5] = char(0x7F);  // top byte of the operations count
    CHECK(unwrapWithPin(greedy, QStringLiteral("2468")).problem == UnwrapProblem::Unreadable);

    // The salt is bound to the sealed key: changing it fails as a wrong PIN would.
    QByteArray salted = wrapped;
    salted[25] = char(salted[25] ^ 0x01);
    CHECK(unwrapWithPin(salted, QStringLiteral("2468")).problem == UnwrapProblem::WrongPin);
    QByteArray tail = wrapped;
    tail[tail.size() - 1] = char(tail[tail.size() - 1] ^ 0x01);
    CHECK(unwrapWithPin(tail, QStringLiteral("2468")).problem == UnwrapProblem::WrongPin);
}

TEST_CASE("the app's own cost works end to end")
{
    const SecretKey dataKey = newKey();
    const QByteArray wrapped = wrapWithPin(dataKey, QStringLiteral("135790"));
    UnwrapResult result = unwrapWithPin(wrapped, QStringLiteral("135790"));
    REQUIRE(result.key);
    CHECK(result.key->toBytes() == dataKey.toBytes());
}

TEST_CASE("the desktop key file is readable only by its owner, and survives being read back")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("journal.key"));
    KeyFileStore store(path);
    CHECK_FALSE(store.load());
    CHECK(store.error().isEmpty());  // none yet is not a problem

    const QByteArray key(32, '\x5A');
    REQUIRE(store.save(key));
    const QFileDevice::Permissions permissions = QFile::permissions(path);
    CHECK(permissions.testFlags(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    CHECK_FALSE(permissions.testAnyFlags(QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther
                                         | QFileDevice::WriteOther | QFileDevice::ExeOwner));
    CHECK(KeyFileStore(path).load() == key);

    REQUIRE(store.save(QByteArray(32, '\x11')));
    CHECK(store.load() == QByteArray(32, '\x11'));
    REQUIRE(store.erase());
    CHECK_FALSE(QFile::exists(path));
    CHECK(store.erase());  // nothing left is fine
}

TEST_CASE("a key file others can read is refused with a clear error, and one in a missing folder is not saved")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("journal.key"));
    KeyFileStore store(path);
    REQUIRE(store.save(QByteArray(32, 'k')));
    REQUIRE(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadOther));
    CHECK_FALSE(store.load());
    CHECK(store.error().contains(QStringLiteral("readable only by you")));

    KeyFileStore nowhere(dir.filePath(QStringLiteral("no/such/folder/journal.key")));
    CHECK_FALSE(nowhere.save(QByteArray(32, 'k')));
    CHECK_FALSE(nowhere.error().isEmpty());
}

namespace {

struct VaultSetup {
    QTemporaryDir dir;
    KeyFileStore deviceStore{dir.filePath(QStringLiteral("journal.key"))};
    PrivateDataLock lock;
    QString pinFile = dir.filePath(QStringLiteral("journal.pinkey"));

    std::unique_ptr<PrivateVault> vault()
    {
        return std::make_unique<PrivateVault>(deviceStore, pinFile, lock, PinWrapCost::fastest());
    }
};

} // namespace

TEST_CASE("without a PIN the vault makes its key on first use and opens with it after a restart")
{
    VaultSetup setup;
    QByteArray sealed;
    {
        auto vault = setup.vault();
        CHECK_FALSE(vault->key());
        REQUIRE(vault->open());
        REQUIRE(vault->key());
        sealed = seal(*vault->key(), kNote, kWhere);
    }
    auto again = setup.vault();
    REQUIRE(again->open());
    CHECK(open(*again->key(), sealed, kWhere) == kNote);
}

TEST_CASE("locking (quick exit) wipes the key from memory at once")
{
    VaultSetup setup;
    auto vault = setup.vault();
    REQUIRE(vault->open());
    setup.lock.lock();
    CHECK_FALSE(vault->key());
    REQUIRE(vault->open());
    CHECK(vault->key());
}

TEST_CASE("with a PIN the key leaves the key store and opens only with that PIN")
{
    VaultSetup setup;
    auto vault = setup.vault();
    REQUIRE(vault->open());
    const QByteArray sealed = seal(*vault->key(), kNote, kWhere);
    REQUIRE(vault->setPin(QStringLiteral("4321")));
    CHECK(vault->hasPin());
    CHECK_FALSE(QFile::exists(setup.dir.filePath(QStringLiteral("journal.key"))));

    auto later = setup.vault();
    CHECK_FALSE(later->open());  // a PIN is needed now
    CHECK_FALSE(later->unlock(QStringLiteral("1234")));
    CHECK(later->problem() == UnwrapProblem::WrongPin);
    CHECK_FALSE(later->key());
    REQUIRE(later->unlock(QStringLiteral("4321")));
    CHECK(open(*later->key(), sealed, kWhere) == kNote);

    REQUIRE(later->removePin());
    CHECK_FALSE(later->hasPin());
    auto withoutPin = setup.vault();
    REQUIRE(withoutPin->open());
    CHECK(open(*withoutPin->key(), sealed, kWhere) == kNote);
}

TEST_CASE("a damaged PIN key file says so and opens nothing")
{
    VaultSetup setup;
    auto vault = setup.vault();
    REQUIRE(vault->open());
    REQUIRE(vault->setPin(QStringLiteral("4321")));
    QFile file(setup.pinFile);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write("garbage");
    file.close();
    auto later = setup.vault();
    CHECK_FALSE(later->unlock(QStringLiteral("4321")));
    CHECK(later->problem() == UnwrapProblem::Unreadable);
}

TEST_CASE("forgetting the key (the reset for a forgotten PIN) leaves nothing that opens the old data")
{
    VaultSetup setup;
    auto vault = setup.vault();
    REQUIRE(vault->open());
    const QByteArray sealed = seal(*vault->key(), kNote, kWhere);
    REQUIRE(vault->setPin(QStringLiteral("4321")));
    REQUIRE(vault->forgetKey());
    CHECK_FALSE(vault->key());
    CHECK_FALSE(vault->hasPin());
    REQUIRE(vault->open());  // a fresh start, with a new key
    CHECK_FALSE(open(*vault->key(), sealed, kWhere));
}
