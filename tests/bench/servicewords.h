#pragma once

#include <QStringList>

// Plain words for made-up services in the benchmarks (never shipped, never shown): place names
// and one-line descriptions, shared so both benchmarks' services read alike.
const QStringList &benchPlaceNames();
const QStringList &benchServiceSentences();
