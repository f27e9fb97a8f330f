#include "content/htmltext.h"

#include <algorithm>
#include <array>
#include <string_view>
#include <vector>

namespace cg {

namespace {

// Marks a newline that was in the source text. Whether it stays a newline is only known at the
// end (see sawBlockTag), so it is written as this control character, which never survives from
// the input: every other C0 control is dropped on the way in.
constexpr char16_t sourceNewline = 0x0001;
constexpr char32_t replacementCharacter = 0xFFFD;
constexpr char16_t softHyphen = 0x00AD;

struct NamedEntity {
    std::string_view name;
    char32_t codePoint;
};

// Names are case-sensitive, as in HTML. Any order: a sorted copy is made on first use.
constexpr NamedEntity namedEntities[] = {
    {"amp", 0x26}, {"AMP", 0x26}, {"lt", 0x3C}, {"LT", 0x3C}, {"gt", 0x3E}, {"GT", 0x3E},
    {"quot", 0x22}, {"QUOT", 0x22}, {"apos", 0x27},
    {"nbsp", 0xA0}, {"iexcl", 0xA1}, {"cent", 0xA2}, {"pound", 0xA3}, {"curren", 0xA4},
    {"yen", 0xA5}, {"brvbar", 0xA6}, {"sect", 0xA7}, {"uml", 0xA8}, {"copy", 0xA9},
    {"COPY", 0xA9}, {"ordf", 0xAA}, {"laquo", 0xAB}, {"not", 0xAC}, {"shy", 0xAD},
    {"reg", 0xAE}, {"REG", 0xAE}, {"macr", 0xAF}, {"deg", 0xB0}, {"plusmn", 0xB1},
    {"sup2", 0xB2}, {"sup3", 0xB3}, {"acute", 0xB4}, {"micro", 0xB5}, {"para", 0xB6},
    {"middot", 0xB7}, {"cedil", 0xB8}, {"sup1", 0xB9}, {"ordm", 0xBA}, {"raquo", 0xBB},
    {"frac14", 0xBC}, {"frac12", 0xBD}, {"half", 0xBD}, {"frac34", 0xBE}, {"iquest", 0xBF},
    {"Agrave", 0xC0}, {"Aacute", 0xC1}, {"Acirc", 0xC2}, {"Atilde", 0xC3}, {"Auml", 0xC4},
    {"Aring", 0xC5}, {"AElig", 0xC6}, {"Ccedil", 0xC7}, {"Egrave", 0xC8}, {"Eacute", 0xC9},
    {"Ecirc", 0xCA}, {"Euml", 0xCB}, {"Igrave", 0xCC}, {"Iacute", 0xCD}, {"Icirc", 0xCE},
    {"Iuml", 0xCF}, {"ETH", 0xD0}, {"Ntilde", 0xD1}, {"Ograve", 0xD2}, {"Oacute", 0xD3},
    {"Ocirc", 0xD4}, {"Otilde", 0xD5}, {"Ouml", 0xD6}, {"times", 0xD7}, {"Oslash", 0xD8},
    {"Ugrave", 0xD9}, {"Uacute", 0xDA}, {"Ucirc", 0xDB}, {"Uuml", 0xDC}, {"Yacute", 0xDD},
    {"THORN", 0xDE}, {"szlig", 0xDF}, {"agrave", 0xE0}, {"aacute", 0xE1}, {"acirc", 0xE2},
    {"atilde", 0xE3}, {"auml", 0xE4}, {"aring", 0xE5}, {"aelig", 0xE6}, {"ccedil", 0xE7},
    {"egrave", 0xE8}, {"eacute", 0xE9}, {"ecirc", 0xEA}, {"euml", 0xEB}, {"igrave", 0xEC},
    {"iacute", 0xED}, {"icirc", 0xEE}, {"iuml", 0xEF}, {"eth", 0xF0}, {"ntilde", 0xF1},
    {"ograve", 0xF2}, {"oacute", 0xF3}, {"ocirc", 0xF4}, {"otilde", 0xF5}, {"ouml", 0xF6},
    {"divide", 0xF7}, {"oslash", 0xF8}, {"ugrave", 0xF9}, {"uacute", 0xFA}, {"ucirc", 0xFB},
    {"uuml", 0xFC}, {"yacute", 0xFD}, {"thorn", 0xFE}, {"yuml", 0xFF},
    // Welsh place names and services use ŵ and ŷ.
    {"Wcirc", 0x174}, {"wcirc", 0x175}, {"Ycirc", 0x176}, {"ycirc", 0x177},
    {"OElig", 0x152}, {"oelig", 0x153}, {"Scaron", 0x160}, {"scaron", 0x161}, {"Yuml", 0x178},
    {"fnof", 0x192}, {"circ", 0x2C6}, {"tilde", 0x2DC},
    {"ensp", 0x2002}, {"emsp", 0x2003}, {"thinsp", 0x2009}, {"zwnj", 0x200C}, {"zwj", 0x200D},
    {"lrm", 0x200E}, {"rlm", 0x200F}, {"ndash", 0x2013}, {"mdash", 0x2014}, {"lsquo", 0x2018},
    {"rsquo", 0x2019}, {"sbquo", 0x201A}, {"ldquo", 0x201C}, {"rdquo", 0x201D},
    {"bdquo", 0x201E}, {"dagger", 0x2020}, {"Dagger", 0x2021}, {"bull", 0x2022},
    {"hellip", 0x2026}, {"permil", 0x2030}, {"prime", 0x2032}, {"Prime", 0x2033},
    {"lsaquo", 0x2039}, {"rsaquo", 0x203A}, {"euro", 0x20AC}, {"trade", 0x2122},
    {"larr", 0x2190}, {"uarr", 0x2191}, {"rarr", 0x2192}, {"darr", 0x2193}, {"harr", 0x2194},
    {"minus", 0x2212}, {"ne", 0x2260}, {"le", 0x2264}, {"ge", 0x2265},
    {"starf", 0x2605}, {"star", 0x2606}, {"hearts", 0x2665}, {"check", 0x2713},
};

// Names browsers also accept without the closing ";" ("Fish &amp chips"). Only an exact name
// counts here: "&ampersand" stays as written.
constexpr std::string_view legacyEntities[] = {
    "amp", "AMP", "lt", "LT", "gt", "GT", "quot", "QUOT", "nbsp", "copy", "COPY", "reg", "REG",
    "pound",
};

char32_t lookUpNamedEntity(std::string_view name)
{
    static const std::vector<NamedEntity> sorted = [] {
        std::vector<NamedEntity> entities(std::begin(namedEntities), std::end(namedEntities));
        std::sort(entities.begin(), entities.end(),
                  [](const NamedEntity &a, const NamedEntity &b) { return a.name < b.name; });
        return entities;
    }();
    const auto it = std::lower_bound(
        sorted.begin(), sorted.end(), name,
        [](const NamedEntity &entity, std::string_view wanted) { return entity.name < wanted; });
    return it != sorted.end() && it->name == name ? it->codePoint : 0;
}

// &#128; to &#159; mean Windows-1252 in the wild (and in the HTML standard); 0 where that code
// page has no character either.
constexpr std::array<char16_t, 32> windows1252 = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0,      0x017D, 0,
    0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178,
};

bool isAsciiLetter(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z');
}

bool isAsciiDigit(QChar c)
{
    return c.unicode() >= '0' && c.unicode() <= '9';
}

bool isAsciiAlnum(QChar c)
{
    return isAsciiLetter(c) || isAsciiDigit(c);
}

int hexValue(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= '0' && u <= '9')
        return u - '0';
    if (u >= 'a' && u <= 'f')
        return u - 'a' + 10;
    if (u >= 'A' && u <= 'F')
        return u - 'A' + 10;
    return -1;
}

// Whitespace as the HTML tokenizer sees it inside a tag.
bool isTagSpace(QChar c)
{
    const char16_t u = c.unicode();
    return u == ' ' || u == '\t' || u == '\n' || u == '\r' || u == '\f';
}

enum class TagKind { Other, Skipped, Paragraph, Line, Break, ListItem, List, Cell };

TagKind kindOf(std::string_view name)
{
    static constexpr std::string_view skipped[] = {"script",   "style",  "head", "noscript",
                                                   "template", "iframe", "object", "svg"};
    static constexpr std::string_view paragraphs[] = {
        "p",  "h1",         "h2", "h3", "h4",     "h5",      "h6",      "table",
        "hr", "blockquote", "pre", "dl", "figure", "address", "fieldset"};
    static constexpr std::string_view lines[] = {
        "div",  "section", "article",    "header",  "footer",  "nav",    "main",  "aside",
        "tr",   "dt",      "dd",         "caption", "details", "summary", "center", "figcaption",
        "form", "legend",  "option"};
    const auto in = [name](const auto &names) {
        return std::find(std::begin(names), std::end(names), name) != std::end(names);
    };
    if (name == "br")
        return TagKind::Break;
    if (name == "li")
        return TagKind::ListItem;
    if (name == "ul" || name == "ol")
        return TagKind::List;
    if (name == "td" || name == "th")
        return TagKind::Cell;
    if (in(skipped))
        return TagKind::Skipped;
    if (in(paragraphs))
        return TagKind::Paragraph;
    if (in(lines))
        return TagKind::Line;
    return TagKind::Other;
}

class HtmlToText
{
public:
    explicit HtmlToText(const QString &html)
        : m_text(html.constData()), m_size(html.size())
    {
        m_out.reserve(m_size);
    }

    QString convert()
    {
        qsizetype i = 0;
        while (i < m_size) {
            const QChar c = m_text[i];
            if (c == QLatin1Char('<')) {
                i = readMarkup(i);
            } else if (c == QLatin1Char('&')) {
                i = readEntity(i);
            } else if (c == QLatin1Char('\r')) {
                appendCodePoint('\n');
                i += (i + 1 < m_size && m_text[i + 1] == QLatin1Char('\n')) ? 2 : 1;
            } else {
                appendUnit(c.unicode());
                ++i;
            }
        }
        return normalised();
    }

private:
    // One UTF-16 unit of text: surrogates pass through as they are (normalised() checks pairs).
    void appendUnit(char16_t u)
    {
        if (u == '\n' || u == 0x2028 || u == 0x2029) {
            m_out.append(QChar(sourceNewline));
        } else if (u < 0x20 || (u >= 0x7F && u <= 0x9F)) {
            if (QChar::isSpace(u))
                m_out.append(QLatin1Char(' ')); // tab, form feed, vertical tab
            // other control characters are dropped
        } else if (u == softHyphen) {
            // invisible when not breaking a line, so nothing in plain text
        } else if (QChar::isSpace(u)) {
            m_out.append(QLatin1Char(' ')); // nbsp, em space, ideographic space...
        } else {
            m_out.append(QChar(u));
        }
    }

    void appendCodePoint(char32_t codePoint)
    {
        if (codePoint > 0xFFFF) {
            const char32_t units[] = {codePoint};
            m_out.append(QString::fromUcs4(units, 1));
        } else {
            appendUnit(char16_t(codePoint));
        }
    }

    // Position of the first '>' at or after from, or -1. Asked with ever later positions, so one
    // remembered answer keeps all the asking linear.
    qsizetype nextGreaterThan(qsizetype from)
    {
        if (m_gtSearchedFrom < 0 || from < m_gtSearchedFrom
            || (m_gtFound >= 0 && m_gtFound < from)) {
            m_gtSearchedFrom = from;
            m_gtFound = -1;
            for (qsizetype i = from; i < m_size; ++i) {
                if (m_text[i] == QLatin1Char('>')) {
                    m_gtFound = i;
                    break;
                }
            }
        }
        return m_gtFound;
    }

    qsizetype indexOf(QLatin1StringView needle, qsizetype from) const
    {
        return QStringView(m_text, m_size).indexOf(needle, from, Qt::CaseInsensitive);
    }

    // Reads what starts with the '<' at i: a tag, comment or declaration is consumed and acted
    // on; anything else leaves the '<' as text. Returns where to carry on.
    qsizetype readMarkup(qsizetype i)
    {
        const auto asText = [this, i] {
            m_out.append(QLatin1Char('<'));
            return i + 1;
        };
        if (i + 1 >= m_size)
            return asText();
        const QChar next = m_text[i + 1];

        if (next == QLatin1Char('!') || next == QLatin1Char('?')) {
            if (i + 3 < m_size && next == QLatin1Char('!') && m_text[i + 2] == QLatin1Char('-')
                && m_text[i + 3] == QLatin1Char('-')) {
                // "<!-->" and "<!--->" are complete (empty) comments too.
                const qsizetype end = indexOf(QLatin1StringView("-->"), i + 2);
                return end < 0 ? m_size : end + 3;
            }
            // <!DOCTYPE ...>, <![CDATA[...]]>, <?xml ...?>
            const qsizetype end = nextGreaterThan(i + 2);
            return end < 0 ? asText() : end + 1;
        }

        const bool closing = next == QLatin1Char('/');
        const qsizetype nameStart = closing ? i + 2 : i + 1;
        if (nameStart >= m_size || !isAsciiLetter(m_text[nameStart]))
            return asText(); // "a < b", "<3", "</ x"

        // The name, lower-cased. Long or non-ASCII names are never ones we act on.
        char nameBuffer[16];
        std::size_t nameLength = 0;
        bool nameUnusable = false;
        qsizetype j = nameStart;
        for (; j < m_size; ++j) {
            const QChar c = m_text[j];
            if (isTagSpace(c) || c == QLatin1Char('/') || c == QLatin1Char('>')
                || c == QLatin1Char('<'))
                break;
            if (nameLength < sizeof nameBuffer && c.unicode() < 0x80)
                nameBuffer[nameLength++] = char(c.toLower().unicode());
            else
                nameUnusable = true;
        }
        const std::string_view name =
            nameUnusable ? std::string_view() : std::string_view(nameBuffer, nameLength);

        // Attributes, up to the '>'. A quote opens a value only right after '=' (as in HTML), and
        // a '>' inside a quoted value does not end the tag. Every path stops at the next '<', so
        // no stretch of text is ever scanned for two different tags: linear on any input.
        bool afterEquals = false;
        bool sawEquals = false;
        qsizetype end = -1;      // the '>' closing a well-formed tag
        qsizetype brokenAt = -1; // where a broken tag stops: a '<' or the end of the text
        bool brokenInValue = false;
        while (j < m_size) {
            const QChar c = m_text[j];
            if (c == QLatin1Char('>')) {
                end = j;
                break;
            }
            if (c == QLatin1Char('<')) {
                brokenAt = j;
                break;
            }
            if (afterEquals && (c == QLatin1Char('"') || c == QLatin1Char('\''))) {
                qsizetype k = j + 1;
                while (k < m_size && m_text[k] != c && m_text[k] != QLatin1Char('<'))
                    ++k;
                if (k < m_size && m_text[k] == c) {
                    j = k + 1;
                    afterEquals = false;
                    continue;
                }
                brokenAt = k;
                brokenInValue = true;
                break;
            }
            if (c == QLatin1Char('=')) {
                afterEquals = true;
                sawEquals = true;
            } else if (!isTagSpace(c)) {
                afterEquals = false;
            }
            ++j;
        }
        if (end < 0 && brokenAt < 0)
            brokenAt = m_size;

        qsizetype resumeAt;
        bool selfClosing = false;
        if (end >= 0) {
            resumeAt = end + 1;
            selfClosing = m_text[end - 1] == QLatin1Char('/');
        } else if (brokenInValue && nextGreaterThan(i + 1) >= 0
                   && nextGreaterThan(i + 1) < brokenAt) {
            // <a href="foo>Link</a>: the quote was never closed, so it was not meant as one.
            resumeAt = nextGreaterThan(i + 1) + 1;
        } else if (sawEquals) {
            // <p class="x<b>... or <a href=x at the very end: a tag all the same, ending early.
            resumeAt = brokenAt;
        } else {
            return asText(); // "a<b", "if x<y then"
        }

        const TagKind kind = kindOf(name);
        if (kind == TagKind::Skipped) {
            if (closing || selfClosing)
                return resumeAt;
            return skipBlock(name, resumeAt);
        }
        actOnTag(kind, closing);
        return resumeAt;
    }

    // Drops everything up to and including </name>, or to the end when it never comes.
    qsizetype skipBlock(std::string_view name, qsizetype from)
    {
        char needleBuffer[20] = {'<', '/'};
        std::copy(name.begin(), name.end(), needleBuffer + 2);
        const QLatin1StringView needle(needleBuffer, qsizetype(name.size()) + 2);
        while (true) {
            const qsizetype found = indexOf(needle, from);
            if (found < 0)
                return m_size;
            const qsizetype after = found + needle.size();
            if (after >= m_size)
                return m_size;
            const QChar c = m_text[after];
            if (c == QLatin1Char('>') || c == QLatin1Char('/') || isTagSpace(c)) {
                const qsizetype end = nextGreaterThan(after);
                return end < 0 ? m_size : end + 1;
            }
            from = after; // "</scripts>" does not close a script
        }
    }

    void actOnTag(TagKind kind, bool closing)
    {
        switch (kind) {
        case TagKind::Other:
        case TagKind::Skipped:
            return;
        case TagKind::Paragraph:
            paragraphBreak();
            break;
        case TagKind::Line:
            lineBreak();
            break;
        case TagKind::Break:
            trimTrailingSpace();
            m_out.append(QLatin1Char('\n'));
            break;
        case TagKind::ListItem:
            lineBreak();
            if (!closing)
                m_out.append(QStringLiteral("• "));
            break;
        case TagKind::List:
            if (closing)
                m_listDepth = std::max(0, m_listDepth - 1);
            // A list stands apart from the text around it; a list inside a list item does not.
            if (m_listDepth == 0)
                paragraphBreak();
            else
                lineBreak();
            if (!closing)
                ++m_listDepth;
            break;
        case TagKind::Cell:
            if (!closing)
                m_out.append(QLatin1Char(' '));
            break;
        }
        m_sawBlockTag = true;
    }

    // Only called for block-level tags, so source newlines are spaces and can go too.
    void trimTrailingSpace()
    {
        qsizetype size = m_out.size();
        while (size > 0
               && (m_out[size - 1] == QLatin1Char(' ') || m_out[size - 1] == QChar(sourceNewline)))
            --size;
        m_out.truncate(size);
    }

    void lineBreak()
    {
        trimTrailingSpace();
        if (!m_out.isEmpty() && !m_out.endsWith(QLatin1Char('\n')))
            m_out.append(QLatin1Char('\n'));
    }

    void paragraphBreak()
    {
        trimTrailingSpace();
        if (m_out.isEmpty() || m_out.endsWith(QLatin1StringView("\n\n")))
            return;
        m_out.append(m_out.endsWith(QLatin1Char('\n')) ? QLatin1StringView("\n")
                                                        : QLatin1StringView("\n\n"));
    }

    // Reads the entity starting with the '&' at i; a '&' that does not start one is text.
    qsizetype readEntity(qsizetype i)
    {
        const auto asText = [this, i] {
            m_out.append(QLatin1Char('&'));
            return i + 1;
        };
        qsizetype j = i + 1;
        if (j < m_size && m_text[j] == QLatin1Char('#')) {
            ++j;
            const bool hex = j < m_size
                && (m_text[j] == QLatin1Char('x') || m_text[j] == QLatin1Char('X'));
            if (hex)
                ++j;
            const qsizetype digitsStart = j;
            char32_t value = 0;
            bool tooBig = false;
            for (; j < m_size; ++j) {
                const int digit = hex ? hexValue(m_text[j])
                                      : (isAsciiDigit(m_text[j]) ? m_text[j].unicode() - '0' : -1);
                if (digit < 0)
                    break;
                if (!tooBig) {
                    value = value * (hex ? 16 : 10) + char32_t(digit);
                    tooBig = value > 0x10FFFF;
                }
            }
            if (j == digitsStart)
                return asText(); // "&#" or "&#x" without digits
            if (j < m_size && m_text[j] == QLatin1Char(';'))
                ++j;
            if (tooBig || value == 0 || (value >= 0xD800 && value <= 0xDFFF))
                appendCodePoint(replacementCharacter);
            else if (value >= 0x80 && value <= 0x9F)
                appendCodePoint(windows1252[value - 0x80]); // 0, undefined: dropped as a control
            else
                appendCodePoint(value);
            return j;
        }

        char nameBuffer[32];
        std::size_t length = 0;
        while (j < m_size && isAsciiAlnum(m_text[j])) {
            if (length == sizeof nameBuffer)
                return asText(); // far too long for any entity
            nameBuffer[length++] = char(m_text[j].unicode());
            ++j;
        }
        if (length == 0)
            return asText();
        const std::string_view name(nameBuffer, length);
        const char32_t codePoint = lookUpNamedEntity(name);
        if (codePoint == 0)
            return asText(); // unknown: stays as written
        if (j < m_size && m_text[j] == QLatin1Char(';')) {
            appendCodePoint(codePoint);
            return j + 1;
        }
        if (std::find(std::begin(legacyEntities), std::end(legacyEntities), name)
            != std::end(legacyEntities)) {
            appendCodePoint(codePoint);
            return j;
        }
        return asText();
    }

    // Source newlines become line breaks or spaces, spaces collapse, lines are trimmed, empty
    // lines collapse to one and the ends go. Unpaired surrogates become U+FFFD.
    QString normalised() const
    {
        QString result;
        result.reserve(m_out.size());
        const char16_t newline = m_sawBlockTag ? u' ' : u'\n';
        int newlines = 0;
        bool space = false;
        const qsizetype size = m_out.size();
        for (qsizetype k = 0; k < size; ++k) {
            char16_t u = m_out[k].unicode();
            if (u == sourceNewline)
                u = newline;
            if (u == '\n') {
                ++newlines;
                space = false;
                continue;
            }
            if (u == ' ') {
                space = true;
                continue;
            }
            if (!result.isEmpty()) {
                if (newlines >= 2)
                    result.append(QLatin1StringView("\n\n"));
                else if (newlines == 1)
                    result.append(QLatin1Char('\n'));
                else if (space)
                    result.append(QLatin1Char(' '));
            }
            newlines = 0;
            space = false;
            if (QChar::isHighSurrogate(u) && k + 1 < size && m_out[k + 1].isLowSurrogate()) {
                result.append(QChar(u));
                result.append(m_out[++k]);
            } else if (QChar::isSurrogate(u)) {
                result.append(QChar(char16_t(replacementCharacter)));
            } else {
                result.append(QChar(u));
            }
        }
        return result;
    }

    const QChar *m_text;
    qsizetype m_size;
    QString m_out;
    bool m_sawBlockTag = false;
    int m_listDepth = 0;
    qsizetype m_gtSearchedFrom = -1; // -1: never searched
    qsizetype m_gtFound = -1;
};

} // namespace

QString plainTextFromHtml(const QString &html)
{
    return HtmlToText(html).convert();
}

} // namespace cg
