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
    bool scheduleReminder(const QDateTime &when, const QString &text) override
    {
        reminderAt = when;
        reminderText = text;
        return true;
    }
    void cancelReminder() override { reminderAt = {}; }
    void askToRemind() override { ++remindPermissionAsks; }

    int leaveRequests = 0;
    double fontScale = 1.0;
    QList<QUrl> opened;
    QDateTime reminderAt;  // invalid when none is set
    QString reminderText;
    int remindPermissionAsks = 0;
};
