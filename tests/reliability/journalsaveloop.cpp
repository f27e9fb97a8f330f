// Saves journal entries forever, the way the app does, so tst_reliability can kill it (SIGKILL) at
// a random moment and check what it had acknowledged. Opens the database and the vault in the data
// folder (key file <dir>/journal.key, PIN file <dir>/journal.pin, no PIN), then loops: a new entry,
// or now and then an edit of one saved earlier (this run or a run before; only edits once there
// are 1,500 entries), with notes from none to a few KB. Around every save it writes one line to
// stdout and flushes it:
//
//   saving new <sha256>        about to save a new entry (its id is not known yet)
//   saving <id> <sha256>       about to save an edit of <id>
//   saved <id> <sha256>        the save returned: this is what <id> must hold from now on
//
// <sha256> is the hex SHA-256 of the entry's compact JSON (journalEntryToJson), the form that is
// sealed. Exits 1 with a message on stderr when anything fails; it never exits on its own otherwise.
//
//   journal-save-loop DIR [--seed N]
#include "core/privatedatalock.h"
#include "crypto/keyfilestore.h"
#include "crypto/privatevault.h"
#include "storage/appschema.h"
#include "storage/database.h"
#include "storage/sqlitejournalstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QJsonDocument>
#include <QRandomGenerator>

#include <cstdio>

namespace {

using namespace cg;

// Beyond this many entries it only edits, so on a fast disk the journal (and the test's check of
// it after every kill) stops growing.
constexpr qsizetype kMostEntries = 1500;

const QStringList kWith{"partner", "ex-or-co-parent", "other-family"};
const QStringList kHow{"face-to-face", "text-or-messages", "phone-or-video"};
const QStringList kAbout{"money", "chores", "parenting", "childrens-arrangements", "family-and-in-laws", "work",
                         "time-together", "phones-and-social-media", "other"};
const QStringList kHappened{"raised-voices", "silent-treatment", "walked-out", "blaming", "name-calling"};
const QStringList kEndings{"sorted-out", "agreed-to-differ", "unresolved", "walked-away", "made-up-later"};
// Plain words with a few that are not ASCII, so the notes are real UTF-8.
const QStringList kWords{"we", "argued", "about", "the", "school", "run", "again", "and", "I", "felt", "tired",
                         "money", "weekend", "handover", "late", "café", "naïve", "it’s", "“fine”", "😔", "calmer",
                         "phone", "bedtime", "kids", "listened", "walked", "away", "sorted", "later", "—", "Zoë"};

QString words(QRandomGenerator &random, int maxChars)
{
    QString text;
    while (text.size() < maxChars) {
        if (!text.isEmpty())
            text += random.bounded(12) == 0 ? QStringLiteral(". ") : QStringLiteral(" ");
        text += kWords.at(random.bounded(kWords.size()));
    }
    return text.left(maxChars);
}

QStringList some(QRandomGenerator &random, const QStringList &choices, int most)
{
    QStringList picked;
    const int count = random.bounded(most + 1);
    for (int i = 0; i < count; ++i) {
        const QString &choice = choices.at(random.bounded(choices.size()));
        if (!picked.contains(choice))
            picked << choice;
    }
    return picked;
}

JournalEntry madeUpEntry(QRandomGenerator &random)
{
    JournalEntry entry;
    entry.kind = random.bounded(4) == 0 ? JournalEntry::Kind::GoodDay : JournalEntry::Kind::Argument;
    // Any moment in the past year, to the millisecond (the JSON keeps milliseconds).
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    entry.when = QDateTime::fromMSecsSinceEpoch(now - qint64(random.bounded(365 * 24 * 3600)) * 1000
                                                    - random.bounded(1000),
                                                Qt::UTC);
    entry.withWhom = kWith.at(random.bounded(kWith.size()));
    entry.how = kHow.at(random.bounded(kHow.size()));
    entry.about = some(random, kAbout, 3);
    if (entry.kind == JournalEntry::Kind::Argument) {
        entry.heat = 1 + random.bounded(5);
        entry.happened = some(random, kHappened, 3);
        entry.childrenThere = random.bounded(3) == 0;
        entry.childrenSaw = random.bounded(4) == 0;
        entry.childrenHeard = random.bounded(3) == 0;
        entry.childrenSeemed = random.bounded(2) ? words(random, 60) : QString();
        entry.ending = kEndings.at(random.bounded(kEndings.size()));
        entry.feelingNow = words(random, 30);
    }
    entry.helped = random.bounded(2) ? words(random, 80) : QString();
    // Notes from none to a few KB: mostly short, some long.
    const int size = random.bounded(10);
    const int noteChars = size < 5 ? random.bounded(200) : size < 9 ? random.bounded(1500) : 1500 + random.bounded(2600);
    entry.note = words(random, noteChars);
    return entry;
}

QByteArray checksum(const JournalEntry &entry)
{
    return QCryptographicHash::hash(QJsonDocument(journalEntryToJson(entry)).toJson(QJsonDocument::Compact),
                                    QCryptographicHash::Sha256)
        .toHex();
}

void say(const QByteArray &line)
{
    std::fwrite(line.constData(), 1, size_t(line.size()), stdout);
    std::fflush(stdout);
}

int fail(const QString &why)
{
    std::fprintf(stderr, "journal-save-loop: %s\n", qPrintable(why));
    return 1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication application(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Saves journal entries until it is killed."));
    parser.addHelpOption();
    const QCommandLineOption seedOption(QStringLiteral("seed"), QStringLiteral("Random seed."), QStringLiteral("N"));
    parser.addOption(seedOption);
    parser.addPositionalArgument(QStringLiteral("dir"), QStringLiteral("The data folder."));
    parser.process(application);
    if (parser.positionalArguments().size() != 1)
        return fail(QStringLiteral("give one data folder"));
    const QDir dir(parser.positionalArguments().first());
    QRandomGenerator random = parser.isSet(seedOption) ? QRandomGenerator(parser.value(seedOption).toUInt())
                                                       : QRandomGenerator(QRandomGenerator::system()->generate());

    Database database;
    if (!database.open(dir.filePath(QStringLiteral("commonground.sqlite")), appMigrations()))
        return fail(database.error());
    KeyFileStore keys(dir.filePath(QStringLiteral("journal.key")));
    PrivateDataLock lock;
    PrivateVault vault(keys, dir.filePath(QStringLiteral("journal.pin")), lock, PinWrapCost::fastest());
    if (!vault.open())
        return fail(vault.error());
    SqliteJournalStore store(database.connection(), vault);

    // Entries saved by earlier runs can be edited too.
    const auto existing = store.loadAll();
    if (!existing)
        return fail(store.lastError());
    QList<JournalEntry> saved = *existing;

    for (;;) {
        const bool edit = !saved.isEmpty() && (saved.size() >= kMostEntries || random.bounded(4) == 0);
        JournalEntry entry = madeUpEntry(random);
        if (edit) {
            const JournalEntry &earlier = saved.at(random.bounded(saved.size()));
            entry.id = earlier.id;
            entry.when = earlier.when;
        }
        const QByteArray sum = checksum(entry);
        say("saving " + (edit ? entry.id.toUtf8() : QByteArrayLiteral("new")) + ' ' + sum + '\n');
        const std::optional<QString> id = store.save(entry);
        if (!id)
            return fail(store.lastError());
        say("saved " + id->toUtf8() + ' ' + sum + '\n');
        if (!edit) {
            entry.id = *id;
            saved << entry;
        }
    }
}
