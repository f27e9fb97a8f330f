#include "models/recommendationlistmodel.h"

#include "core/modulecatalogue.h"
#include "core/recommendationcode.h"
#include "core/recommendationrules.h"
#include "models/servicecardtext.h"
#include "models/settingscontroller.h"

namespace cg {

RecommendationListModel::RecommendationListModel(const QList<Module> &modules, ServicesNow services,
                                                 SettingsController &settings, QObject *parent)
    : OpenableListModel(parent)
    , m_modules(modules)
    , m_services(std::move(services))
    , m_settings(settings)
{
    refresh();
}

int RecommendationListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant RecommendationListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case ItemIdRole: return row.id;
    case IsGuideRole: return row.guide;
    case TitleRole: return row.title;
    case SummaryRole: return row.summary;
    case OpenedRole: return false;
    default: return {};
    }
}

QHash<int, QByteArray> RecommendationListModel::roleNames() const
{
    return {{ItemIdRole, "itemId"}, {IsGuideRole, "isGuide"}, {TitleRole, "title"},
            {SummaryRole, "summary"}, {OpenedRole, "opened"}};
}

void RecommendationListModel::refresh()
{
    QList<Row> rows;
    const CodeReadResult read = decodeRecommendation(m_settings.recommendationCode());
    // A code kept for one area says nothing about another the parent moved to since.
    if (read.recommendation && read.recommendation->areaCode == m_settings.areaCode()) {
        const QStringList modules = moduleIds(m_modules);
        const QList<Service> services = m_services();
        const QStringList serviceIdList = serviceIds(services);
        const RecommendedItems items = resolveRecommendation(*read.recommendation, modules, serviceIdList);
        for (const QString &id : items.moduleIds) {
            const Module &module = m_modules.at(modules.indexOf(id));
            if (fitsParentsHome(module))
                rows << Row{id, true, module.title, module.summary};
        }
        for (const QString &id : items.serviceIds) {
            const Service &service = services.at(serviceIdList.indexOf(id));
            if (fitsParentsHome(service) && !(m_settings.safetyRouteSeen() && isCoupleHelp(service)))
                rows << Row{id, false, service.name, ServiceCardText::shortSummary(service.summary)};
        }
    }
    // Most settings changes leave the picks as they were: then the list is left alone, so a
    // screen reader keeps its place.
    if (rows == m_rows)
        return;
    const bool countChanges = rows.size() != m_rows.size();
    beginResetModel();
    m_rows = rows;
    endResetModel();
    if (countChanges)
        emit countChanged();
}

void RecommendationListModel::forgetModules()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
    emit countChanged();
}

bool RecommendationListModel::remove()
{
    return m_settings.forgetRecommendation();
}

void RecommendationListModel::openRow(int row)
{
    const Row &item = m_rows.at(row);
    if (item.guide)
        emit moduleOpenRequested(item.id);
    else
        emit serviceOpenRequested(item.id);
}

} // namespace cg
