#pragma once

#include <QTranslator>

namespace cg {

// Pseudo-locales for checking layouts before real translations exist, as Android does:
//  - Lengthen ("en-XA"): accents every letter and makes each string about 40% longer, in
//    brackets, so clipped or overlapping text is easy to spot.
//  - RightToLeft ("ar-XB"): shows each string right to left, for checking mirrored layouts.
// Placeholders such as %1 and %n are kept as they are.
class PseudoLocaleTranslator : public QTranslator
{
    Q_OBJECT

public:
    enum class Kind { Lengthen, RightToLeft };

    explicit PseudoLocaleTranslator(Kind kind, QObject *parent = nullptr);

    QString translate(const char *context, const char *sourceText, const char *disambiguation = nullptr,
                      int n = -1) const override;
    bool isEmpty() const override { return false; }

    static QString lengthen(const QString &text);
    static QString rightToLeft(const QString &text);

private:
    Kind m_kind;
};

} // namespace cg
