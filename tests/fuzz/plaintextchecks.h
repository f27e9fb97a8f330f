#pragma once

#include <QString>

// What app/content/htmltext.h promises about plainTextFromHtml, checked on any input: the result
// is clean plain text (no control characters but line breaks, no unpaired surrogates, spaces
// collapsed, lines trimmed, at most one empty line in a row), never longer than the input, stable
// when converted again, and script, style and comment blocks take all of their content with them.
// Aborts (see fuzzcheck.h) on the first broken promise.
void checkPlainTextFromHtml(const QString &html);

// The part of the above that holds for any text the importer produced with plainTextFromHtml.
void checkPlainText(const QString &text, const char *field);
