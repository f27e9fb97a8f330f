#pragma once

#include "core/metricregistry.h"
#include "core/statisticsstore.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

namespace cg {

// The weekly reports the phone has sent (as many as it remembers) and those waiting, newest week
// first: each in words and as the exact JSON that goes to the server.
class ReportListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Made by the app at start-up")

public:
    enum Role {
        HeadingRole = Qt::UserRole + 1,  // "The week of 16 November 2026"
        StatusRole,                      // "Sent on 23 November 2026" or "Waiting to be sent"
        WordsRole,                       // one line per count: "Guides started: arguing-better (1)"
        JsonRole,                        // the body, byte for byte
    };

    // `registry` gives each count's words and must outlive the model.
    explicit ReportListModel(const MetricRegistry &registry, QObject *parent = nullptr);

    void show(const QList<PendingReport> &waiting, const QList<SentReport> &sent);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // The counts of one report body as lines of words (a count of a metric the registry does
    // not know is shown by its name, so nothing sent is ever hidden).
    static QStringList countsInWords(const MetricRegistry &registry, const QByteArray &body);

private:
    struct Row {
        PendingReport report;
        std::optional<QDate> sentOn;
    };
    const MetricRegistry &m_registry;
    QList<Row> m_rows;
};

} // namespace cg
