#pragma once

#include <QString>

class QGuiApplication;

namespace cg {

// Chooses the language: a pseudo-locale ("en-XA", "ar-XB"), a shipped translation
// (":/i18n/commonground_<locale>.qm"), or the source English. Sets the layout direction so
// right-to-left languages mirror. Returns false with an error for a locale name Qt does not know.
bool setUpLocale(QGuiApplication &app, const QString &localeName, QString *error);

} // namespace cg
