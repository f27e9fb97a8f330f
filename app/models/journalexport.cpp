#include "models/journalexport.h"

#include "core/journalcsv.h"
#include "core/journalsummary.h"
#include "core/journaltrends.h"
#include "models/journalcontroller.h"

#include <QFile>
#include <QSaveFile>
#include <QSet>

namespace cg {
namespace {

// Phones hand over content:// addresses from their file picker; QFile opens those as strings.
QString pathOf(const QUrl &file)
{
    return file.isLocalFile() ? file.toLocalFile() : file.toString();
}

} // namespace

JournalExport::JournalExport(JournalController &journal, JournalStore &store, JournalBackupCodec &codec,
                             PdfMaker makePdf, Today today, QObject *parent)
    : QObject(parent)
    , m_journal(journal)
    , m_store(store)
    , m_codec(codec)
    , m_makePdf(std::move(makePdf))
    , m_today(std::move(today))
{
}

QByteArray JournalExport::csv() const
{
    return journalToCsv(m_journal.loadedEntries());
}

bool JournalExport::saveCsv(const QUrl &file)
{
    if (!journalOpen())
        return false;
    return write(file, csv(), tr("Your entries are saved as a spreadsheet."));
}

bool JournalExport::saveSummary(const QUrl &file)
{
    if (!journalOpen())
        return false;
    const QList<JournalEntry> &entries = m_journal.loadedEntries();
    const QString html = journalSummaryHtml(entries, journalTrends(entries, m_today(), summaryWeeks), m_today());
    const QByteArray pdf = m_makePdf(html);
    if (pdf.isEmpty())
        return fail(tr("The summary could not be made. Nothing was saved."));
    return write(file, pdf, tr("Your summary is saved."));
}

bool JournalExport::saveBackup(const QUrl &file, const QString &passphrase, const QString &again)
{
    if (!journalOpen())
        return false;
    if (passphrase.size() < 8)
        return fail(tr("Please use at least 8 characters. A few words you will remember work well."));
    if (passphrase != again)
        return fail(tr("The two passphrases are different. Please type the same one twice."));
    const QByteArray backup = m_codec.make(m_journal.loadedEntries(), passphrase);
    if (backup.isEmpty())
        return fail(tr("The backup could not be made. Nothing was saved."));
    return write(file, backup, tr("Your backup is saved. You will need the passphrase to open it."));
}

bool JournalExport::restoreBackup(const QUrl &file, const QString &passphrase)
{
    if (!journalOpen())
        return false;
    QFile in(pathOf(file));
    if (!in.open(QIODevice::ReadOnly))
        return fail(tr("That file could not be opened. (%1)").arg(in.errorString()));
    if (in.size() > largestBackupBytes)
        return fail(tr("That file is too big to be a journal backup."));
    const BackupReadResult read = m_codec.read(in.readAll(), passphrase);
    if (!read.entries) {
        switch (read.problem.value_or(BackupProblem::Damaged)) {
        case BackupProblem::NotABackup:
            return fail(tr("That file is not a journal backup. Nothing was changed."));
        case BackupProblem::NewerVersion:
            return fail(tr("That backup was made by a newer version of the app. Please update the app, then try again. Nothing was changed."));
        case BackupProblem::WrongPassphrase:
            return fail(tr("That passphrase did not open the backup. Please check it and try again. Nothing was changed."));
        case BackupProblem::Damaged:
            return fail(tr("That backup is damaged or incomplete, so it cannot be used. Nothing was changed."));
        }
    }
    QSet<QString> here;
    for (const JournalEntry &entry : m_journal.loadedEntries())
        here.insert(entry.id);
    int added = 0;
    int alreadyHere = 0;
    for (const JournalEntry &entry : *read.entries) {
        if (here.contains(entry.id)) {
            ++alreadyHere;
            continue;
        }
        if (!m_store.save(entry)) {
            m_journal.refresh();
            return fail(tr("Only %1 entries could be added before something went wrong. Try again: nothing will be added twice. (%2)")
                            .arg(added)
                            .arg(m_store.lastError()));
        }
        here.insert(entry.id);
        ++added;
    }
    m_journal.refresh();
    m_problem.clear();
    m_message = tr("Added %1 entries from the backup. %2 were already here.").arg(added).arg(alreadyHere);
    emit messageChanged();
    return true;
}

void JournalExport::clearMessage()
{
    m_message.clear();
    m_problem.clear();
    emit messageChanged();
}

bool JournalExport::write(const QUrl &file, const QByteArray &bytes, const QString &done)
{
    QSaveFile out(pathOf(file));
    // A phone's file picker hands over a content:// address, beside which no temporary file can
    // be made; there the file is written directly.
    out.setDirectWriteFallback(!file.isLocalFile());
    if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.commit())
        return fail(tr("The file could not be saved there. Your journal is unchanged. (%1)").arg(out.errorString()));
    m_problem.clear();
    m_message = done;
    emit messageChanged();
    return true;
}

bool JournalExport::fail(const QString &problem)
{
    m_message.clear();
    m_problem = problem;
    emit messageChanged();
    return false;
}

bool JournalExport::journalOpen()
{
    return m_journal.isOpen() || fail(tr("Please open your journal first."));
}

} // namespace cg
