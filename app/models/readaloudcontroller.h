#pragma once

#include <QObject>
#include <QtQml/qqmlregistration.h>

namespace cg {

class ReaderController;
class TextSpeaker;

// The reader's "Read aloud" button: reads the part on screen in the phone's own voice, and
// stops when pressed again, when the parent moves to another part or closes the guide, and at
// once on quick exit. Hidden (available is false) where the phone has no voice.
class ReadAloudController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Made by the app at start-up")
    Q_PROPERTY(bool available READ available NOTIFY availableChanged)
    Q_PROPERTY(bool speaking READ speaking NOTIFY speakingChanged)

public:
    ReadAloudController(TextSpeaker &speaker, ReaderController &reader, QObject *parent = nullptr);
    // Silences the voice and takes back the callback, so a voice stopping later never calls a
    // controller that is gone.
    ~ReadAloudController() override;

    bool available() const;
    bool speaking() const { return m_speaking; }

    Q_INVOKABLE void toggle();
    Q_INVOKABLE void stop();

signals:
    void speakingChanged();
    // A voice that fails (the engine reports an error) hides the button.
    void availableChanged();

private:
    void setSpeaking(bool speaking);

    TextSpeaker &m_speaker;
    ReaderController &m_reader;
    bool m_speaking = false;
    bool m_availableWhenAsked = false;  // as it was when reading last started
};

} // namespace cg
