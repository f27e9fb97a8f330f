#include "models/agencylistmodel.h"

#include "core/agencytypes.h"
#include "models/settingscontroller.h"

#include <QCoreApplication>

namespace cg {
namespace {

// In the order of agencyTypes(), which the code format fixes.
constexpr const char *kLabels[] = {
    QT_TRANSLATE_NOOP("AgencyListModel", "Health visiting"),
    QT_TRANSLATE_NOOP("AgencyListModel", "Midwifery"),
    QT_TRANSLATE_NOOP("AgencyListModel", "Early help or family support"),
    QT_TRANSLATE_NOOP("AgencyListModel", "Children's social care"),
    QT_TRANSLATE_NOOP("AgencyListModel", "School or education"),
    QT_TRANSLATE_NOOP("AgencyListModel", "Police"),
    QT_TRANSLATE_NOOP("AgencyListModel", "GP or health"),
    QT_TRANSLATE_NOOP("AgencyListModel", "Housing"),
    QT_TRANSLATE_NOOP("AgencyListModel", "Jobcentre or employment support"),
    QT_TRANSLATE_NOOP("AgencyListModel", "Voluntary sector"),
    QT_TRANSLATE_NOOP("AgencyListModel", "Other"),
};
static_assert(std::size(kLabels) == 11, "one label for each agency type");

} // namespace

AgencyListModel::AgencyListModel(SettingsController &settings, QObject *parent)
    : ChoiceListModel(settings, parent)
{
}

QString AgencyListModel::labelFor(const QString &key)
{
    const qsizetype index = agencyTypes().indexOf(key);
    return index < 0 || index >= qsizetype(std::size(kLabels))
        ? QString()
        : QCoreApplication::translate("AgencyListModel", kLabels[index]);
}

int AgencyListModel::choiceCount() const
{
    return int(agencyTypes().size());
}

QString AgencyListModel::keyAt(int row) const
{
    return agencyTypes().at(row);
}

QString AgencyListModel::labelAt(int row) const
{
    return labelFor(keyAt(row));
}

QString AgencyListModel::chosenKey() const
{
    return settings().practitionerAgency();
}

bool AgencyListModel::choose(const QString &key)
{
    return settings().choosePractitionerAgency(key);
}

} // namespace cg
