#include "core/privatedatalock.h"

namespace cg {

PrivateDataLock::PrivateDataLock(QObject *parent)
    : QObject(parent)
{
}

void PrivateDataLock::lock()
{
    if (m_locked)
        return;
    m_locked = true;
    emit locked();
    emit lockedChanged(true);
}

void PrivateDataLock::unlock()
{
    if (!m_locked)
        return;
    m_locked = false;
    emit lockedChanged(false);
}

} // namespace cg
