#pragma once

#include "core/module.h"
#include "core/validationissue.h"

#include <optional>

namespace cg {

struct SectionParseResult {
    std::optional<ModuleSection> section;  // empty when any issue was found
    ValidationIssues issues;               // each names `file` and a line
};

// Reads one section file: "# Title" on the first line, then paragraphs, "- " lists and
// "::: type" ... ":::" blocks as content/README.md describes. `file` is how issues name the file.
SectionParseResult parseSection(const QString &text, const QString &file);

} // namespace cg
