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

// An area pack's local words, in <contentDir>/areas/<slug>/search-words.json, in the same form.
// Issues name the area's file.
SearchWordsResult readAreaSearchWords(const QString &contentDir, const QString &slug);

// The national words with an area's local words added: a local word that is also a national one
// keeps both lists.
SearchWords withLocalWords(SearchWords national, const SearchWords &local);

} // namespace cg
