#pragma once

#include "core/textspeaker.h"

#include <QStringList>

#include <functional>

// Says nothing out loud: records what it was asked, and reports speaking like a real engine.
class RecordingSpeaker final : public cg::TextSpeaker
{
public:
    bool available() const override { return hasVoice; }
    void say(const QString &text) override
    {
        said << text;
        if (m_callback)
            m_callback(true);
    }
    void stop() override
    {
        ++stops;
        if (m_callback)
            m_callback(false);
    }
    void onSpeakingChanged(std::function<void(bool)> callback) override { m_callback = std::move(callback); }
    // Whether someone is still told when speaking starts or stops.
    bool listening() const { return bool(m_callback); }

    bool hasVoice = true;
    QStringList said;
    int stops = 0;

private:
    std::function<void(bool)> m_callback;
};
