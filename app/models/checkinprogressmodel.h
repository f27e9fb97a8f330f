#pragma once

#include "core/checkin.h"

#include <QObject>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace cg {

// The progress screen: for each measure, the change since the first check-in in plain words
// ("Disagreements getting sorted out more often since 3 March."), bars to draw, and the same
// answers as text for anyone who cannot see the bars.
class CheckInProgressModel : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Made by the check-in")
    Q_PROPERTY(int checkInCount READ checkInCount NOTIFY changed)
    // Each: measure, summary, bars (each: fraction 0 to 1, label, scored), answersText.
    Q_PROPERTY(QVariantList measures READ measures NOTIFY changed)

public:
    // At most this many check-ins are drawn, the latest: a phone is narrow.
    static constexpr int maxBars = 8;

    explicit CheckInProgressModel(const CheckInDefinition &definition, QObject *parent = nullptr);

    int checkInCount() const { return m_count; }
    QVariantList measures() const { return m_measures; }

    // Check-ins oldest first; clear() when the private data locks.
    void setRecords(const QList<CheckInRecord> &records);
    void clear() { setRecords({}); }

signals:
    void changed();

private:
    const CheckInDefinition &m_definition;
    int m_count = 0;
    QVariantList m_measures;
};

} // namespace cg
