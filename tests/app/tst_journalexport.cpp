#include "catchqtstrings.h"
#include "core/privatedatalock.h"
#include "crypto/journalbackup.h"
#include "crypto/keyfilestore.h"
#include "crypto/privatevault.h"
#include "models/journalcontroller.h"
#include "models/journalexport.h"
#include "shell/pdfmaker.h"
#include "storage/appschema.h"
#include "storage/database.h"
#include "storage/sqlitejournalstore.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QTemporaryDir>

using namespace cg;

namespace {

const QDateTime kNow(QDate(2026, 11, 22), QTime(20, 30));

// One install of the app's journal: its own folder, database, key and export.
struct Install {
    QTemporaryDir dir;
    KeyFileStore keys{dir.filePath(QStringLiteral("journal.key"))};
    PrivateDataLock lock;
    PrivateVault vault{keys, dir.filePath(QStringLiteral("journal.pin")), lock, PinWrapCost::fastest()};
    Database db;
    SealedJournalBackupCodec codec{PinWrapCost::fastest()};
    std::unique_ptr<SqliteJournalStore> store;
    std::unique_ptr<JournalController> journal;
    std::unique_ptr<JournalExport> exporter;

    Install()
    {
        REQUIRE(db.open(dir.filePath(QStringLiteral("app.sqlite")), appMigrations()));
        store = std::make_unique<SqliteJournalStore>(db.connection(), vault);
        journal = std::make_unique<JournalController>(*store, vault, lock, [] { return kNow; },
                                                      [](const QString &) { return QString(); });
        exporter = std::make_unique<JournalExport>(*journal, *store, codec, htmlToPdf, [] { return kNow.date(); });
        journal->openIfNoPin();
        REQUIRE(journal->isOpen());
    }

    void note(const QString &text, int daysAgo = 0)
    {
        JournalEntry entry;
        entry.when = kNow.addDays(-daysAgo);
        entry.about = {QStringLiteral("money")};
        entry.heat = 3;
        entry.note = text;
        REQUIRE(store->save(entry));
        journal->refresh();
    }

    QUrl file(const QString &name) const { return QUrl::fromLocalFile(dir.filePath(name)); }
    int count() const { return int(journal->loadedEntries().size()); }
};

QByteArray read(const QUrl &url)
{
    QFile file(url.toLocalFile());
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

} // namespace

TEST_CASE("the spreadsheet has a header and one row per entry, in words, with formulas kept as text")
{
    Install install;
    install.note(QStringLiteral("He said \"fine\", then left"), 2);
    install.note(QStringLiteral("=HYPERLINK(\"http://example.invalid\")"));
    REQUIRE(install.exporter->saveCsv(install.file(QStringLiteral("entries.csv"))));
    const QByteArray bytes = read(install.file(QStringLiteral("entries.csv")));
    CHECK(bytes.startsWith("\xEF\xBB\xBF" "Date,Time,Kind,"));
    const QString csv = QString::fromUtf8(bytes);
    const QStringList lines = csv.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 3);
    CHECK(lines[1].contains(QStringLiteral(",Money,3,")));
    CHECK(lines[1].endsWith(QStringLiteral("\"He said \"\"fine\"\", then left\"")));
    CHECK(lines[2].endsWith(QStringLiteral("\"'=HYPERLINK(\"\"http://example.invalid\"\")\"")));
}

TEST_CASE("the summary is a PDF")
{
    Install install;
    install.note(QStringLiteral("A note for the summary"));
    REQUIRE(install.exporter->saveSummary(install.file(QStringLiteral("summary.pdf"))));
    CHECK(read(install.file(QStringLiteral("summary.pdf"))).startsWith("%PDF-"));
}

TEST_CASE("a folder that cannot be written says so and the journal is unchanged")
{
    Install install;
    install.note(QStringLiteral("still here"));
    CHECK_FALSE(install.exporter->saveCsv(QUrl::fromLocalFile(QStringLiteral("/proc/no-such-folder/entries.csv"))));
    CHECK(install.exporter->problem().startsWith(QStringLiteral("The file could not be saved there.")));
    CHECK(install.count() == 1);
}

TEST_CASE("a backup restored on another phone brings every entry once, however often it is restored")
{
    Install oldPhone;
    oldPhone.note(QStringLiteral("first"), 3);
    oldPhone.note(QStringLiteral("second"), 1);
    const QUrl backup = oldPhone.file(QStringLiteral("journal.cgbackup"));
    CHECK_FALSE(oldPhone.exporter->saveBackup(backup, QStringLiteral("short"), QStringLiteral("short")));
    CHECK(oldPhone.exporter->problem().contains(QStringLiteral("at least 8")));
    CHECK_FALSE(oldPhone.exporter->saveBackup(backup, QStringLiteral("blue kettle song"), QStringLiteral("blue kettle sung")));
    REQUIRE(oldPhone.exporter->saveBackup(backup, QStringLiteral("blue kettle song"), QStringLiteral("blue kettle song")));
    CHECK_FALSE(read(backup).contains("first"));

    Install newPhone;
    newPhone.note(QStringLiteral("written on the new phone"));
    REQUIRE(newPhone.exporter->restoreBackup(backup, QStringLiteral("blue kettle song")));
    CHECK(newPhone.exporter->message() == QStringLiteral("Added 2 entries from the backup. 0 were already here."));
    CHECK(newPhone.count() == 3);
    REQUIRE(newPhone.exporter->restoreBackup(backup, QStringLiteral("blue kettle song")));
    CHECK(newPhone.exporter->message() == QStringLiteral("Added 0 entries from the backup. 2 were already here."));
    CHECK(newPhone.count() == 3);
}

TEST_CASE("a wrong passphrase, a damaged, cut or newer backup, or another file each say so and change nothing")
{
    Install oldPhone;
    oldPhone.note(QStringLiteral("kept safe"));
    const QUrl backup = oldPhone.file(QStringLiteral("journal.cgbackup"));
    REQUIRE(oldPhone.exporter->saveBackup(backup, QStringLiteral("blue kettle song"), QStringLiteral("blue kettle song")));
    const QByteArray good = read(backup);

    const auto writeVariant = [&](const QString &name, const QByteArray &bytes) {
        QFile file(oldPhone.dir.filePath(name));
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        return oldPhone.file(name);
    };
    QByteArray flipped = good;
    flipped[flipped.size() - 10] = char(flipped[flipped.size() - 10] ^ 0x01);
    QByteArray newer = good;
    newer[4] = char(journalBackupVersion + 1);

    Install newPhone;
    newPhone.note(QStringLiteral("mine"));
    const struct {
        QUrl file;
        QString passphrase;
        QString says;
    } cases[] = {
        {backup, QStringLiteral("blue kettle sung"), QStringLiteral("That passphrase did not open the backup.")},
        {writeVariant(QStringLiteral("flipped.cgbackup"), flipped), QStringLiteral("blue kettle song"),
         QStringLiteral("That backup is damaged or incomplete")},
        {writeVariant(QStringLiteral("cut.cgbackup"), good.left(good.size() / 2)), QStringLiteral("blue kettle song"),
         QStringLiteral("That backup is damaged or incomplete")},
        {writeVariant(QStringLiteral("newer.cgbackup"), newer), QStringLiteral("blue kettle song"),
         QStringLiteral("That backup was made by a newer version of the app.")},
        {writeVariant(QStringLiteral("notes.csv"), "Date,Time\r\n"), QStringLiteral("blue kettle song"),
         QStringLiteral("That file is not a journal backup.")},
        {oldPhone.file(QStringLiteral("missing.cgbackup")), QStringLiteral("blue kettle song"),
         QStringLiteral("That file could not be opened.")},
    };
    for (const auto &bad : cases) {
        INFO(bad.file.toLocalFile().toStdString());
        CHECK_FALSE(newPhone.exporter->restoreBackup(bad.file, bad.passphrase));
        CHECK(newPhone.exporter->problem().startsWith(bad.says));
        CHECK(newPhone.count() == 1);
    }
}

TEST_CASE("nothing leaves a locked journal")
{
    Install install;
    install.note(QStringLiteral("private"));
    install.lock.lock();
    CHECK_FALSE(install.exporter->saveCsv(install.file(QStringLiteral("entries.csv"))));
    CHECK(install.exporter->problem() == QStringLiteral("Please open your journal first."));
    CHECK_FALSE(QFile::exists(install.dir.filePath(QStringLiteral("entries.csv"))));
}
