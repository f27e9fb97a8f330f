#pragma once

#include <QByteArray>
#include <QString>

namespace cg {

// The dashboard's pages are built on the server as plain HTML with their styles inline: no
// scripts, nothing fetched from elsewhere, so they work in a locked-down council browser and print.

// `text` safe to put between tags or in an attribute.
QString htmlEscaped(const QString &text);

// A whole page: `title` in the tab and `body` (already HTML) inside <main>.
QByteArray htmlPage(const QString &title, const QString &body);

// The sign-in form, with a message above it (empty for none) and the address typed before.
QByteArray signInPage(const QString &message, const QString &email);

} // namespace cg
