#include "models/readaloudcontroller.h"

#include "core/textspeaker.h"
#include "models/readercontroller.h"

namespace cg {

ReadAloudController::ReadAloudController(TextSpeaker &speaker, ReaderController &reader, QObject *parent)
    : QObject(parent)
    , m_speaker(speaker)
    , m_reader(reader)
{
    m_speaker.onSpeakingChanged([this](bool speaking) {
        setSpeaking(speaking);
        if (available() != m_availableWhenAsked) {
            m_availableWhenAsked = !m_availableWhenAsked;
            emit availableChanged();
        }
    });
    connect(&m_reader, &ReaderController::sectionChanged, this, &ReadAloudController::stop);
    connect(&m_reader, &ReaderController::moduleChanged, this, &ReadAloudController::stop);
}

ReadAloudController::~ReadAloudController()
{
    m_speaker.onSpeakingChanged({});
    m_speaker.stop();
}

bool ReadAloudController::available() const
{
    return m_speaker.available();
}

void ReadAloudController::toggle()
{
    if (m_speaking) {
        stop();
        return;
    }
    const QString text = m_reader.sectionSpeechText();
    m_availableWhenAsked = available();
    if (!m_availableWhenAsked || text.isEmpty())
        return;
    m_speaker.say(text);
}

void ReadAloudController::stop()
{
    m_speaker.stop();
    setSpeaking(false);
}

void ReadAloudController::setSpeaking(bool speaking)
{
    if (speaking == m_speaking)
        return;
    m_speaking = speaking;
    emit speakingChanged();
}

} // namespace cg
