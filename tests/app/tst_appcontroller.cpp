#include "models/appcontroller.h"
#include "recordingplatform.h"

#include <catch2/catch.hpp>

using namespace cg;

TEST_CASE("the phone is asked to call, browse or e-mail, and nothing else")
{
    RecordingPlatform platform;
    AppController app(AppController::Parts{nullptr, nullptr, nullptr, nullptr, nullptr, nullptr, nullptr, nullptr, nullptr, nullptr, nullptr, nullptr, nullptr, nullptr, nullptr, nullptr, nullptr, nullptr, nullptr, nullptr, nullptr, nullptr, nullptr, &platform, 1.0, false});
    CHECK(app.openExternal(QStringLiteral("tel:999")));
    CHECK(app.openExternal(QStringLiteral("https://www.nhs.uk/")));
    CHECK(app.openExternal(QStringLiteral("mailto:someone@example.org")));
    CHECK_FALSE(app.openExternal(QStringLiteral("file:///etc/passwd")));
    CHECK_FALSE(app.openExternal(QStringLiteral("http://insecure.example.org")));
    CHECK_FALSE(app.openExternal(QStringLiteral("not a url at all")));
    REQUIRE(platform.opened.size() == 3);
    CHECK(platform.opened.first() == QUrl(QStringLiteral("tel:999")));
}
