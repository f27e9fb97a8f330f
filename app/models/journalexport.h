#pragma once

#include "core/journalbackupcodec.h"
#include "core/journalstore.h"

#include <QObject>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

#include <functional>

namespace cg {

class JournalController;

// Taking the journal off the phone, only when the parent asks: a readable summary (PDF) and every
// entry (CSV) to share with a practitioner, and a passphrase-protected backup to move to a new
// phone, which another install restores without losing or doubling any entry.
class JournalExport : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Made by the app at start-up")
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)
    Q_PROPERTY(QString problem READ problem NOTIFY messageChanged)

public:
    using PdfMaker = std::function<QByteArray(const QString &html)>;
    using Today = std::function<QDate()>;
    // Weeks the shared summary covers.
    static constexpr int summaryWeeks = 12;

    JournalExport(JournalController &journal, JournalStore &store, JournalBackupCodec &codec, PdfMaker makePdf,
                  Today today, QObject *parent = nullptr);

    QString message() const { return m_message; }
    QString problem() const { return m_problem; }

    // Every entry as a spreadsheet; also what --export-journal writes.
    QByteArray csv() const;
    Q_INVOKABLE bool saveCsv(const QUrl &file);
    Q_INVOKABLE bool saveSummary(const QUrl &file);
    // A passphrase of at least 8 characters, typed twice.
    Q_INVOKABLE bool saveBackup(const QUrl &file, const QString &passphrase, const QString &again);
    // Adds the backup's entries that are not on this phone yet; entries already here are kept.
    Q_INVOKABLE bool restoreBackup(const QUrl &file, const QString &passphrase);
    Q_INVOKABLE void clearMessage();

    static constexpr qint64 largestBackupBytes = 64 * 1024 * 1024;

signals:
    void messageChanged();

private:
    bool write(const QUrl &file, const QByteArray &bytes, const QString &done);
    bool fail(const QString &problem);
    bool journalOpen();

    JournalController &m_journal;
    JournalStore &m_store;
    JournalBackupCodec &m_codec;
    PdfMaker m_makePdf;
    Today m_today;
    QString m_message;
    QString m_problem;
};

} // namespace cg
