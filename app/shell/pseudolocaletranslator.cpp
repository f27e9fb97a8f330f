#include "shell/pseudolocaletranslator.h"

#include <QHash>

namespace cg {
namespace {

QChar accented(QChar c)
{
    static const QHash<QChar, QChar> map = [] {
        const QString plain = QStringLiteral("aceinouyACEINOUY");
        const QString marked = QStringLiteral("åçéîñöûýÅÇÉÎÑÖÛÝ");
        QHash<QChar, QChar> result;
        for (qsizetype i = 0; i < plain.size(); ++i)
            result.insert(plain[i], marked[i]);
        return result;
    }();
    return map.value(c, c);
}

bool isPlaceholderAt(const QString &text, qsizetype i)
{
    return text[i] == QLatin1Char('%') && i + 1 < text.size()
        && (text[i + 1].isDigit() || text[i + 1] == QLatin1Char('n'));
}

} // namespace

PseudoLocaleTranslator::PseudoLocaleTranslator(Kind kind, QObject *parent)
    : QTranslator(parent)
    , m_kind(kind)
{
}

QString PseudoLocaleTranslator::translate(const char *context, const char *sourceText, const char *disambiguation,
                                          int n) const
{
    Q_UNUSED(context)
    Q_UNUSED(disambiguation)
    Q_UNUSED(n)
    if (!sourceText || !*sourceText)
        return {};
    const QString source = QString::fromUtf8(sourceText);
    return m_kind == Kind::Lengthen ? lengthen(source) : rightToLeft(source);
}

QString PseudoLocaleTranslator::lengthen(const QString &text)
{
    QString result;
    qsizetype letters = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (isPlaceholderAt(text, i)) {
            result += text.mid(i, 2);
            ++i;
            continue;
        }
        result += accented(text[i]);
        if (text[i].isLetter())
            ++letters;
    }
    // Real translations run up to 40% longer than English; pad with words so lines can wrap.
    const qsizetype padding = (letters * 2 + 4) / 5;
    QString filler;
    for (qsizetype i = 0; i < padding; ++i)
        filler += (i % 6 == 5) ? QLatin1Char(' ') : QChar(0x00B7);
    return QStringLiteral("[") + result + (filler.isEmpty() ? QString() : QLatin1Char(' ') + filler.trimmed())
        + QStringLiteral("]");
}

QString PseudoLocaleTranslator::rightToLeft(const QString &text)
{
    // RIGHT-TO-LEFT MARK first, so the paragraph reads as right to left and aligns to the right;
    // then RIGHT-TO-LEFT OVERRIDE ... POP DIRECTIONAL FORMATTING, so Latin letters behave like
    // Arabic or Hebrew ones and any left-to-right assumption in a layout shows.
    return QString(QChar(0x200F)) + QChar(0x202E) + text + QChar(0x202C);
}

} // namespace cg
