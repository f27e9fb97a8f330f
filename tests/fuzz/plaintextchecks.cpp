#include "plaintextchecks.h"

#include "content/htmltext.h"
#include "fuzzcheck.h"

#include <algorithm>

namespace {

// Where and what, for the failure message: the code point in hex and the text around it.
QString at(const QString &text, qsizetype index)
{
    return QStringLiteral("U+%1 at %2 in \"%3\"")
        .arg(text[index].unicode(), 4, 16, QLatin1Char('0'))
        .arg(index)
        .arg(text.mid(std::max<qsizetype>(0, index - 20), 40));
}

} // namespace

void checkPlainText(const QString &text, const char *field)
{
    const auto where = [&](qsizetype index) {
        return QString::fromLatin1(field) + QStringLiteral(": ") + at(text, index);
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c.isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            ++i;
            continue;
        }
        fuzzRequire(!c.isSurrogate(), "plain text never holds an unpaired surrogate", [&] { return where(i); });
        const char16_t u = c.unicode();
        fuzzRequire(u == u'\n' || (u >= 0x20 && !(u >= 0x7F && u <= 0x9F)),
                    "plain text holds no control character but the line break", [&] { return where(i); });
        fuzzRequire(u != 0x00AD, "plain text holds no soft hyphen", [&] { return where(i); });
        fuzzRequire(!c.isSpace() || u == u' ' || u == u'\n', "every space in plain text is a plain space or a line break",
                    [&] { return where(i); });
    }
    for (const char *run : {"  ", " \n", "\n ", "\n\n\n"}) {
        const qsizetype found = text.indexOf(QLatin1String(run));
        fuzzRequire(found < 0, "plain text has spaces collapsed, lines trimmed and at most one empty line in a row",
                    [&] { return where(found); });
    }
    fuzzRequire(text == text.trimmed(), "plain text starts and ends with something to read",
                [&] { return QString::fromLatin1(field) + QStringLiteral(": \"") + text + QLatin1Char('"'); });
}

void checkPlainTextFromHtml(const QString &html)
{
    const QString text = cg::plainTextFromHtml(html);
    checkPlainText(text, "plainTextFromHtml");
    // Markup and entities only ever shrink: a tag or entity is never shorter than what it becomes.
    fuzzRequire(text.size() <= html.size(), "plain text is never longer than the HTML it came from",
                [&] { return QStringLiteral("%1 from %2 code units").arg(text.size()).arg(html.size()); });

    // Plain text with nothing that looks like markup is already what the converter would make of it.
    if (!text.contains(QLatin1Char('<')) && !text.contains(QLatin1Char('&'))) {
        fuzzRequire(cg::plainTextFromHtml(text) == text, "converting plain text again changes nothing",
                    [&] { return QStringLiteral("\"%1\" became \"%2\"").arg(text, cg::plainTextFromHtml(text)); });
    }

    // A script block goes with all of its content, to the end of the text when it is never closed;
    // so does a comment. Only a closing tag (or "-->") in the input itself could end them early.
    if (!html.contains(QLatin1String("</script"), Qt::CaseInsensitive)) {
        const QString inScript = cg::plainTextFromHtml(QStringLiteral("<script>") + html);
        fuzzRequire(inScript.isEmpty(), "nothing inside an unclosed <script> reaches the text",
                    [&] { return QStringLiteral("left: \"%1\"").arg(inScript.left(80)); });
    }
    if (!html.contains(QLatin1String("-->"))) {
        const QString inComment = cg::plainTextFromHtml(QStringLiteral("<!-- ") + html);
        fuzzRequire(inComment.isEmpty(), "nothing inside an unclosed comment reaches the text",
                    [&] { return QStringLiteral("left: \"%1\"").arg(inComment.left(80)); });
    }
}
