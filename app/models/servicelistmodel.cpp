#include "models/servicelistmodel.h"

#include "core/platformservices.h"
#include "models/servicecardtext.h"
#include "models/settingscontroller.h"

#include <QLocale>
#include <QUrl>

#include <algorithm>

namespace cg {
namespace {

const QStringList kTierOrder{QStringLiteral("self-help"), QStringLiteral("universal"), QStringLiteral("targeted"),
                             QStringLiteral("specialist"), QStringLiteral("crisis")};

} // namespace

ServiceListModel::ServiceListModel(QList<Service> national, QHash<QString, QList<Service>> byAreaCode,
                                   SettingsController &settings, PlatformServices &platform, ServiceSelection selection,
                                   QObject *parent)
    : QAbstractListModel(parent)
    , m_national(std::move(national))
    , m_byAreaCode(std::move(byAreaCode))
    , m_settings(settings)
    , m_platform(platform)
    , m_selection(std::move(selection))
{
    rebuild();
    connect(&m_settings, &SettingsController::changed, this, &ServiceListModel::rebuild);
}

bool ServiceListModel::selected(const Service &service) const
{
    return (m_selection.topic.isEmpty() || service.topics.contains(m_selection.topic))
        && (m_selection.serviceId.isEmpty() || service.id == m_selection.serviceId)
        && (!m_selection.reachableOnly || ServiceCardText::contactNote(service).isEmpty());
}

QList<Service> ServiceListModel::unfiltered() const
{
    QList<Service> services;
    for (const Service &service : m_national + m_byAreaCode.value(m_settings.areaCode())) {
        if (selected(service))
            services << service;
    }
    return services;
}

int ServiceListModel::unfilteredCount() const
{
    return int(unfiltered().size());
}

void ServiceListModel::setFilter(const ServiceFilter &filter)
{
    m_filter = filter;
    rebuild();
}

void ServiceListModel::setClock(Clock clock)
{
    m_clock = std::move(clock);
    rebuild();
}

void ServiceListModel::setTopic(const QString &topic)
{
    if (topic == m_selection.topic)
        return;
    m_selection.topic = topic;
    rebuild();
    emit countChanged();  // the topic is read with the count
}

bool ServiceListModel::showOnly(const QString &serviceId)
{
    const QList<Service> all = m_national + m_byAreaCode.value(m_settings.areaCode());
    if (serviceId.isEmpty()
        || std::none_of(all.cbegin(), all.cend(), [&serviceId](const Service &s) { return s.id == serviceId; }))
        return false;
    m_selection.serviceId = serviceId;
    rebuild();
    return true;
}

void ServiceListModel::rebuild()
{
    QList<Service> rows;
    const QDateTime now = m_filter.openNow ? m_clock() : QDateTime();
    for (const Service &service : unfiltered()) {
        if (serviceMatches(service, m_filter, now))
            rows << service;
    }
    const bool acuteFirst = m_selection.mostAcuteFirst;
    std::stable_sort(rows.begin(), rows.end(), [acuteFirst](const Service &a, const Service &b) {
        const qsizetype left = kTierOrder.indexOf(a.tier);
        const qsizetype right = kTierOrder.indexOf(b.tier);
        return acuteFirst ? left > right : left < right;
    });
    if (m_selection.maxRows > 0 && rows.size() > m_selection.maxRows)
        rows.resize(m_selection.maxRows);
    if (rows == m_rows)
        return;
    beginResetModel();
    m_rows = rows;
    endResetModel();
    emit countChanged();
}

int ServiceListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QString ServiceListModel::tierHeading(const QString &tier)
{
    if (tier == QLatin1String("self-help"))
        return tr("Things you can do yourself");
    if (tier == QLatin1String("universal"))
        return tr("Advice for every family");
    if (tier == QLatin1String("targeted"))
        return tr("Support with a particular problem");
    if (tier == QLatin1String("specialist"))
        return tr("Specialist help");
    if (tier == QLatin1String("crisis"))
        return tr("Help straight away, day or night");
    return tr("Other help");
}


QVariant ServiceListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Service &service = m_rows.at(index.row());
    switch (role) {
    case ServiceIdRole:
        return service.id;
    case NameRole:
    case Qt::DisplayRole:
        return service.name;
    case SummaryRole:
        return service.summary;
    case WhoForRole:
        return service.whoFor;
    case TierRole:
        return service.tier;
    case TierHeadingRole:
        return index.row() == 0 || m_rows.at(index.row() - 1).tier != service.tier ? tierHeading(service.tier) : QString();
    case DetailsRole:
        return ServiceCardText::details(service);
    case CheckedRole:
        return service.lastChecked.isValid()
            ? tr("Last checked %1").arg(QLocale().toString(service.lastChecked, QStringLiteral("MMMM yyyy")))
            : QString();
    case PhoneRole:
        return service.phones.isEmpty() || dialableNumber(service.phones.first()).isEmpty() ? QString()
                                                                                           : service.phones.first();
    case WebsiteRole:
        return service.website;
    case EmailRole:
        return service.email;
    case ProviderRole:
        return service.provider == service.name ? QString() : service.provider;
    case PhonesRole: {
        // A "number" that is really words (an answerphone message, "ask at reception") is shown
        // as words, with no call button that would do nothing.
        QVariantList phones;
        for (const QString &phone : service.phones)
            phones << QVariantMap{{QStringLiteral("text"), phone}, {QStringLiteral("canCall"), !dialableNumber(phone).isEmpty()}};
        return phones;
    }
    case PlacesRole:
        return service.places;
    case CostRole:
        return ServiceCardText::costText(service);
    case SelfReferralRole:
        return ServiceCardText::selfReferralText(service);
    case LanguagesRole:
        return ServiceCardText::languagesText(service);
    case TimesRole:
        return ServiceCardText::timesText(service);
    case WaysRole:
        return ServiceCardText::waysText(service.ways);
    case AttributionRole:
        return service.attribution;
    case ShortSummaryRole:
        return ServiceCardText::shortSummary(service.summary);
    case ContactNoteRole:
        return ServiceCardText::contactNote(service);
    default:
        return {};
    }
}

QHash<int, QByteArray> ServiceListModel::roleNames() const
{
    return {{ServiceIdRole, "serviceId"}, {NameRole, "name"},       {SummaryRole, "summary"}, {WhoForRole, "whoFor"},
            {TierRole, "tier"},           {TierHeadingRole, "tierHeading"}, {DetailsRole, "details"},
            {CheckedRole, "checked"},     {PhoneRole, "phone"},     {WebsiteRole, "website"}, {EmailRole, "email"},
            {ProviderRole, "provider"},   {PhonesRole, "phones"},   {PlacesRole, "places"},   {CostRole, "cost"},
            {SelfReferralRole, "selfReferral"}, {LanguagesRole, "languages"}, {TimesRole, "times"},
            {WaysRole, "ways"},           {AttributionRole, "attribution"}, {ContactNoteRole, "contactNote"},
            {ShortSummaryRole, "shortSummary"}};
}

const Service *ServiceListModel::serviceAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

bool ServiceListModel::reachedOut(int row, bool opened)
{
    if (opened)
        emit contacted(m_rows.at(row).topics, m_rows.at(row).tier);
    return opened;
}

bool ServiceListModel::call(int row, int phone)
{
    if (row < 0 || row >= m_rows.size() || phone < 0 || phone >= m_rows.at(row).phones.size())
        return false;
    const QString number = dialableNumber(m_rows.at(row).phones.at(phone));
    return reachedOut(row, !number.isEmpty() && m_platform.openExternal(QUrl(QStringLiteral("tel:") + number)));
}

bool ServiceListModel::openWebsite(int row)
{
    if (row < 0 || row >= m_rows.size())
        return false;
    const QUrl url(m_rows.at(row).website, QUrl::StrictMode);
    return reachedOut(row, url.isValid()
                               && (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http"))
                               && m_platform.openExternal(url));
}

bool ServiceListModel::directions(int row, int place)
{
    if (row < 0 || row >= m_rows.size() || place < 0 || place >= m_rows.at(row).places.size())
        return false;
    return reachedOut(row, m_platform.openExternal(m_platform.directionsUrl(m_rows.at(row).places.at(place))));
}

bool ServiceListModel::email(int row)
{
    if (row < 0 || row >= m_rows.size() || m_rows.at(row).email.isEmpty())
        return false;
    return reachedOut(row, m_platform.openExternal(QUrl(QStringLiteral("mailto:") + m_rows.at(row).email)));
}

} // namespace cg
