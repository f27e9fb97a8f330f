#include "content/contactdetails.h"

#include "catchqtstrings.h"

using namespace cg;

namespace {

QStringList kinds(const QString &text)
{
    QStringList result;
    for (const ContactDetail &detail : findContactDetails(text))
        result.append(detail.kind + QStringLiteral(": ") + detail.text);
    return result;
}

} // namespace

TEST_CASE("phone numbers are found in the ways people write them")
{
    CHECK(kinds(QStringLiteral("Ring 0151 934 4000 today."))
          == QStringList{QStringLiteral("a phone number: 0151 934 4000")});
    CHECK(kinds(QStringLiteral("Call 0808-2000-247."))
          == QStringList{QStringLiteral("a phone number: 0808-2000-247")});
    CHECK(kinds(QStringLiteral("Text +447700900123"))
          == QStringList{QStringLiteral("a phone number: +447700900123")});
    CHECK(kinds(QStringLiteral("In danger? Call 999."))
          == QStringList{QStringLiteral("a phone number: 999")});
}

TEST_CASE("web and e-mail addresses are found and each reported once")
{
    CHECK(kinds(QStringLiteral("See www.example.org for more."))
          == QStringList{QStringLiteral("a web address: www.example.org")});
    CHECK(kinds(QStringLiteral("Visit https://example.com/help now"))
          == QStringList{QStringLiteral("a web address: https://example.com/help")});
    CHECK(kinds(QStringLiteral("Go to sefton.gov.uk today"))
          == QStringList{QStringLiteral("a web address: sefton.gov.uk")});
    CHECK(kinds(QStringLiteral("Write to help@council.gov.uk."))
          == QStringList{QStringLiteral("an e-mail address: help@council.gov.uk")});
}

TEST_CASE("postcodes are found")
{
    CHECK(kinds(QStringLiteral("Come to L20 3NJ."))
          == QStringList{QStringLiteral("a postcode: L20 3NJ")});
}

TEST_CASE("ordinary welcome words have no contact details")
{
    CHECK(kinds(QStringLiteral("Welcome, St Helens families. Try 2 or 3 ideas this week, at your "
                               "own pace. It takes 5 to 10 minutes."))
              .isEmpty());
    CHECK(kinds(QStringLiteral("Every family argues sometimes. That is normal.")).isEmpty());
}
