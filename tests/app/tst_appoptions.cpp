#include "shell/appoptions.h"

#include <catch2/catch.hpp>

using namespace cg;

namespace {

std::variant<AppOptions, AppOptionsError, AppOptionsHelp> parse(QStringList arguments)
{
    arguments.prepend(QStringLiteral("commonground"));
    return parseAppOptions(arguments);
}

QString errorOf(const QStringList &arguments)
{
    const auto result = parse(arguments);
    REQUIRE(std::holds_alternative<AppOptionsError>(result));
    return std::get<AppOptionsError>(result).message;
}

} // namespace

TEST_CASE("render options are read in full")
{
    const auto result = parse({QStringLiteral("--render"), QStringLiteral("home"), QStringLiteral("--out"),
                               QStringLiteral("home.png"), QStringLiteral("--size"), QStringLiteral("360x740"),
                               QStringLiteral("--font-scale"), QStringLiteral("1.5"), QStringLiteral("--locale"),
                               QStringLiteral("ar-XB"), QStringLiteral("--data-dir"), QStringLiteral("/tmp/cg")});
    REQUIRE(std::holds_alternative<AppOptions>(result));
    const AppOptions &options = std::get<AppOptions>(result);
    CHECK(options.renderRoute == QStringLiteral("home"));
    CHECK(options.renderOut == QStringLiteral("home.png"));
    CHECK(options.windowSize == QSize(360, 740));
    REQUIRE(options.fontScale.has_value());
    CHECK(*options.fontScale == Approx(1.5));
    CHECK(options.locale == QStringLiteral("ar-XB"));
    CHECK(options.dataDir == QStringLiteral("/tmp/cg"));
    CHECK(options.headless());
    CHECK_FALSE(options.needsScratchDataDir());
}

TEST_CASE("rendering without --data-dir never touches the parent's real data")
{
    const auto result = parse({QStringLiteral("--self-test")});
    REQUIRE(std::holds_alternative<AppOptions>(result));
    CHECK(std::get<AppOptions>(result).needsScratchDataDir());
    CHECK_FALSE(std::get<AppOptions>(result).fontScale.has_value());
}

TEST_CASE("bad automation flags get a clear message")
{
    CHECK(errorOf({QStringLiteral("--render"), QStringLiteral("home")}) == QStringLiteral("--render needs --out FILE.png"));
    CHECK(errorOf({QStringLiteral("--out"), QStringLiteral("x.png")})
          == QStringLiteral("--out is only used with --render ROUTE"));
    CHECK(errorOf({QStringLiteral("--size"), QStringLiteral("big")}).startsWith(QStringLiteral("--size must be")));
    CHECK(errorOf({QStringLiteral("--font-scale"), QStringLiteral("9")}).startsWith(QStringLiteral("--font-scale must be")));
    CHECK(errorOf({QStringLiteral("--font-scale"), QStringLiteral("large")}).startsWith(QStringLiteral("--font-scale must be")));
    CHECK(errorOf({QStringLiteral("--no-such-flag")}).contains(QStringLiteral("no-such-flag")));
    CHECK(errorOf({QStringLiteral("stray")}) == QStringLiteral("unexpected argument: stray"));
    CHECK(errorOf({QStringLiteral("--stats-url"), QStringLiteral("ftp://x")}).startsWith(QStringLiteral("--stats-url must be")));
    CHECK(errorOf({QStringLiteral("--stats-url"), QStringLiteral("not a url")}).startsWith(QStringLiteral("--stats-url must be")));
    // Plain http would carry reports across the internet unprotected.
    CHECK(errorOf({QStringLiteral("--stats-url"), QStringLiteral("http://stats.example.org")})
              .startsWith(QStringLiteral("--stats-url must be an https address")));
    CHECK(errorOf({QStringLiteral("--consent"), QStringLiteral("maybe")}) == QStringLiteral("--consent must be yes or no"));
    CHECK(errorOf({QStringLiteral("--upload-now"), QStringLiteral("--self-test")}).startsWith(QStringLiteral("--upload-now runs on its own")));
}

TEST_CASE("the statistics flags are read: address, choice and sending now")
{
    const auto result = parse({QStringLiteral("--stats-url"), QStringLiteral("http://127.0.0.1:8080"),
                               QStringLiteral("--consent"), QStringLiteral("no"), QStringLiteral("--upload-now")});
    REQUIRE(std::holds_alternative<AppOptions>(result));
    const AppOptions &options = std::get<AppOptions>(result);
    CHECK(options.statsUrl == QStringLiteral("http://127.0.0.1:8080"));
    CHECK(options.consent == std::optional<bool>(false));
    CHECK(options.uploadNow);
    CHECK(options.headless());
    // Sending is about the parent's real outbox, never a scratch one.
    CHECK_FALSE(options.needsScratchDataDir());
    const auto https = parse({QStringLiteral("--stats-url"), QStringLiteral("https://stats.example.org/sefton"),
                              QStringLiteral("--consent"), QStringLiteral("yes")});
    REQUIRE(std::holds_alternative<AppOptions>(https));
    CHECK(std::get<AppOptions>(https).consent == std::optional<bool>(true));
    CHECK_FALSE(std::get<AppOptions>(https).uploadNow);
}

TEST_CASE("help is offered")
{
    const auto result = parse({QStringLiteral("--help")});
    REQUIRE(std::holds_alternative<AppOptionsHelp>(result));
    CHECK(std::get<AppOptionsHelp>(result).text.contains(QStringLiteral("--render")));
}
