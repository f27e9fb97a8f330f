#pragma once

#include "core/module.h"

#include <QStringList>

namespace cg {

// Reading level by the Flesch-Kincaid grade formula:
//   0.39 x (words / sentences) + 11.8 x (syllables / words) - 15.59
// Grade 6 is about a reading age of 11. Syllables are counted by vowel groups, less a silent
// final "e", which is close enough for whole sections of everyday English.
int countSyllables(const QString &word);

// The grade of some prose, given as separate units (paragraphs, list items, block lines). A unit
// without closing punctuation (a list item, a title) counts as one sentence.
double fleschKincaidGrade(const QStringList &units);

} // namespace cg
