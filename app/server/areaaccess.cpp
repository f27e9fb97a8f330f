#include "server/areaaccess.h"

namespace cg {

bool maySee(const Account &account, const Area &area)
{
    switch (account.scope) {
    case Account::Scope::National:
        return true;
    case Account::Scope::Region:
        return !area.region.isEmpty() && area.region == account.scopeName;
    case Account::Scope::Area:
        break;
    }
    return area.code == account.scopeName;
}

} // namespace cg
