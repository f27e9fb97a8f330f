#pragma once

#include <QObject>

namespace cg {

// The one switch that guards the parent's private data (journal, reflections, check-ins).
// It starts locked: nothing private is open until the key is. Quick exit and auto-lock close it;
// stores that hold private data listen for locked() and drop any decrypted copy they keep in memory.
class PrivateDataLock : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool locked READ isLocked NOTIFY lockedChanged)

public:
    explicit PrivateDataLock(QObject *parent = nullptr);

    bool isLocked() const { return m_locked; }

public slots:
    void lock();
    void unlock();

signals:
    void lockedChanged(bool locked);
    void locked();

private:
    bool m_locked = true;
};

} // namespace cg
