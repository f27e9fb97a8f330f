#include "catchqtstrings.h"
#include "core/agencytypes.h"
#include "core/recommendationcode.h"
#include "forgedcodes.h"

#include <catch2/catch.hpp>

#include <QHash>
#include <QRandomGenerator>

using namespace cg;

namespace {

Recommendation sefton()
{
    return {QStringLiteral("E08000014"), QStringLiteral("health-visiting"),
            {itemTag(QStringLiteral("arguing-better")), itemTag(QStringLiteral("calming-down"))},
            {itemTag(QStringLiteral("sefton-relate"))}};
}

QString typed()
{
    return *encodeRecommendation(sefton());
}

// The code with character `at` (counting only code characters, not dashes) replaced or swapped.
QString withCharacter(QString code, int at, QChar replacement)
{
    int seen = -1;
    for (qsizetype i = 0; i < code.size(); ++i) {
        if (code.at(i) != QLatin1Char('-') && ++seen == at) {
            code[i] = replacement;
            break;
        }
    }
    return code;
}

QString plain(const QString &code)
{
    return QString(code).remove(QLatin1Char('-'));
}

} // namespace

TEST_CASE("a recommendation round-trips through its typed code and the text in its QR code")
{
    const QString code = typed();
    // 3 + 23 + 4 + 6 + 3 x 16 = 84 bits: 17 characters and the check, in groups of five.
    CHECK(code.size() == 18 + 3);
    CHECK(code.count(QLatin1Char('-')) == 3);
    const CodeReadResult read = decodeRecommendation(code);
    REQUIRE(read.recommendation);
    CHECK(*read.recommendation == sefton());
    CHECK(decodeRecommendation(qrTextForCode(code)).recommendation == sefton());
    CHECK(qrTextForCode(code).startsWith(QStringLiteral("CG:")));
}

TEST_CASE("every agency and every area prefix survives the code, with up to seven of each kind of item")
{
    for (const QString &agency : agencyTypes()) {
        for (const char *area : {"E06000001", "E07000244", "E08000014", "E09000033", "W06000024", "E08999999"}) {
            Recommendation recommendation{QString::fromLatin1(area), agency, {}, {}};
            for (int i = 0; i < 7; ++i) {
                recommendation.moduleTags << quint16(QRandomGenerator::global()->bounded(65536));
                recommendation.serviceTags << quint16(QRandomGenerator::global()->bounded(65536));
            }
            const std::optional<QString> code = encodeRecommendation(recommendation);
            REQUIRE(code);
            CHECK(decodeRecommendation(*code).recommendation == recommendation);
        }
    }
}

TEST_CASE("what no code can hold is refused when building one")
{
    Recommendation none = sefton();
    none.moduleTags.clear();
    none.serviceTags.clear();
    CHECK_FALSE(encodeRecommendation(none));
    Recommendation tooMany = sefton();
    tooMany.moduleTags = QList<quint16>(8, 1);
    CHECK_FALSE(encodeRecommendation(tooMany));
    Recommendation badArea = sefton();
    badArea.areaCode = QStringLiteral("S12000033");  // Scotland: not an area this app serves
    CHECK_FALSE(encodeRecommendation(badArea));
    badArea.areaCode = QStringLiteral("E0800001");
    CHECK_FALSE(encodeRecommendation(badArea));
    Recommendation badAgency = sefton();
    badAgency.agency = QStringLiteral("detective");
    CHECK_FALSE(encodeRecommendation(badAgency));
}

TEST_CASE("typing is forgiving: any case, spaces or no dashes, and O, I or L for 0 and 1")
{
    const QString code = typed();
    CHECK(decodeRecommendation(code.toLower()).recommendation == sefton());
    CHECK(decodeRecommendation(plain(code)).recommendation == sefton());
    CHECK(decodeRecommendation(QStringLiteral("  ") + plain(code).insert(4, QStringLiteral("  ")) + QStringLiteral(" "))
              .recommendation == sefton());
    QString lookalikes = code;
    lookalikes.replace(QLatin1Char('0'), QLatin1Char('O')).replace(QLatin1Char('1'), QLatin1Char('l'));
    CHECK(decodeRecommendation(lookalikes).recommendation == sefton());
    CHECK(codeCharacters(QStringLiteral(" cg:ab o-i l\tz ")) == QStringLiteral("AB011Z"));
}

TEST_CASE("one wrong character anywhere is caught by the check character")
{
    const QString code = typed();
    const QString alphabet = QStringLiteral("0123456789ABCDEFGHJKMNPQRSTVWXYZ");
    const int length = int(plain(code).size());
    for (int at = 0; at < length; ++at) {
        for (const QChar other : alphabet) {
            if (other == plain(code).at(at))
                continue;
            const CodeReadResult read = decodeRecommendation(withCharacter(code, at, other));
            INFO(withCharacter(code, at, other).toStdString());
            CHECK_FALSE(read.recommendation);
            CHECK(read.problem == CodeProblem::Mistyped);
        }
    }
}

TEST_CASE("two neighbouring characters swapped are caught")
{
    const QString code = plain(typed());
    for (qsizetype at = 0; at + 1 < code.size(); ++at) {
        if (code.at(at) == code.at(at + 1))
            continue;
        QString swapped = code;
        std::swap(swapped[at], swapped[at + 1]);
        const CodeReadResult read = decodeRecommendation(swapped);
        CHECK_FALSE(read.recommendation);
        CHECK(read.problem == CodeProblem::Mistyped);
    }
}

TEST_CASE("a missing or extra character, a character codes never use, and nothing at all each say so")
{
    const QString code = plain(typed());
    CHECK(decodeRecommendation(code.left(8)).problem == CodeProblem::WrongLength);
    const CodeReadResult shorter = decodeRecommendation(code.chopped(1));
    CHECK_FALSE(shorter.recommendation);
    const CodeReadResult longer = decodeRecommendation(code + QLatin1Char('7'));
    CHECK_FALSE(longer.recommendation);
    CHECK((longer.problem == CodeProblem::Mistyped || longer.problem == CodeProblem::WrongLength));
    const CodeReadResult badCharacter = decodeRecommendation(withCharacter(typed(), 3, QLatin1Char('U')));
    CHECK(badCharacter.problem == CodeProblem::BadCharacter);
    CHECK(badCharacter.detail == QStringLiteral("'U' is never used in a code"));
    CHECK(decodeRecommendation(QString()).problem == CodeProblem::Empty);
    CHECK(decodeRecommendation(QStringLiteral(" - ")).problem == CodeProblem::WrongLength);
    CHECK(decodeRecommendation(QStringLiteral("CG:")).problem == CodeProblem::Empty);
}

TEST_CASE("some other QR code is not ours, and a code from a newer format asks for an update")
{
    CHECK(decodeRecommendation(QStringLiteral("https://example.org/menu")).problem == CodeProblem::NotOurs);
    CHECK(decodeRecommendation(QStringLiteral("WIFI:S:Cafe;T:WPA;P:secret;;")).problem != CodeProblem::None);

    // The same fields under format 2: the first three bits say 2, and the check still matches.
    const QString code = withFormatVersion(plain(typed()), 2);
    const CodeReadResult read = decodeRecommendation(code);
    CHECK(read.problem == CodeProblem::NewerVersion);
    CHECK_FALSE(read.recommendation);
    // Format 0 was never used: a code saying so is damaged, not newer.
    CHECK(decodeRecommendation(withFormatVersion(plain(typed()), 0)).problem == CodeProblem::Damaged);
}

TEST_CASE("a tag finds its guide or service among the pack's ids, and not when it is gone or shared")
{
    const QStringList ids{QStringLiteral("arguing-better"), QStringLiteral("calming-down"), QStringLiteral("for-dads")};
    CHECK(idForTag(itemTag(QStringLiteral("calming-down")), ids) == QStringLiteral("calming-down"));
    CHECK_FALSE(idForTag(itemTag(QStringLiteral("a-guide-since-removed")), ids));
    // Two ids of one pack with the same tag: neither can be named by it.
    QHash<quint16, QString> seen;
    QStringList pair;
    for (int i = 0; pair.isEmpty(); ++i) {
        const QString id = QStringLiteral("service-%1").arg(i);
        if (seen.contains(itemTag(id)))
            pair = {seen.value(itemTag(id)), id};
        seen.insert(itemTag(id), id);
    }
    CHECK_FALSE(idForTag(itemTag(pair.first()), pair));
    // Tags are stable: the same id always gives the same tag, in every version.
    CHECK(itemTag(QStringLiteral("arguing-better")) == itemTag(QStringLiteral("arguing-better")));
    CHECK(itemTag(QString()) == quint16((2166136261u >> 16) ^ (2166136261u & 0xffffu)));
}

TEST_CASE("a recommendation names the guides and services the app has now, and counts the ones it no longer has")
{
    const Recommendation code = sefton();
    const RecommendedItems all = resolveRecommendation(
        code, {QStringLiteral("calming-down"), QStringLiteral("arguing-better"), QStringLiteral("for-dads")},
        {QStringLiteral("sefton-relate"), QStringLiteral("sefton-cvs")});
    CHECK(all.moduleIds == QStringList{QStringLiteral("arguing-better"), QStringLiteral("calming-down")});
    CHECK(all.serviceIds == QStringList{QStringLiteral("sefton-relate")});
    CHECK(all.unknown == 0);

    // A newer pack dropped a guide and the service: what is left still shows, and the rest is counted.
    const RecommendedItems fewer = resolveRecommendation(code, {QStringLiteral("calming-down")}, {});
    CHECK(fewer.moduleIds == QStringList{QStringLiteral("calming-down")});
    CHECK(fewer.serviceIds.isEmpty());
    CHECK(fewer.unknown == 2);
}
