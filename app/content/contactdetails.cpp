#include "content/contactdetails.h"

#include <QRegularExpression>

namespace cg {

namespace {

struct Pattern {
    QString kind;
    QRegularExpression expression;
};

QList<Pattern> patterns()
{
    const auto ci = QRegularExpression::CaseInsensitiveOption;
    // E-mail comes before web so that "name@council.gov.uk" is reported once, as an e-mail.
    return {
        {QStringLiteral("an e-mail address"),
         QRegularExpression(QStringLiteral("[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+"))},
        {QStringLiteral("a web address"),
         QRegularExpression(QStringLiteral("\\b(https?://|www\\.)\\S*[^\\s.,;:!?)]"
                                           "|\\b[\\w-]+(\\.[\\w-]+)*\\.(uk|com|org|net|info|nhs"
                                           "|gov|co|io|app)\\b(/\\S*[^\\s.,;:!?)])?"),
                            ci)},
        // Six or more digits, allowing the spaces and dashes people write numbers with, or a
        // short emergency number standing alone.
        {QStringLiteral("a phone number"),
         QRegularExpression(QStringLiteral("\\+?\\(?\\d(?:[\\s()-]{0,2}\\d){5,}|\\b(999|111|112)\\b"))},
        {QStringLiteral("a postcode"),
         QRegularExpression(QStringLiteral("\\b[A-Z]{1,2}\\d[A-Z\\d]? ?\\d[A-Z]{2}\\b"))},
    };
}

} // namespace

QList<ContactDetail> findContactDetails(const QString &text)
{
    QList<ContactDetail> found;
    QString remaining = text;
    for (const Pattern &pattern : patterns()) {
        auto matches = pattern.expression.globalMatch(remaining);
        while (matches.hasNext()) {
            const QString match = matches.next().captured(0).trimmed();
            found.append({pattern.kind, match});
        }
        // Blank out what was found so a later, looser pattern does not report it again.
        remaining.replace(pattern.expression, QStringLiteral(" "));
    }
    return found;
}

} // namespace cg
