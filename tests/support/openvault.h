#pragma once

#include "core/privatedatalock.h"
#include "crypto/keyfilestore.h"
#include "crypto/privatevault.h"

#include <QDir>
#include <QString>

#include <catch2/catch.hpp>

// The private-data key for a test: a key file in `folder` (the same file again after a restart),
// opened without a PIN at the cheapest Argon2id cost.
struct OpenVault {
    cg::KeyFileStore keys;
    cg::PrivateDataLock lock;
    cg::PrivateVault vault;

    explicit OpenVault(const QString &folder)
        : keys(QDir(folder).filePath(QStringLiteral("journal.key")))
        , vault(keys, QDir(folder).filePath(QStringLiteral("journal.pin")), lock, cg::PinWrapCost::fastest())
    {
        REQUIRE(vault.open());
    }
};
