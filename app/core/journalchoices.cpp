#include "core/journalchoices.h"

#include <QCoreApplication>

#include <algorithm>

namespace cg {
namespace {

const QList<JournalChoice> kWithWhom{
    {"partner", QT_TRANSLATE_NOOP("JournalChoices", "Partner")},
    {"ex-or-co-parent", QT_TRANSLATE_NOOP("JournalChoices", "Ex or co-parent")},
    {"other-family", QT_TRANSLATE_NOOP("JournalChoices", "Other family member")},
};

const QList<JournalChoice> kHow{
    {"face-to-face", QT_TRANSLATE_NOOP("JournalChoices", "Face to face")},
    {"text-or-messages", QT_TRANSLATE_NOOP("JournalChoices", "Text or messages")},
    {"phone-or-video", QT_TRANSLATE_NOOP("JournalChoices", "Phone or video call")},
};

const QList<JournalChoice> kAbout{
    {"money", QT_TRANSLATE_NOOP("JournalChoices", "Money")},
    {"chores", QT_TRANSLATE_NOOP("JournalChoices", "Chores")},
    {"parenting", QT_TRANSLATE_NOOP("JournalChoices", "Parenting and discipline")},
    {"childrens-arrangements", QT_TRANSLATE_NOOP("JournalChoices", "Children's arrangements")},
    {"family-and-in-laws", QT_TRANSLATE_NOOP("JournalChoices", "Family and in-laws")},
    {"work", QT_TRANSLATE_NOOP("JournalChoices", "Work")},
    {"alcohol-or-drugs", QT_TRANSLATE_NOOP("JournalChoices", "Alcohol or drugs")},
    {"trust-and-jealousy", QT_TRANSLATE_NOOP("JournalChoices", "Trust and jealousy")},
    {"time-together", QT_TRANSLATE_NOOP("JournalChoices", "Time together")},
    {"intimacy", QT_TRANSLATE_NOOP("JournalChoices", "Intimacy")},
    {"phones-and-social-media", QT_TRANSLATE_NOOP("JournalChoices", "Phones and social media")},
    {"other", QT_TRANSLATE_NOOP("JournalChoices", "Something else")},
};

// The first ones are part of many arguments; the later ones are read by the safety rules.
const QList<JournalChoice> kHappened{
    {"raised-voices", QT_TRANSLATE_NOOP("JournalChoices", "Raised voices")},
    {"shouting-or-swearing", QT_TRANSLATE_NOOP("JournalChoices", "Shouting or swearing")},
    {"silent-treatment", QT_TRANSLATE_NOOP("JournalChoices", "Silent treatment")},
    {"walked-out", QT_TRANSLATE_NOOP("JournalChoices", "Someone walked out")},
    {"name-calling", QT_TRANSLATE_NOOP("JournalChoices", "Name-calling")},
    {"blaming", QT_TRANSLATE_NOOP("JournalChoices", "Blaming")},
    {"things-thrown-or-broken", QT_TRANSLATE_NOOP("JournalChoices", "Things thrown or broken")},
    {"threats", QT_TRANSLATE_NOOP("JournalChoices", "Threats")},
    {"pushed-or-hurt", QT_TRANSLATE_NOOP("JournalChoices", "I was pushed or hurt")},
    {"felt-afraid", QT_TRANSLATE_NOOP("JournalChoices", "I felt afraid")},
    {"stopped-seeing-people-or-using-money", QT_TRANSLATE_NOOP("JournalChoices", "I was stopped from seeing people or using money")},
    {"phone-checked-or-tracked", QT_TRANSLATE_NOOP("JournalChoices", "My phone was checked or my location tracked")},
};

const QList<JournalChoice> kEnding{
    {"sorted-out", QT_TRANSLATE_NOOP("JournalChoices", "We sorted it out")},
    {"agreed-to-differ", QT_TRANSLATE_NOOP("JournalChoices", "We agreed to differ")},
    {"unresolved", QT_TRANSLATE_NOOP("JournalChoices", "Still not sorted")},
    {"walked-away", QT_TRANSLATE_NOOP("JournalChoices", "One of us walked away")},
    {"made-up-later", QT_TRANSLATE_NOOP("JournalChoices", "We made up later")},
};

const QList<JournalChoice> kTimeOfDay{
    {"morning", QT_TRANSLATE_NOOP("JournalChoices", "Morning")},
    {"afternoon", QT_TRANSLATE_NOOP("JournalChoices", "Afternoon")},
    {"evening", QT_TRANSLATE_NOOP("JournalChoices", "Evening")},
    {"night", QT_TRANSLATE_NOOP("JournalChoices", "Night")},
};

const char *const kHeatLabels[] = {
    QT_TRANSLATE_NOOP("JournalChoices", "Calm"),
    QT_TRANSLATE_NOOP("JournalChoices", "A bit tense"),
    QT_TRANSLATE_NOOP("JournalChoices", "Tense"),
    QT_TRANSLATE_NOOP("JournalChoices", "Heated"),
    QT_TRANSLATE_NOOP("JournalChoices", "Very heated"),
};

} // namespace

const QList<JournalChoice> &journalChoices(JournalQuestion question)
{
    switch (question) {
    case JournalQuestion::WithWhom: return kWithWhom;
    case JournalQuestion::How: return kHow;
    case JournalQuestion::About: return kAbout;
    case JournalQuestion::Happened: return kHappened;
    case JournalQuestion::Ending: return kEnding;
    case JournalQuestion::TimeOfDay: return kTimeOfDay;
    }
    Q_UNREACHABLE();
}

bool journalQuestionTakesMany(JournalQuestion question)
{
    return question == JournalQuestion::About || question == JournalQuestion::Happened;
}

QString journalChoiceLabel(JournalQuestion question, const QString &key)
{
    const QList<JournalChoice> &choices = journalChoices(question);
    const auto found = std::find_if(choices.cbegin(), choices.cend(),
                                    [&key](const JournalChoice &choice) { return key == QLatin1String(choice.key); });
    return found == choices.cend() ? key : QCoreApplication::translate("JournalChoices", found->label);
}

QString journalHeatLabel(int heat)
{
    if (heat < journalHeatMin || heat > journalHeatMax)
        return QString();
    return QCoreApplication::translate("JournalChoices", kHeatLabels[heat - journalHeatMin]);
}

QString timeOfDayKey(int hour)
{
    if (hour >= 5 && hour < 12)
        return QStringLiteral("morning");
    if (hour >= 12 && hour < 17)
        return QStringLiteral("afternoon");
    if (hour >= 17 && hour < 22)
        return QStringLiteral("evening");
    return QStringLiteral("night");
}

int representativeHour(const QString &key)
{
    if (key == QLatin1String("morning"))
        return 9;
    if (key == QLatin1String("afternoon"))
        return 14;
    if (key == QLatin1String("evening"))
        return 19;
    return 23;
}

} // namespace cg
