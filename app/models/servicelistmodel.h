#pragma once

#include "core/service.h"

#include <QAbstractListModel>
#include <QHash>
#include <QtQml/qqmlregistration.h>

namespace cg {

class PlatformServices;
class SettingsController;

// Which services a list shows, and in what order.
struct ServiceSelection {
    QString topic;                // only services with this topic; empty for all
    bool mostAcuteFirst = false;  // crisis lines first (the safety screen), else least acute first
};

// Get help: the national helplines and the chosen area's own services, layered from help you can
// use yourself to crisis lines, each with what a card shows and one-tap ways to get in touch.
class ServiceListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Made by the app at start-up")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role {
        ServiceIdRole = Qt::UserRole + 1,
        NameRole,
        SummaryRole,
        WhoForRole,
        TierRole,
        TierHeadingRole,   // the layer's heading on its first service, else empty
        DetailsRole,       // cost, self-referral, languages, times, where: one line each
        CheckedRole,       // "Last checked March 2026", or empty
        PhoneRole,         // the first number as written, or empty
        WebsiteRole,
        EmailRole,
    };

    ServiceListModel(QList<Service> national, QHash<QString, QList<Service>> byAreaCode, SettingsController &settings,
                     PlatformServices &platform, ServiceSelection selection = {}, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    Q_INVOKABLE bool call(int row);
    Q_INVOKABLE bool openWebsite(int row);
    Q_INVOKABLE bool email(int row);

    // The layers in the order shown, least to most acute.
    static QString tierHeading(const QString &tier);

signals:
    void countChanged();

private:
    void rebuild();
    QString details(const Service &service) const;

    QList<Service> m_national;
    QHash<QString, QList<Service>> m_byAreaCode;
    SettingsController &m_settings;
    PlatformServices &m_platform;
    ServiceSelection m_selection;
    QList<Service> m_rows;
};

} // namespace cg
