#pragma once

#include <QString>

namespace cg {

// Plain text from the HTML that service directories put in descriptions: Open Referral UK feeds
// carry "<h1>About Us</h1>\n\n<p>...</p>", entities, lists and sometimes broken markup, while
// other records are plain text with no HTML at all. The rules, in the order they apply:
// - script, style, head, noscript, template, iframe, object and svg blocks go with their content
//   (unclosed: to the end), as do comments <!-- --> and declarations such as <!DOCTYPE>.
// - p, h1-h6, ul/ol (outermost), table, blockquote, hr, pre, dl, figure, address become a
//   paragraph break (one empty line); div, section, article, header, footer, nav, main, aside, tr,
//   nested ul/ol and the like become a line break; br is always one more line break; li starts a
//   new line with "• "; td/th are separated by a space. Other tags vanish without a trace.
// - Entities are decoded: the common named ones (an unknown name stays as written; amp, lt, gt,
//   quot, nbsp, copy, reg and pound also without ";"), decimal and hex numbers (0, surrogates and
//   values past U+10FFFF become U+FFFD, 128-159 are read as Windows-1252 as browsers do, other
//   control characters are dropped). nbsp and other Unicode spaces become plain spaces, soft
//   hyphens are dropped. The result never holds an unpaired surrogate.
// - A "<" that does not open a well-formed tag ("ages < 5", "a<b", "<3") stays as text. Quoted
//   attribute values may hold ">"; a value or tag broken by a "<" ends before it.
// - Newlines in the source text count as spaces once the text holds a block-level tag (it is
//   HTML, laid out by its tags); in text without any, they are kept as written.
// - Runs of spaces and tabs become one space, every line is trimmed, several empty lines become
//   one, and the whole text is trimmed.
// Runs in linear time however broken the input is.
QString plainTextFromHtml(const QString &html);

} // namespace cg
