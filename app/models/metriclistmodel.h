#pragma once

#include "core/metricregistry.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

namespace cg {

// Every count the app could ever send, from the metric registry, for the parent to read before
// and after saying yes: its name in words, what it counts and why.
class MetricListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Made by the app at start-up")

public:
    enum Role { TitleRole = Qt::UserRole + 1, DescriptionRole, WhyRole };

    // `registry` must outlive the model.
    explicit MetricListModel(const MetricRegistry &registry, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    const MetricRegistry &m_registry;
};

} // namespace cg
