#pragma once

#include <QByteArray>
#include <QString>

namespace cg {

// Simple HTML (headings, paragraphs, a table) laid out on A4 pages as a PDF, in memory. Empty
// when it could not be made.
QByteArray htmlToPdf(const QString &html);

} // namespace cg
