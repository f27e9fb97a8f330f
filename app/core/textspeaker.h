#pragma once

#include <QString>

#include <functional>

namespace cg {

// Reading text aloud through the phone's own voice. Speech never leaves the phone.
class TextSpeaker
{
public:
    virtual ~TextSpeaker() = default;

    // False where the phone has no working voice: the read-aloud button is then not shown.
    virtual bool available() const = 0;
    // Stops anything being read and reads `text`.
    virtual void say(const QString &text) = 0;
    virtual void stop() = 0;
    // Told true when reading starts, false when it ends, is stopped or fails.
    virtual void onSpeakingChanged(std::function<void(bool speaking)> callback) = 0;
};

} // namespace cg
