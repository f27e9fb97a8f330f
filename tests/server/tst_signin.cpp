#include "content/arealoader.h"
#include "server/loginthrottle.h"
#include "server/useradd.h"

#include "catchqtstrings.h"
#include "httpprobe.h"
#include "runningserver.h"

#include <QSqlQuery>

using namespace cg;

namespace {

const QString kPassword = QStringLiteral("correct horse battery");

// A running server with one Sefton coordinator.
struct ServerWithUser {
    RunningServer running;

    explicit ServerWithUser(DatabaseUrl::Engine engine) : running(engine)
    {
        running.server.setAreas(loadAreas(QStringLiteral(CG_CONTENT_DIR)).areas);
        const UserAddResult added = addUser(
            UserAddOptions{running.scratch.url(),
                           Account{QStringLiteral("jo@sefton.example"), Account::Role::Coordinator, Account::Scope::Area,
                                   QStringLiteral("E08000014")},
                           QStringLiteral(CG_CONTENT_DIR)},
            kPassword);
        INFO(added.message.toStdString());
        REQUIRE(added.added);
    }

    HttpReply signIn(const QString &email, const QString &password)
    {
        return httpSignIn(running.url("/login"), email, password);
    }

    HttpReply get(const char *path, const QByteArray &cookie = {}) { return httpGet(running.url(path), cookie); }
};

// "cg_session=SECRET" from a Set-Cookie header, for the next request's Cookie header.
QByteArray cookieFrom(const HttpReply &reply)
{
    return reply.setCookie.split(';').first();
}

} // namespace

TEST_CASE("five failed sign-ins for one address make it wait until the first is 15 minutes old")
{
    LoginThrottle throttle;
    const QString jo = QStringLiteral("jo@sefton.example");
    for (int i = 0; i < 5; ++i) {
        CHECK_FALSE(throttle.waitSeconds(jo, 1000 + i * 60));
        throttle.failed(jo, 1000 + i * 60);
    }
    CHECK(throttle.waitSeconds(jo, 1300) == 900 - 300);
    CHECK_FALSE(throttle.waitSeconds(QStringLiteral("sam@sefton.example"), 1300));  // others are not held up
    CHECK_FALSE(throttle.waitSeconds(jo, 1000 + 900));  // the first failure has aged out
    throttle.failed(jo, 1900);
    CHECK(throttle.waitSeconds(jo, 1900).has_value());
    throttle.succeeded(jo);
    CHECK_FALSE(throttle.waitSeconds(jo, 1900));
}

TEST_CASE("the sign-in page is a labelled form that posts to /login")
{
    RunningServer running;
    const HttpReply page = httpRequest("GET", running.url("/login"));
    CHECK(page.status == 200);
    CHECK(page.contentType == QByteArrayLiteral("text/html; charset=utf-8"));
    CHECK(page.body.contains("<form method=\"post\" action=\"/login\">"));
    CHECK(page.body.contains("<label for=\"email\">E-mail address</label>"));
    CHECK(page.body.contains("<label for=\"password\">Password</label>"));
    CHECK(page.body.contains("type=\"password\""));
}

TEST_CASE("signing in sets an HttpOnly, SameSite=Strict session cookie that opens the signed-in page until signing out")
{
    const DatabaseUrl::Engine engine = EACH_ENGINE;
    INFO(engineName(engine));
    ServerWithUser server(engine);
    const HttpReply signedIn = server.signIn(QStringLiteral("Jo@Sefton.example"), kPassword);
    CHECK(signedIn.status == 303);
    CHECK(signedIn.location == QByteArrayLiteral("/"));
    const QList<QByteArray> attributes = signedIn.setCookie.split(';');
    REQUIRE(attributes.size() == 5);
    CHECK(attributes.at(0).startsWith("cg_session="));
    CHECK(attributes.at(0).size() == int(sizeof("cg_session=") - 1 + 43));
    CHECK(attributes.mid(1) == QList<QByteArray>{" Path=/", " HttpOnly", " SameSite=Strict", " Max-Age=28800"});
    const QByteArray cookie = cookieFrom(signedIn);

    // Signed in, the coordinator is taken to their own area's dashboard, which names them.
    const HttpReply home = server.get("/", cookie);
    CHECK(home.status == 303);
    CHECK(home.location == QByteArrayLiteral("/areas/E08000014"));
    const HttpReply dashboard = server.get("/areas/E08000014", cookie);
    CHECK(dashboard.status == 200);
    CHECK(dashboard.body.contains("Signed in as jo@sefton.example"));

    // Only a hash of the secret is kept.
    QSqlQuery sessions(server.running.database.connection());
    REQUIRE(sessions.exec(QStringLiteral("SELECT token_hash FROM sessions")));
    REQUIRE(sessions.next());
    CHECK(sessions.value(0).toString().size() == 64);
    CHECK_FALSE(cookie.contains(sessions.value(0).toString().toLatin1()));

    HttpCall logout;
    logout.method = "POST";
    logout.url = server.running.url("/logout");
    logout.cookie = cookie;
    const HttpReply signedOut = httpSend(logout);
    CHECK(signedOut.status == 303);
    CHECK(signedOut.location == QByteArrayLiteral("/login"));
    CHECK(signedOut.setCookie.contains("Max-Age=0"));
    CHECK(server.get("/", cookie).location == QByteArrayLiteral("/login"));
    CHECK(server.get("/areas/E08000014", cookie).location == QByteArrayLiteral("/login"));
}

TEST_CASE("a wrong password and an unknown address get the same answer, and no cookie")
{
    ServerWithUser server(DatabaseUrl::Engine::Sqlite);
    const HttpReply wrongPassword = server.signIn(QStringLiteral("jo@sefton.example"), QStringLiteral("not the password"));
    const HttpReply unknown = server.signIn(QStringLiteral("nobody@sefton.example"), kPassword);
    for (const HttpReply &reply : {wrongPassword, unknown}) {
        CHECK(reply.status == 401);
        CHECK(reply.setCookie.isEmpty());
        CHECK(reply.body.contains("That e-mail address and password do not match an account."));
    }
    // The address typed is kept in the form, escaped.
    const HttpReply odd = server.signIn(QStringLiteral("\"><script>x</script>@sefton.example"), kPassword);
    CHECK_FALSE(odd.body.contains("<script>x"));
}

TEST_CASE("after five wrong passwords even the right one waits, with Retry-After")
{
    ServerWithUser server(DatabaseUrl::Engine::Sqlite);
    for (int i = 0; i < 5; ++i)
        REQUIRE(server.signIn(QStringLiteral("jo@sefton.example"), QStringLiteral("guess %1").arg(i)).status == 401);
    const HttpReply held = server.signIn(QStringLiteral("jo@sefton.example"), kPassword);
    CHECK(held.status == 429);
    CHECK(held.retryAfter == QByteArrayLiteral("900"));
    CHECK(held.body.contains("Too many tries for this address. Please wait 15 minutes and try again."));
    CHECK(held.setCookie.isEmpty());
    server.running.now = server.running.now.addSecs(15 * 60);
    CHECK(server.signIn(QStringLiteral("jo@sefton.example"), kPassword).status == 303);
}

TEST_CASE("missing, forged and expired session cookies are sent to the sign-in page")
{
    ServerWithUser server(EACH_ENGINE);
    CHECK(server.get("/").location == QByteArrayLiteral("/login"));
    for (const char *path : {"/", "/areas/E08000014"}) {
        INFO(path);
        CHECK(server.get(path, "cg_session=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA").location == QByteArrayLiteral("/login"));
        CHECK(server.get(path, "cg_session=' OR '1'='1").location == QByteArrayLiteral("/login"));
    }
    const QByteArray cookie = cookieFrom(server.signIn(QStringLiteral("jo@sefton.example"), kPassword));
    CHECK(server.get("/areas/E08000014", cookie).status == 200);
    server.running.now = server.running.now.addSecs(8 * 60 * 60);
    CHECK(server.get("/", cookie).location == QByteArrayLiteral("/login"));
    CHECK(server.get("/areas/E08000014", cookie).location == QByteArrayLiteral("/login"));
}
