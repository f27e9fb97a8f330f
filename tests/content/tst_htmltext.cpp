#include "content/htmltext.h"

#include "catchqtstrings.h"

#include <catch2/catch.hpp>

using namespace cg;

namespace {

QString plain(const char *html)
{
    return plainTextFromHtml(QString::fromUtf8(html));
}

QString utf8(const char *text)
{
    return QString::fromUtf8(text);
}

bool surrogatesArePaired(const QString &text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i].isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate())
            ++i;
        else if (text[i].isSurrogate())
            return false;
    }
    return true;
}

// The description of 1625 Independent People in Bristol's Open Referral UK feed
// (/work/shared/oruk/bristol_oruk-v3_service_full_1625ip.json), shortened: the same tags, blank
// lines, en dashes and curly quotes, with fewer paragraphs.
const char *const bristolDescription =
    R"(<h1>About Us</h1>

<p>1625 Independent People works with young people who are homeless, leaving care or at risk of homelessness in Bristol and the South West.</p>

<p>Our services ranges from signposting or advice, to intensive one-to one support, supported housing, group activities and peer support.</p>

<h1>Get Help</h1>

<p>If you are a young person who is homeless, or at risk of becoming homeless, we can help you.</p>

<p>If you need help and are based in South Glos, please call 0117 969 5763 on Monday – Friday 9 – 4.30pm.</p>

<p>Or you can ‘drop in’ at the Patchway office on a Tuesday and Thursday from 2pm – 4.30pm at 23 The Parade, Coniston Road, Patchway, Bristol, BS34 5LP.</p>)";

} // namespace

TEST_CASE("the Bristol ORUK description becomes paragraphs of plain text")
{
    const QString expected = utf8(
        "About Us\n"
        "\n"
        "1625 Independent People works with young people who are homeless, leaving care or at risk "
        "of homelessness in Bristol and the South West.\n"
        "\n"
        "Our services ranges from signposting or advice, to intensive one-to one support, "
        "supported housing, group activities and peer support.\n"
        "\n"
        "Get Help\n"
        "\n"
        "If you are a young person who is homeless, or at risk of becoming homeless, we can help "
        "you.\n"
        "\n"
        "If you need help and are based in South Glos, please call 0117 969 5763 on Monday – "
        "Friday 9 – 4.30pm.\n"
        "\n"
        "Or you can ‘drop in’ at the Patchway office on a Tuesday and Thursday from 2pm – 4.30pm "
        "at 23 The Parade, Coniston Road, Patchway, Bristol, BS34 5LP.");
    CHECK(plain(bristolDescription) == expected);
    // Windows line endings in the feed change nothing.
    CHECK(plainTextFromHtml(QString::fromUtf8(bristolDescription)
                                .replace(QLatin1Char('\n'), QLatin1String("\r\n")))
          == expected);
}

TEST_CASE("plain text without HTML keeps its lines")
{
    CHECK(plain("") == QString());
    CHECK(plain("   \n\t \n ") == QString());
    CHECK(plain("Drop-in advice for young people") == utf8("Drop-in advice for young people"));
    CHECK(plain("  Line one  \n  Line two\t\n\n\n\nNew paragraph  ")
          == utf8("Line one\nLine two\n\nNew paragraph"));
    CHECK(plain("Line one\r\nLine two\rLine three") == utf8("Line one\nLine two\nLine three"));
    // Inline tags alone do not make it HTML: the author's line breaks still count.
    CHECK(plain("Opening times:\nMonday <b>9am</b>\nTuesday 10am")
          == utf8("Opening times:\nMonday 9am\nTuesday 10am"));
}

TEST_CASE("block-level tags become line breaks and paragraphs")
{
    CHECK(plain("<p>One</p><p>Two</p>") == utf8("One\n\nTwo"));
    CHECK(plain("<P>One<P>Two") == utf8("One\n\nTwo"));
    CHECK(plain("<h1>Title</h1>Text") == utf8("Title\n\nText"));
    for (const char *heading : {"h2", "h3", "h4", "h5", "h6"}) {
        const QString html = QStringLiteral("<%1>Title</%1>Text").arg(QLatin1String(heading));
        CHECK(plainTextFromHtml(html) == utf8("Title\n\nText"));
    }
    CHECK(plain("<div>One</div><div>Two</div>") == utf8("One\nTwo"));
    CHECK(plain("<section>One</section><article>Two</article>") == utf8("One\nTwo"));
    CHECK(plain("Before<blockquote>Quote</blockquote>After") == utf8("Before\n\nQuote\n\nAfter"));
    CHECK(plain("Above<hr>Below") == utf8("Above\n\nBelow"));
    CHECK(plain("Above<HR/>Below") == utf8("Above\n\nBelow"));
    // Every <br> is a line break, two make an empty line, more do not make more.
    CHECK(plain("One<br>Two<br/>Three<BR />Four") == utf8("One\nTwo\nThree\nFour"));
    CHECK(plain("One<br><br>Two") == utf8("One\n\nTwo"));
    CHECK(plain("One<br><br><br><br>Two") == utf8("One\n\nTwo"));
    CHECK(plain("<p>One<br></p><p>Two</p>") == utf8("One\n\nTwo"));
    CHECK(plain("<table><tr><td>Mon</td><td>9-5</td></tr><tr><th>Tue</th><td>Closed</td></tr>"
                "</table>After")
          == utf8("Mon 9-5\nTue Closed\n\nAfter"));
}

TEST_CASE("source newlines inside HTML are spaces")
{
    CHECK(plain("<p>A sentence\nthat wraps\n  in the source.</p>\n\n<p>Next</p>")
          == utf8("A sentence that wraps in the source.\n\nNext"));
    CHECK(plain("Text\nbefore<br>\nafter") == utf8("Text before\nafter"));
}

TEST_CASE("list items start a new line with a bullet")
{
    CHECK(plain("<p>We offer:</p>\n<ul>\n  <li>Advice</li>\n  <li>Housing</li>\n</ul>\n<p>Call us</p>")
          == utf8("We offer:\n\n• Advice\n• Housing\n\nCall us"));
    CHECK(plain("<ol><li>First<li>Second</ol>") == utf8("• First\n• Second"));
    CHECK(plain("Intro<ul><li>A<ul><li>A1</li></ul></li><li>B</li></ul>End")
          == utf8("Intro\n\n• A\n• A1\n• B\n\nEnd"));
    CHECK(plain("<li>  spaced   out  </li>") == utf8("• spaced out"));
}

TEST_CASE("inline tags vanish")
{
    CHECK(plain("<b>Bold</b>, <i>italic</i> and <span class=\"x\">spans</span>")
          == utf8("Bold, italic and spans"));
    CHECK(plain("Visit <a href=\"https://example.org/a?b=1&amp;c=2\" target=_blank>our site</a>.")
          == utf8("Visit our site."));
    CHECK(plain("A<img src=\"x.png\" alt=\"picture\">B") == utf8("AB"));
    CHECK(plain("<strong><em>Nested</em></strong> <u>tags</u>") == utf8("Nested tags"));
    CHECK(plain("<html><body><p>Body</p></body></html>") == utf8("Body"));
}

TEST_CASE("script, style and other hidden blocks go with their content")
{
    CHECK(plain("A<script>alert('<p>hi</p>')</script>B") == utf8("AB"));
    CHECK(plain("A<SCRIPT type=\"text/javascript\">x < y && y > z</ScRiPt >B") == utf8("AB"));
    CHECK(plain("A<style>p { color: red; }</style>B") == utf8("AB"));
    CHECK(plain("<html><head><title>Page</title><meta charset=utf-8></head><body>Text</body>"
                "</html>")
          == utf8("Text"));
    CHECK(plain("A<noscript>Enable JavaScript</noscript>B") == utf8("AB"));
    CHECK(plain("A<template><p>Hidden</p></template>B") == utf8("AB"));
    CHECK(plain("A<iframe src=\"x\">Fallback</iframe>B") == utf8("AB"));
    CHECK(plain("A<object data=\"x\"><p>Fallback</p></object>B") == utf8("AB"));
    // Unclosed: everything after goes.
    CHECK(plain("Visible<script>var a = 1; <p>never shown") == utf8("Visible"));
    CHECK(plain("Visible<style>") == utf8("Visible"));
    // Only the matching end tag closes the block.
    CHECK(plain("A<script>x</scripts>y</script>B") == utf8("AB"));
    CHECK(plain("A<style>x</script>y</style>B") == utf8("AB"));
    // A stray end tag and a self-closed tag hide nothing.
    CHECK(plain("A</script>B") == utf8("AB"));
    CHECK(plain("A<script src=\"x.js\"/>B") == utf8("AB"));
    // <header> is not <head>.
    CHECK(plain("<header>Title</header>Text") == utf8("Title\nText"));
}

TEST_CASE("comments and declarations go")
{
    CHECK(plain("A<!-- a comment with <p>tags</p> -->B") == utf8("AB"));
    CHECK(plain("A<!---->B<!-->C<!--->D") == utf8("ABCD"));
    CHECK(plain("Visible<!-- never closed <p>gone") == utf8("Visible"));
    CHECK(plain("<!DOCTYPE html><p>Text</p>") == utf8("Text"));
    CHECK(plain("<?xml version=\"1.0\"?>Text") == utf8("Text"));
}

TEST_CASE("quoted attributes may hold a greater-than sign")
{
    CHECK(plain("<a title=\"a > b\" href='x>y'>Link</a> text") == utf8("Link text"));
    CHECK(plain("<p data-x = \"1>2\">Para</p>") == utf8("Para"));
    // A quote only opens a value after "=".
    CHECK(plain("<a \"x>Link</a>") == utf8("Link"));
}

TEST_CASE("broken tags lose as little text as possible")
{
    // The quote is never closed: it was not meant as one.
    CHECK(plain("<a href=\"foo>Link</a> and more text <b>bold</b>")
          == utf8("Link and more text bold"));
    // A tag cut short by the next tag ends before it.
    CHECK(plain("<p class=\"x<b>Bold</b>") == utf8("Bold"));
    CHECK(plain("<div class=x <p>Para</p>") == utf8("Para"));
    // An attribute cut off at the very end goes.
    CHECK(plain("Text<a href=\"https://exam") == utf8("Text"));
    CHECK(plain("Text<a href=x") == utf8("Text"));
    // Stray end tags and unclosed elements are harmless.
    CHECK(plain("</p></div>Text<p>More") == utf8("Text\n\nMore"));
    CHECK(plain("<b><i><u>Never closed") == utf8("Never closed"));
}

TEST_CASE("a less-than sign that is not a tag stays as text")
{
    CHECK(plain("For ages < 5 and > 2") == utf8("For ages < 5 and > 2"));
    CHECK(plain("a<b") == utf8("a<b"));
    CHECK(plain("if a<b then c") == utf8("if a<b then c"));
    CHECK(plain("We <3 Bristol") == utf8("We <3 Bristol"));
    CHECK(plain("x <= y") == utf8("x <= y"));
    CHECK(plain("<") == utf8("<"));
    CHECK(plain("Ends with <") == utf8("Ends with <"));
    CHECK(plain("Ends with </") == utf8("Ends with </"));
    CHECK(plain("a <b <i>italic</i>") == utf8("a <b italic"));
    CHECK(plain("<p>Ages <5 welcome</p>") == utf8("Ages <5 welcome"));
    CHECK(plain("<p>Under 5s: age<5</p>") == utf8("Under 5s: age<5"));
}

TEST_CASE("named entities are decoded")
{
    CHECK(plain("Fish &amp; chips &lt;tasty&gt; &quot;hot&quot; &apos;n&apos; salty")
          == utf8("Fish & chips <tasty> \"hot\" 'n' salty"));
    CHECK(plain("&pound;5 or &euro;6 &copy; &reg;") == utf8("£5 or €6 © ®"));
    CHECK(plain("9&ndash;5 &mdash; &lsquo;a&rsquo; &ldquo;b&rdquo;&hellip; &bull; &middot;")
          == utf8("9–5 — ‘a’ “b”… • ·"));
    CHECK(plain("Caf&eacute; in Ll&ycirc;n and Bl&aelig;ret") == utf8("Café in Llŷn and Blæret"));
    // Decoded text is never read as markup again.
    CHECK(plain("&lt;script&gt;alert(1)&lt;/script&gt;") == utf8("<script>alert(1)</script>"));
    CHECK(plain("&amp;amp;") == utf8("&amp;"));
}

TEST_CASE("nbsp becomes a normal space")
{
    CHECK(plain("A&nbsp;B") == utf8("A B"));
    CHECK(plain("A&nbsp;&nbsp;&nbsp;B") == utf8("A B"));
    CHECK(plain("<p>&nbsp;</p><p>Text&nbsp;</p>") == utf8("Text"));
    CHECK(plain("A\u00a0\u00a0B") == utf8("A B"));
}

TEST_CASE("unknown and malformed entities stay as written")
{
    CHECK(plain("&madeup; AT&T R&D") == utf8("&madeup; AT&T R&D"));
    CHECK(plain("A & B") == utf8("A & B"));
    CHECK(plain("&") == utf8("&"));
    CHECK(plain("&;") == utf8("&;"));
    CHECK(plain("&#; &#x; &#xyz") == utf8("&#; &#x; &#xyz"));
    CHECK(plain("&ampersand") == utf8("&ampersand"));
    CHECK(plain("&eacute") == utf8("&eacute")); // not one of those allowed without ";"
    // A few old names work without ";", as in browsers.
    CHECK(plain("Fish &amp chips &copy 2024 &pound5") == utf8("Fish & chips © 2024 &pound5"));
}

TEST_CASE("numeric entities are decoded")
{
    CHECK(plain("It&#8217;s &#x2019;&#X2019; &#163;10") == utf8("It’s ’’ £10"));
    CHECK(plain("&#65&#66;C") == utf8("ABC"));
    CHECK(plain("&#x1F600; &#128512;") == utf8("😀 😀"));
    CHECK(plain("&#0000065;") == utf8("A"));
    // Windows-1252 numbers, as browsers read them.
    CHECK(plain("&#146;&#150;&#128;") == utf8("’–€"));
    CHECK(plain("A&#10;B") == utf8("A\nB"));
    CHECK(plain("<p>A&#10;B</p>") == utf8("A B"));
}

TEST_CASE("invalid code points never become unpaired surrogates")
{
    const QString replacement(QChar(0xFFFD));
    CHECK(plain("&#0;") == replacement);
    CHECK(plain("&#xD800;") == replacement);
    CHECK(plain("&#xDFFF;") == replacement);
    CHECK(plain("&#55357;&#56832;") == replacement + replacement);
    CHECK(plain("&#x110000;") == replacement);
    CHECK(plain("&#99999999999999999999999;") == replacement);
    CHECK(plain("&#xFFFFFFFFFFFFFFFFFFFF;") == replacement);
    // Control characters and undefined Windows-1252 numbers are dropped.
    CHECK(plain("A&#1;&#129;&#127;B") == utf8("AB"));

    // Unpaired surrogates in the input itself are replaced too.
    QString broken = QStringLiteral("A");
    broken.append(QChar(0xD83D));
    broken.append(QStringLiteral("B"));
    broken.append(QChar(0xDE00));
    const QString result = plainTextFromHtml(broken);
    CHECK(result == QStringLiteral("A") + replacement + QStringLiteral("B") + replacement);
    CHECK(surrogatesArePaired(result));
    CHECK(plainTextFromHtml(QString::fromUtf8("<p>😀</p>")) == utf8("😀"));
}

TEST_CASE("spaces collapse, lines are trimmed and paragraphs keep one empty line")
{
    CHECK(plain("  Too   many \t\t spaces  ") == utf8("Too many spaces"));
    CHECK(plain("<p>  One  </p>\n\n\n<p>\n Two </p>") == utf8("One\n\nTwo"));
    CHECK(plain("<br><br><p>Start</p><br><br><br>") == utf8("Start"));
    CHECK(plain("<div><p>Nested</p></div><div><p>Blocks</p></div>") == utf8("Nested\n\nBlocks"));
    CHECK(plain("A\n \t \n\n \nB") == utf8("A\n\nB"));
    CHECK(plain("Soft&shy;hyphen") == utf8("Softhyphen"));
}

TEST_CASE("pathological input of a megabyte finishes with a sensible result")
{
    const QString lessThans(500000, QLatin1Char('<'));
    CHECK(plainTextFromHtml(lessThans) == lessThans);

    const QString openers = QStringLiteral("<a").repeated(500000);
    CHECK(plainTextFromHtml(openers) == openers);

    // Nested tags that are never closed: no text at all.
    CHECK(plainTextFromHtml(QStringLiteral("<div><span><b>").repeated(75000)).isEmpty());
    CHECK(plainTextFromHtml(QStringLiteral("<p class=\"").repeated(100000)).isEmpty());

    // Quoted values with ">" that never settle, and a quote left open at the end.
    const QString quotes =
        QStringLiteral("<a t=\"x>\" ").repeated(100000) + QStringLiteral("<a t='");
    CHECK(plainTextFromHtml(quotes).isEmpty());
    // A quote not after "=" is no value: each "<a" cut short by the next "<" is text.
    CHECK(plainTextFromHtml(QStringLiteral("<a \"").repeated(250000) + QLatin1Char('>'))
          == QStringLiteral("<a \"").repeated(249999));

    CHECK(plainTextFromHtml(QStringLiteral("<script>").repeated(125000)).isEmpty());
    CHECK(plainTextFromHtml(QStringLiteral("<script></scrip").repeated(70000)).isEmpty());
    CHECK(plainTextFromHtml(QStringLiteral("<!--").repeated(250000)).isEmpty());
    CHECK(plainTextFromHtml(QStringLiteral("<!x").repeated(330000))
          == QStringLiteral("<!x").repeated(330000));

    const QString ampersands(1000000, QLatin1Char('&'));
    CHECK(plainTextFromHtml(ampersands) == ampersands);
    CHECK(plainTextFromHtml(QStringLiteral("&#").repeated(500000))
          == QStringLiteral("&#").repeated(500000));
    CHECK(plainTextFromHtml(QStringLiteral("&amp;").repeated(200000))
          == QString(200000, QLatin1Char('&')));

    CHECK(plainTextFromHtml(QStringLiteral("<br>").repeated(250000)).isEmpty());
    CHECK(plainTextFromHtml(QStringLiteral("<li>x").repeated(200000)).size() == 4 * 200000 - 1);
    CHECK(plainTextFromHtml(QString(1000000, QLatin1Char(' '))).isEmpty());
}
