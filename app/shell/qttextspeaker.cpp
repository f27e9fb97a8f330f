#include "shell/qttextspeaker.h"

#include <QTextToSpeech>

namespace cg {

// Nothing is loaded at start-up: the list of engines is read when a guide is first opened, and
// the voice itself on the first "Read aloud", so opening the app stays quick.
QtTextSpeaker::QtTextSpeaker() = default;

QtTextSpeaker::~QtTextSpeaker() = default;

bool QtTextSpeaker::available() const
{
    if (!m_hasEngine)
        m_hasEngine = !QTextToSpeech::availableEngines().isEmpty();
    return *m_hasEngine && (!m_speech || m_speech->state() != QTextToSpeech::Error);
}

void QtTextSpeaker::say(const QString &text)
{
    if (!available())
        return;
    if (!m_speech) {
        m_speech = std::make_unique<QTextToSpeech>();
        QObject::connect(m_speech.get(), &QTextToSpeech::stateChanged, m_speech.get(), [this](QTextToSpeech::State state) {
            if (m_callback)
                m_callback(state == QTextToSpeech::Speaking);
        });
    }
    m_speech->stop();
    m_speech->say(text);
}

void QtTextSpeaker::stop()
{
    if (m_speech)
        m_speech->stop();
}

void QtTextSpeaker::onSpeakingChanged(std::function<void(bool speaking)> callback)
{
    m_callback = std::move(callback);
}

} // namespace cg
