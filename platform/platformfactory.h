#pragma once

#include "core/devicekeystore.h"
#include "core/platformservices.h"

#include <QString>

#include <memory>

namespace cg {

// Made once, in the app's composition root. Each platform folder defines it.
std::unique_ptr<PlatformServices> createPlatformServices();
// Where the journal's data key is kept when no PIN is set. `dataDir` is the app's private folder,
// for platforms that keep it in a file there.
std::unique_ptr<DeviceKeyStore> createDeviceKeyStore(const QString &dataDir);

} // namespace cg
