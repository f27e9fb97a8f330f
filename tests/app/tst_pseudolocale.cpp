#include "shell/pseudolocaletranslator.h"

#include <catch2/catch.hpp>

using namespace cg;

TEST_CASE("the long pseudo-locale accents, brackets and lengthens every string")
{
    const QString source = QStringLiteral("Quick exit");
    const QString longer = PseudoLocaleTranslator::lengthen(source);
    CHECK(longer.startsWith(QStringLiteral("[Qûîçk éxît")));
    CHECK(longer.endsWith(QLatin1Char(']')));
    CHECK(longer.size() >= source.size() * 1.3);
}

TEST_CASE("placeholders survive the long pseudo-locale")
{
    const QString longer = PseudoLocaleTranslator::lengthen(QStringLiteral("Step %1 of %2"));
    CHECK(longer.contains(QStringLiteral("%1")));
    CHECK(longer.contains(QStringLiteral("%2")));
    CHECK(longer.arg(1).arg(3).contains(QStringLiteral("Sté")));
}

TEST_CASE("the right-to-left pseudo-locale wraps each string in a right-to-left override")
{
    const QString rtl = PseudoLocaleTranslator::rightToLeft(QStringLiteral("Home"));
    CHECK(rtl == QString(QChar(0x200F)) + QChar(0x202E) + QStringLiteral("Home") + QChar(0x202C));
    CHECK(rtl.isRightToLeft());
}

TEST_CASE("the translator is used for every string")
{
    PseudoLocaleTranslator translator(PseudoLocaleTranslator::Kind::Lengthen);
    CHECK_FALSE(translator.isEmpty());
    CHECK(translator.translate("Any", "Home").startsWith(QStringLiteral("[Hömé")));
    CHECK(translator.translate("Any", "").isEmpty());
}
