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

    QUrl directionsUrl(const QString &address) const override
    {
        return QUrl(QStringLiteral("geo:0,0?q=") + QString::fromLatin1(QUrl::toPercentEncoding(address)));
    }

    bool coverWhenInBackground() const override { return true; }
    double systemFontScale() const override { return fontScale; }

    int leaveRequests = 0;
    double fontScale = 1.0;
    QList<QUrl> opened;
};
