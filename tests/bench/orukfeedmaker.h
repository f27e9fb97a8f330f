#pragma once

#include <QByteArray>
#include <QDate>
#include <QJsonObject>
#include <QList>

// A made-up council directory feed for the import benchmark only: never shipped, never shown.
// Every record starts as a copy of one of the real Bristol records (tests/content/fixtures/oruk)
// and is then varied: id, name, HTML description, phones, opening times, taxonomy terms, ages,
// cost, places and assured date. Web and e-mail addresses are under the reserved .test domain,
// phone numbers are Ofcom's numbers set aside for drama, and places are named "Benchmark venue N",
// so nothing here is a real route to anyone. A few records are repeats of an earlier id, have no
// name or are inactive, so the importer's skip paths run as they do on real feeds.
struct OrukFeed {
    QByteArray json;        // one page holding every record
    int records = 0;
    int duplicates = 0;     // records repeating an earlier id (always named and active)
    int withoutName = 0;    // name "", null or missing
    int inactive = 0;
};

enum class OrukShape { Version3, Version1 };

// `templates` are the real records to start from; assured dates fall in the 3 years before `today`
// (so about two in three are more than 12 months old). The same seed gives the same feed.
OrukFeed makeOrukFeed(const QList<QJsonObject> &templates, int count, quint32 seed, OrukShape shape, QDate today);
