#include "catchqtstrings.h"
#include "core/uploadpolicy.h"

#include <catch2/catch.hpp>

using namespace cg;
using std::chrono::seconds;

TEST_CASE("a 2xx delivers a report, 400 413 and 422 drop it, and 429, 5xx or no answer keep it for later")
{
    for (int status : {200, 201, 204})
        CHECK(uploadOutcome(status) == UploadOutcome::Delivered);
    for (int status : {400, 413, 422})
        CHECK(uploadOutcome(status) == UploadOutcome::Refused);
    for (int status : {0, 301, 401, 404, 408, 429, 500, 502, 503, 504})
        CHECK(uploadOutcome(status) == UploadOutcome::TryLater);
}

TEST_CASE("retries back off from a minute, doubling to at most 6 hours, with jitter below each step")
{
    CHECK(retryDelay(1, std::nullopt, 0.999) <= seconds(60));
    CHECK(retryDelay(3, std::nullopt, 0.999) <= seconds(240));
    CHECK(retryDelay(3, std::nullopt, 0.999) > seconds(200));
    CHECK(retryDelay(40, std::nullopt, 0.999) <= seconds(6 * 3600));
    CHECK(retryDelay(40, std::nullopt, 0.999) > seconds(5 * 3600));
    CHECK(retryDelay(5, std::nullopt, 0.0) == seconds(1));  // never zero: no tight loop
    CHECK(retryDelay(5, std::nullopt, 0.5) < retryDelay(5, std::nullopt, 0.9));
}

TEST_CASE("a server's Retry-After is honoured when longer, up to a day, and only as seconds")
{
    CHECK(retryDelay(1, seconds(600), 0.5) == seconds(600));
    CHECK(retryDelay(20, seconds(1), 0.9) > seconds(1));  // our own backoff is longer
    CHECK(retryDelay(1, seconds(30 * 24 * 3600), 0.5) == seconds(24 * 3600));
    CHECK(parseRetryAfter(QStringLiteral("120")) == seconds(120));
    CHECK(parseRetryAfter(QStringLiteral(" 5 ")) == seconds(5));
    CHECK_FALSE(parseRetryAfter(QStringLiteral("Wed, 21 Oct 2026 07:28:00 GMT")));
    CHECK_FALSE(parseRetryAfter(QStringLiteral("-3")));
    CHECK_FALSE(parseRetryAfter(QStringLiteral("+3")));
    CHECK_FALSE(parseRetryAfter(QString()));
}
