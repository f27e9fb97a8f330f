#include "models/servicelistmodel.h"

#include "core/platformservices.h"
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

void ServiceListModel::rebuild()
{
    QList<Service> rows;
    for (const Service &service : m_national + m_byAreaCode.value(m_settings.areaCode())) {
        if (m_selection.topic.isEmpty() || service.topics.contains(m_selection.topic))
            rows << service;
    }
    const bool acuteFirst = m_selection.mostAcuteFirst;
    std::stable_sort(rows.begin(), rows.end(), [acuteFirst](const Service &a, const Service &b) {
        const qsizetype left = kTierOrder.indexOf(a.tier);
        const qsizetype right = kTierOrder.indexOf(b.tier);
        return acuteFirst ? left > right : left < right;
    });
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

QString ServiceListModel::details(const Service &service) const
{
    QStringList lines;
    lines << (service.cost == Service::Cost::Free ? tr("Free")
              : service.costText.isEmpty()        ? tr("Cost not stated")
                                                  : service.costText);
    if (service.selfReferral)
        lines << (*service.selfReferral ? tr("You can contact them yourself") : tr("Someone needs to refer you"));
    if (!service.languages.isEmpty())
        lines << tr("Languages: %1").arg(service.languages.join(QStringLiteral(", ")));
    for (const QString &time : service.times)
        lines << time;
    for (const QString &place : service.places)
        lines << place;
    return lines.join(QLatin1Char('\n'));
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
        return details(service);
    case CheckedRole:
        return service.lastChecked.isValid()
            ? tr("Last checked %1").arg(QLocale().toString(service.lastChecked, QStringLiteral("MMMM yyyy")))
            : QString();
    case PhoneRole:
        return service.phones.value(0);
    case WebsiteRole:
        return service.website;
    case EmailRole:
        return service.email;
    default:
        return {};
    }
}

QHash<int, QByteArray> ServiceListModel::roleNames() const
{
    return {{ServiceIdRole, "serviceId"}, {NameRole, "name"},       {SummaryRole, "summary"}, {WhoForRole, "whoFor"},
            {TierRole, "tier"},           {TierHeadingRole, "tierHeading"}, {DetailsRole, "details"},
            {CheckedRole, "checked"},     {PhoneRole, "phone"},     {WebsiteRole, "website"}, {EmailRole, "email"}};
}

bool ServiceListModel::call(int row)
{
    if (row < 0 || row >= m_rows.size())
        return false;
    const QString number = dialableNumber(m_rows.at(row).phones.value(0));
    return !number.isEmpty() && m_platform.openExternal(QUrl(QStringLiteral("tel:") + number));
}

bool ServiceListModel::openWebsite(int row)
{
    if (row < 0 || row >= m_rows.size())
        return false;
    const QUrl url(m_rows.at(row).website, QUrl::StrictMode);
    return url.isValid() && (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http"))
        && m_platform.openExternal(url);
}

bool ServiceListModel::email(int row)
{
    if (row < 0 || row >= m_rows.size() || m_rows.at(row).email.isEmpty())
        return false;
    return m_platform.openExternal(QUrl(QStringLiteral("mailto:") + m_rows.at(row).email));
}

} // namespace cg
