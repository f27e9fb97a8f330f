#include "core/recommendationrules.h"

namespace cg {

bool fitsParentsHome(const Module &module)
{
    return !module.leadsToSafety;
}

bool fitsParentsHome(const Service &service)
{
    return !service.topics.contains(QLatin1String("domestic-abuse")) && service.tier != QLatin1String("crisis");
}

bool isCoupleHelp(const Service &service)
{
    return service.topics.contains(QLatin1String("relationship-support"))
        || service.topics.contains(QLatin1String("mediation"));
}

} // namespace cg
