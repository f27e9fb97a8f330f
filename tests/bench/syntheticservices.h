#pragma once

#include "core/searchentry.h"

#include <QList>

// Made-up local services for the search benchmark only: never shipped, never shown. Names and
// descriptions are put together from plain service words, so the index holds realistic text of
// a realistic size (a council directory of about 2,000 services).
QList<cg::SearchEntry> syntheticServices(int count, quint32 seed);
