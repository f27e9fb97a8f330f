#include "servicewords.h"

const QStringList &benchPlaceNames()
{
    static const QStringList places{"North",   "South",  "East",    "West",   "Central", "Riverside",
                                    "Hillside", "Park",  "Old Town", "Harbour", "Market", "Station",
                                    "Bridge",  "Green",  "Valley",  "Meadow"};
    return places;
}

const QStringList &benchServiceSentences()
{
    static const QStringList sentences{
        "A friendly group for parents and carers.",
        "Free and confidential, with no need to book.",
        "Drop in any weekday morning and talk to a worker.",
        "Help with bills, debt and the cost of living.",
        "Support for couples who argue a lot or find it hard to talk.",
        "For mums, dads and carers of children of any age.",
        "Meet other parents and share what works.",
        "Support after you split up, to help you agree plans for the children.",
        "Advice on benefits, housing and work.",
        "Trained staff who listen and help you find the next step.",
        "Sessions for babies and toddlers with their parents.",
        "Talk about stress, low mood or worry in a safe space.",
        "Help if you feel unsafe at home or afraid of a partner.",
        "A quiet space for teenagers to talk.",
        "Support for kinship carers and grandparents raising children."};
    return sentences;
}
