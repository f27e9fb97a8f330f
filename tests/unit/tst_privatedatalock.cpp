#include "core/privatedatalock.h"

#include <catch2/catch.hpp>

#include <QSignalSpy>

using namespace cg;

TEST_CASE("locking tells listeners once, so they can drop decrypted data")
{
    PrivateDataLock lock;
    QSignalSpy lockedSpy(&lock, &PrivateDataLock::locked);
    CHECK(lock.isLocked());  // nothing is open yet
    lock.unlock();
    CHECK_FALSE(lock.isLocked());
    lock.lock();
    lock.lock();
    CHECK(lock.isLocked());
    CHECK(lockedSpy.count() == 1);
    lock.unlock();
    CHECK_FALSE(lock.isLocked());
}
