#pragma once

#include "core/searchwords.h"
#include "core/validationissue.h"

namespace cg {

struct SearchWordsResult {
    SearchWords words;
    ValidationIssues issues;
};

// Reads <contentDir>/search-words.json: an object whose keys are everyday words a parent might
// type (one lower-case word each) and whose values are lists of the words guides use instead.
// A bad entry is left out with an issue; a missing file means no extra words, not an error.
SearchWordsResult readSearchWords(const QString &contentDir);

} // namespace cg
