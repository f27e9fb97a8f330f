#pragma once

#include "core/service.h"
#include "core/servicefilter.h"

#include <QAbstractListModel>
#include <QDateTime>
#include <QHash>
#include <QtQml/qqmlregistration.h>

#include <functional>

namespace cg {

class PlatformServices;
class SettingsController;

// Which services a list shows, and in what order.
struct ServiceSelection {
    QString topic;                // only services with this topic; empty for all
    QString serviceId;            // only this service (its own page); empty for all
    bool mostAcuteFirst = false;  // crisis lines first (the safety screen), else least acute first
    bool reachableOnly = false;   // only services with a way to get in touch (the safety screen)
    int maxRows = 0;              // at most this many (a few inside a guide); 0 for all
};

// Get help: the national helplines and the chosen area's own services, layered from help you can
// use yourself to crisis lines, each with what a card shows and one-tap ways to get in touch.
class ServiceListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Made by the app at start-up")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(int unfilteredCount READ unfilteredCount NOTIFY countChanged)
    Q_PROPERTY(QString topic READ topic NOTIFY countChanged)

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
        PhoneRole,         // the first number as written, or empty when it cannot be dialled
        WebsiteRole,
        EmailRole,
        ProviderRole,
        PhonesRole,        // every number as written: {text, canCall}
        PlacesRole,        // addresses, each with a "Directions" button
        CostRole,          // "Free", "Cost not stated" or the directory's words
        SelfReferralRole,  // "You can contact them yourself", "Someone needs to refer you" or empty
        LanguagesRole,     // "Languages: English, Polish" or empty
        TimesRole,         // when it is open, one line each
        WaysRole,          // "By phone, online" or empty
        AttributionRole,   // the directory's licence words, for imported services
        ContactNoteRole,   // what to do when the pack has no way to get in touch yet, or empty
        ShortSummaryRole,  // the start of the summary, for a card in a list
    };

    using Clock = std::function<QDateTime()>;

    ServiceListModel(QList<Service> national, QHash<QString, QList<Service>> byAreaCode, SettingsController &settings,
                     PlatformServices &platform, ServiceSelection selection = {}, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Dials the service's number `phone` (the first unless said).
    Q_INVOKABLE bool call(int row, int phone = 0);
    Q_INVOKABLE bool openWebsite(int row);
    Q_INVOKABLE bool email(int row);
    // Opens the phone's maps at the service's address number `place`.
    Q_INVOKABLE bool directions(int row, int place);

    // Narrows the rows further (Get help's filter panel). `clock` is what "open now" means.
    void setFilter(const ServiceFilter &filter);
    void setClock(Clock clock);
    // Only services with this topic (the guide being read); empty for all.
    void setTopic(const QString &topic);
    QString topic() const { return m_selection.topic; }
    // Shows one service only, for its own page. False, changing nothing, for an unknown id.
    bool showOnly(const QString &serviceId);
    // The service in `row`, or nullptr.
    const Service *serviceAt(int row) const;
    // Every service the list could show before the filter: for the languages to offer.
    QList<Service> unfiltered() const;
    int unfilteredCount() const;

    // The layers in the order shown, least to most acute.
    static QString tierHeading(const QString &tier);

signals:
    void countChanged();
    // The parent reached out to a service (call, website, email or directions opened): its
    // categories and tier, for anonymous statistics. Nothing about the service itself.
    void contacted(const QStringList &topics, const QString &tier);

private:
    void rebuild();
    // Passes `opened` through, telling contacted() when it is true.
    bool reachedOut(int row, bool opened);
    bool selected(const Service &service) const;

    QList<Service> m_national;
    QHash<QString, QList<Service>> m_byAreaCode;
    SettingsController &m_settings;
    PlatformServices &m_platform;
    ServiceSelection m_selection;
    ServiceFilter m_filter;
    Clock m_clock = [] { return QDateTime::currentDateTime(); };
    QList<Service> m_rows;
};

} // namespace cg
