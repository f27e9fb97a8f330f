#pragma once

#include "core/textspeaker.h"

#include <memory>
#include <optional>

class QTextToSpeech;

namespace cg {

// TextSpeaker with Qt TextToSpeech: Android's and iOS's own voices on phones, speech-dispatcher
// or flite on Linux. Where no engine is installed, or the one there fails, available() is false.
class QtTextSpeaker final : public TextSpeaker
{
public:
    QtTextSpeaker();
    ~QtTextSpeaker() override;

    bool available() const override;
    void say(const QString &text) override;
    void stop() override;
    void onSpeakingChanged(std::function<void(bool speaking)> callback) override;

private:
    mutable std::optional<bool> m_hasEngine;  // asked once, when first needed
    std::unique_ptr<QTextToSpeech> m_speech;
    std::function<void(bool)> m_callback;
};

} // namespace cg
