#pragma once

#include "core/platformservices.h"

#include <QList>

// A platform that records what the app asked of it.
class RecordingPlatform final : public cg::PlatformServices
{
public:
    bool leaveApp() override
    {
        ++leaveRequests;
        return true;
    }
    bool openExternal(const QUrl &url) override
    {
        opened << url;
        return true;
    }

    int leaveRequests = 0;
    QList<QUrl> opened;
};
