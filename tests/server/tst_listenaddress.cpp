#include "server/listenaddress.h"

#include "catchqtstrings.h"

using namespace cg;

TEST_CASE("HOST:PORT gives the address and port to bind")
{
    QString error;
    auto address = parseListenAddress(QStringLiteral("127.0.0.1:8080"), &error);
    REQUIRE(address);
    CHECK(address->host == QHostAddress(QHostAddress::LocalHost));
    CHECK(address->port == 8080);

    address = parseListenAddress(QStringLiteral("0.0.0.0:0"), &error);
    REQUIRE(address);
    CHECK(address->host == QHostAddress(QHostAddress::AnyIPv4));
    CHECK(address->port == 0);

    address = parseListenAddress(QStringLiteral("[::1]:65535"), &error);
    REQUIRE(address);
    CHECK(address->host == QHostAddress(QHostAddress::LocalHostIPv6));
    CHECK(address->port == 65535);

    address = parseListenAddress(QStringLiteral("localhost:80"), &error);
    REQUIRE(address);
    CHECK(address->host == QHostAddress(QHostAddress::LocalHost));
}

TEST_CASE("bad --listen values are refused with a clear message")
{
    const QString garbled = QStringLiteral("--listen must be HOST:PORT, for example 127.0.0.1:8080");
    const auto refusal = [](const char *text) {
        QString error;
        const auto address = parseListenAddress(QString::fromUtf8(text), &error);
        return address ? QStringLiteral("(accepted)") : error;
    };
    CHECK(refusal("") == garbled);
    CHECK(refusal("8080") == garbled);
    CHECK(refusal("127.0.0.1") == garbled);
    CHECK(refusal("127.0.0.1:") == garbled);
    CHECK(refusal(":8080") == garbled);
    CHECK(refusal("[::1]") == garbled);
    CHECK(refusal("[::1]:") == garbled);
    CHECK(refusal("127.0.0.1:65536") == QStringLiteral("--listen port '65536' must be a number from 0 to 65535"));
    CHECK(refusal("127.0.0.1:99999999999") == QStringLiteral("--listen port '99999999999' must be a number from 0 to 65535"));
    CHECK(refusal("127.0.0.1:-1") == QStringLiteral("--listen port '-1' must be a number from 0 to 65535"));
    CHECK(refusal("127.0.0.1:+80") == QStringLiteral("--listen port '+80' must be a number from 0 to 65535"));
    CHECK(refusal("127.0.0.1:http") == QStringLiteral("--listen port 'http' must be a number from 0 to 65535"));
    CHECK(refusal("example.org:80") == QStringLiteral("--listen host 'example.org' must be an IP address, for example 127.0.0.1, 0.0.0.0 or [::1]"));
    CHECK(refusal("300.1.1.1:80") == QStringLiteral("--listen host '300.1.1.1' must be an IP address, for example 127.0.0.1, 0.0.0.0 or [::1]"));
    CHECK(refusal("::1:8080") == QStringLiteral("--listen needs brackets around an IPv6 address, for example [::1]:8080"));
    CHECK(refusal("[fe80::zz]:80") == QStringLiteral("--listen host 'fe80::zz' must be an IP address, for example 127.0.0.1, 0.0.0.0 or [::1]"));
}

TEST_CASE("host and port are written back the way URLs need them")
{
    CHECK(formatHostPort(QHostAddress(QStringLiteral("127.0.0.1")), 8080) == QStringLiteral("127.0.0.1:8080"));
    CHECK(formatHostPort(QHostAddress(QStringLiteral("::1")), 443) == QStringLiteral("[::1]:443"));
}
