// import-oruk reading live Open Referral UK feeds, against a loopback HTTP server that plays the
// council's feed.
//
// Most runs are in process (runContentTool, as main() does): the tool waits for each answer in a
// local QEventLoop, and that loop also serves the test server's sockets, which live in this same
// thread. A run of the real binary needs the test to keep its own event loop turning while the
// process works (QProcess::waitForFinished would starve the server), which runBinaryWhileServing
// does; one test uses it to prove the shipped executable reads a feed too.
#include "tools/blockinghttpclient.h"
#include "tools/contenttool.h"
#include "tools/orukfeedreader.h"

#include "catchqtstrings.h"
#include "loopbackhttpserver.h"

#include <QEventLoop>
#include <QFile>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTimer>

#include <chrono>

using namespace cg;
using Response = LoopbackHttpServer::Response;

namespace {

const QString kFixtures = QStringLiteral(CG_TEST_SOURCE_DIR "/fixtures/oruk");
const QString kArea = QStringLiteral("E06000023");
const QString kUserAgent = QStringLiteral("commonground-content/" CG_VERSION " (import-oruk)");
const char *const kProxyVariables[] = {"http_proxy",  "https_proxy", "all_proxy",
                                       "HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY"};

// Loopback only: a proxy named in the environment must not reroute the tool's requests.
void forgetProxies()
{
    for (const char *name : kProxyVariables)
        qunsetenv(name);
}

QJsonObject fixture(const QString &name)
{
    QFile file(kFixtures + u'/' + name);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QJsonDocument::fromJson(file.readAll()).object();
}

QByteArray bytes(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QByteArray bytes(const QJsonArray &array)
{
    return QJsonDocument(array).toJson(QJsonDocument::Compact);
}

QJsonArray arrayOf(const QList<QJsonObject> &records)
{
    QJsonArray array;
    for (const QJsonObject &record : records)
        array << record;
    return array;
}

// An ORUK 3.0 page. Without totalPages it says nothing about how many there are.
QJsonObject v3Page(int number, const QList<QJsonObject> &contents, std::optional<int> totalPages, bool last)
{
    QJsonObject page{{QStringLiteral("page_number"), number},
                     {QStringLiteral("size"), int(contents.size())},
                     {QStringLiteral("first_page"), number == 1},
                     {QStringLiteral("last_page"), last},
                     {QStringLiteral("empty"), contents.isEmpty()},
                     {QStringLiteral("contents"), arrayOf(contents)}};
    if (totalPages)
        page.insert(QStringLiteral("total_pages"), *totalPages);
    return page;
}

// A listing item shaped like Bristol's real ones (description, status, dates, vendor fields), under
// a made-up name with a reserved example.org web address: the feed's other services.
QJsonObject bristolShaped(const QJsonObject &real, const QString &id, int number)
{
    QJsonObject item = real;
    item.insert(QStringLiteral("id"), id);
    item.insert(QStringLiteral("name"), QStringLiteral("Test service %1").arg(number));
    item.insert(QStringLiteral("url"), QStringLiteral("https://service-%1.example.org").arg(number));
    item.remove(QStringLiteral("email"));
    item.insert(QStringLiteral("organization"),
                QJsonObject{{QStringLiteral("id"), QStringLiteral("provider-%1").arg(number)},
                            {QStringLiteral("name"), QStringLiteral("Test provider %1").arg(number)},
                            {QStringLiteral("description"), QStringLiteral("Runs test service %1.").arg(number)}});
    return item;
}

// The full record behind a listing item: what /services/{id} adds in ORUK 3.0 (here a schedule),
// so the output shows whether the full record was read.
QJsonObject fullRecordOf(const QJsonObject &listed)
{
    QJsonObject full = listed;
    full.insert(QStringLiteral("schedules"),
                QJsonArray{QJsonObject{{QStringLiteral("byday"), QStringLiteral("MO")},
                                       {QStringLiteral("opens_at"), QStringLiteral("09:00")},
                                       {QStringLiteral("closes_at"), QStringLiteral("17:00")}}});
    return full;
}

QByteArray recordPath(const QString &id)
{
    return "/api/services/" + QUrl::toPercentEncoding(id);
}

QString idOf(const QJsonObject &record)
{
    return record.value(QStringLiteral("id")).toString();
}

// A plain listed service with a reserved example.org web address, so it has a way to get in touch.
QJsonObject plainService(const QString &id, const QString &name)
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("name"), name},
            {QStringLiteral("url"), QStringLiteral("https://%1.example.org").arg(id)}};
}

// The query that picks one page of /services.
QList<std::pair<QString, QString>> onPage(int number)
{
    return {{QStringLiteral("page"), QString::number(number)}};
}

void serveRecord(LoopbackHttpServer &server, const QJsonObject &full)
{
    server.serve(recordPath(idOf(full)), Response::json(bytes(full)));
}

struct ToolRun {
    int exitCode = -1;
    QString out;
    QString err;
};

ToolRun runInProcess(const QStringList &arguments)
{
    forgetProxies();
    ToolRun run;
    {
        QTextStream out(&run.out);
        QTextStream err(&run.err);
        run.exitCode = runContentTool(QStringList{QStringLiteral("commonground-content")} + arguments, out, err);
    }
    return run;
}

// Runs the real executable while this thread's event loop keeps turning, so a LoopbackHttpServer
// in this thread can answer it.
ToolRun runBinaryWhileServing(const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char *name : kProxyVariables)
        environment.remove(QString::fromLatin1(name));
    process.setProcessEnvironment(environment);
    QEventLoop loop;
    QObject::connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
    // A guard against a hang, not a timing check.
    QTimer::singleShot(std::chrono::minutes(2), &loop, &QEventLoop::quit);
    process.start(QStringLiteral(CG_CONTENT_TOOL), arguments);
    REQUIRE(process.waitForStarted());
    loop.exec();
    REQUIRE(process.state() == QProcess::NotRunning);
    REQUIRE(process.exitStatus() == QProcess::NormalExit);
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

// Where one import writes, and what it wrote.
class ImportFolder
{
public:
    QString out() const { return m_dir.filePath(QStringLiteral("services.json")); }
    QString report() const { return m_dir.filePath(QStringLiteral("report.json")); }

    QStringList arguments(const QUrl &source, const QStringList &more = {}) const
    {
        return QStringList{QStringLiteral("import-oruk"), source.toString(), QStringLiteral("--area"), kArea,
                           QStringLiteral("--out"), out(), QStringLiteral("--report"), report()}
            + more;
    }

    static QByteArray read(const QString &path)
    {
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadOnly));
        return file.readAll();
    }
    QJsonObject reportJson() const { return QJsonDocument::fromJson(read(report())).object(); }
    QJsonArray services() const
    {
        const QJsonObject file = QJsonDocument::fromJson(read(out())).object();
        CHECK(file.value(QStringLiteral("area")) == kArea);
        return file.value(QStringLiteral("services")).toArray();
    }
    QJsonObject service(const QString &id) const
    {
        for (const QJsonValue &service : services()) {
            if (service.toObject().value(QStringLiteral("id")) == id)
                return service.toObject();
        }
        FAIL("no service " << id.toStdString() << " in the output");
        return {};
    }
    QStringList serviceIds() const
    {
        QStringList ids;
        for (const QJsonValue &service : services())
            ids << service.toObject().value(QStringLiteral("id")).toString();
        return ids;
    }

    // A services file from an earlier import, which a failed import must leave alone.
    void writeEarlierImport(const QByteArray &content) const
    {
        QFile file(out());
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(content);
    }

private:
    QTemporaryDir m_dir;
};

// The pages of /services asked for, in order.
QList<int> pagesAsked(const LoopbackHttpServer &server)
{
    QList<int> pages;
    for (const LoopbackHttpServer::Request &request : server.requestsFor("/api/services"))
        pages << request.query.queryItemValue(QStringLiteral("page")).toInt();
    return pages;
}

// A list of text in an output service: "phones", "times".
QStringList texts(const QJsonObject &service, const char *key)
{
    QStringList result;
    for (const QJsonValue &item : service.value(QLatin1String(key)).toArray())
        result << item.toString();
    return result;
}

// A feed that never ends: page N lists one new service, "gen-N", and never says it is the last.
void serveEndlessFeed(LoopbackHttpServer &server)
{
    server.serve([](const LoopbackHttpServer::Request &request) -> std::optional<Response> {
        if (request.path != "/api/services")
            return std::nullopt;
        const int number = request.query.queryItemValue(QStringLiteral("page")).toInt();
        const QJsonObject record =
            plainService(QStringLiteral("gen-%1").arg(number), QStringLiteral("Generated service"));
        return Response::json(bytes(v3Page(number, {record}, std::nullopt, false)));
    });
    server.serve([](const LoopbackHttpServer::Request &request) -> std::optional<Response> {
        if (!request.path.startsWith("/api/services/gen-"))
            return std::nullopt;
        const QString id = QString::fromLatin1(request.path.mid(qstrlen("/api/services/")));
        return Response::json(bytes(plainService(id, QStringLiteral("Generated service"))));
    });
}

} // namespace

TEST_CASE("import-oruk reads an ORUK 3.0 feed of three pages and every full record")
{
    LoopbackHttpServer server;
    REQUIRE(server.isListening());
    // Page 1 is Bristol's real page; its first service's full record is Bristol's real one.
    QJsonObject page1 = fixture(QStringLiteral("bristol_oruk-v3_services_page1.json"));
    page1.insert(QStringLiteral("total_pages"), 3);
    page1.insert(QStringLiteral("total_items"), 8);
    const QJsonArray realItems = page1.value(QStringLiteral("contents")).toArray();
    REQUIRE(realItems.size() == 3);
    const QJsonObject bristolFull = fixture(QStringLiteral("bristol_oruk-v3_service_full_1625ip.json"));
    const QString bristolId = bristolFull.value(QStringLiteral("id")).toString();
    REQUIRE(realItems.at(0).toObject().value(QStringLiteral("id")) == bristolId);

    const auto shaped = [&realItems](int number) {
        const QString id = QStringLiteral("bristol-shape-%1").arg(number);
        return bristolShaped(realItems.at(number % 3).toObject(), id, number);
    };
    const QList<QJsonObject> page2Items{shaped(4), shaped(5), shaped(6)};
    const QJsonObject item7 = shaped(7);
    // An id that needs encoding in a URL, whose full record sends numbers as strings and objects
    // where text belongs.
    const QString oddId = QStringLiteral("page3/odd id");
    const QJsonObject oddItem = bristolShaped(realItems.at(2).toObject(), oddId, 8);
    QJsonObject oddFull = fullRecordOf(oddItem);
    oddFull.insert(QStringLiteral("minimum_age"), QStringLiteral("5"));
    oddFull.insert(QStringLiteral("maximum_age"), QStringLiteral("11"));
    oddFull.insert(QStringLiteral("description"),
                   QJsonObject{{QStringLiteral("html"), QStringLiteral("<p>Not text</p>")}});
    oddFull.insert(QStringLiteral("fees_description"), QJsonObject{{QStringLiteral("en"), QStringLiteral("Free")}});

    server.serve("/api/services", Response::json(bytes(page1)), onPage(1));
    server.serve("/api/services", Response::json(bytes(v3Page(2, page2Items, 3, false))), onPage(2));
    server.serve("/api/services", Response::json(bytes(v3Page(3, {item7, oddItem}, 3, true))), onPage(3));
    serveRecord(server, bristolFull);
    const QJsonObject real2 = realItems.at(1).toObject();
    const QJsonObject real3 = realItems.at(2).toObject();
    for (const QJsonObject &item : page2Items + QList<QJsonObject>{real2, real3, item7})
        serveRecord(server, fullRecordOf(item));
    server.serve("/api/services/page3%2Fodd%20id", Response::json(bytes(oddFull)));

    ImportFolder folder;
    const QUrl base = server.url(QStringLiteral("/api"));
    const ToolRun run = runInProcess(folder.arguments(base));
    CHECK(run.exitCode == 0);
    CHECK(run.err.isEmpty());
    CHECK(run.out.startsWith(QStringLiteral("read 8, imported 8, skipped 0, duplicates 0, stale ")));

    // Pages 1 to 3, each asked for once with a page size, and nothing after the last.
    CHECK(pagesAsked(server) == QList<int>{1, 2, 3});
    for (const LoopbackHttpServer::Request &request : server.requests()) {
        INFO(request.target.toStdString());
        CHECK(request.method == "GET");
        CHECK(request.headers.value("accept") == "application/json");
        CHECK(request.headers.value("user-agent") == kUserAgent.toUtf8());
        if (request.path == "/api/services")
            CHECK(request.query.queryItemValue(QStringLiteral("per_page")) == QStringLiteral("100"));
    }
    // Every full record once; the odd id as one encoded path segment.
    CHECK(server.requests().size() == 3 + 8);
    CHECK(server.requestsFor("/api/services/page3%2Fodd%20id").size() == 1);
    CHECK(server.requestsFor(recordPath(bristolId)).size() == 1);

    CHECK(folder.serviceIds()
          == QStringList{bristolId, idOf(real2), idOf(real3), idOf(shaped(4)), idOf(shaped(5)), idOf(shaped(6)),
                         idOf(item7), oddId});
    // The phones are only in Bristol's full record, not in its listing item.
    CHECK(texts(folder.service(bristolId), "phones").contains(QStringLiteral("0800 0354213")));
    CHECK(texts(folder.service(idOf(shaped(5))), "times") == QStringList{QStringLiteral("Monday 09:00–17:00")});
    const QJsonObject odd = folder.service(oddId);
    CHECK(odd.value(QStringLiteral("minimum_age")).toInt() == 5);
    CHECK(odd.value(QStringLiteral("maximum_age")).toInt() == 11);
    CHECK(odd.value(QStringLiteral("summary")) == QStringLiteral("Runs test service 8."));
    CHECK(odd.value(QStringLiteral("cost")) == QStringLiteral("unknown"));

    const QJsonObject report = folder.reportJson();
    CHECK(report.value(QStringLiteral("read")).toInt() == 8);
    CHECK(report.value(QStringLiteral("imported")).toInt() == 8);
    CHECK(report.value(QStringLiteral("pages")).toInt() == 3);
    CHECK(report.value(QStringLiteral("paging")) == QStringLiteral("complete: page 3 said it was the last"));
    CHECK(report.value(QStringLiteral("source")) == base.toString());
}

TEST_CASE("import-oruk reads an ORUK v1 feed that counts pages from 0 and never says last, by its page count")
{
    LoopbackHttpServer server;
    const auto record = [](int id, const QString &name) {
        return QJsonObject{{QStringLiteral("id"), id},
                           {QStringLiteral("name"), name},
                           {QStringLiteral("status"), QStringLiteral("active")},
                           {QStringLiteral("url"), QStringLiteral("https://service-%1.example.org").arg(id)},
                           {QStringLiteral("organisation"),
                            QJsonObject{{QStringLiteral("name"), QStringLiteral("Test trust")}}}};
    };
    const QJsonObject mediation = record(101, QStringLiteral("Family Mediation Service"));
    const QJsonObject parenting = record(102, QStringLiteral("Parenting Group"));
    const QJsonObject separation = record(103, QStringLiteral("Separated Parents Course"));
    const auto v1Page = [](int number, const QList<QJsonObject> &content) {
        return QJsonObject{{QStringLiteral("totalElements"), 4}, {QStringLiteral("totalPages"), 2},
                           {QStringLiteral("number"), number},   {QStringLiteral("size"), 2},
                           {QStringLiteral("first"), number == 0}, {QStringLiteral("last"), false},
                           {QStringLiteral("content"), arrayOf(content)}};
    };
    // Page 2 lists 102 again, as feeds do when a record moves while someone pages.
    server.serve("/api/services", Response::json(bytes(v1Page(0, {mediation, parenting}))), onPage(1));
    server.serve("/api/services", Response::json(bytes(v1Page(1, {parenting, separation}))), onPage(2));
    for (QJsonObject full : {mediation, parenting, separation}) {
        full.insert(QStringLiteral("regular_schedules"),
                    QJsonArray{QJsonObject{{QStringLiteral("weekday"), 1},
                                           {QStringLiteral("opens_at"), QStringLiteral("10:00:00")},
                                           {QStringLiteral("closes_at"), QStringLiteral("12:00:00")}}});
        server.serve("/api/services/" + QByteArray::number(full.value(QStringLiteral("id")).toInt()),
                     Response::json(bytes(full)));
    }

    ImportFolder folder;
    // A base that already ends in /services.
    const ToolRun run = runInProcess(folder.arguments(server.url(QStringLiteral("/api/services"))));
    CHECK(run.exitCode == 0);
    CHECK(run.err.isEmpty());
    CHECK(run.out.startsWith(QStringLiteral("read 4, imported 3, skipped 0, duplicates 1, stale ")));
    CHECK(pagesAsked(server) == QList<int>{1, 2});
    CHECK(server.requestsFor("/api/services/102").size() == 1);  // listed twice, fetched once
    CHECK(folder.serviceIds() == QStringList{QStringLiteral("101"), QStringLiteral("102"), QStringLiteral("103")});
    CHECK(texts(folder.service(QStringLiteral("103")), "times") == QStringList{QStringLiteral("Monday 10:00–12:00")});
    CHECK(folder.reportJson().value(QStringLiteral("paging"))
          == QStringLiteral("complete: read all 2 pages the feed announced"));
}

TEST_CASE("import-oruk takes a bare array as the whole feed and asks for no second page")
{
    LoopbackHttpServer server;
    const QJsonObject first = plainService(QStringLiteral("a1"), QStringLiteral("Parenting support line"));
    const QJsonObject second = plainService(QStringLiteral("a2"), QStringLiteral("Family hub"));
    server.serve("/api/services", Response::json(bytes(QJsonArray{first, second})));
    serveRecord(server, fullRecordOf(first));
    serveRecord(server, fullRecordOf(second));

    ImportFolder folder;
    // A base with a trailing slash after /services.
    const ToolRun run = runInProcess(folder.arguments(server.url(QStringLiteral("/api/services/"))));
    CHECK(run.exitCode == 0);
    CHECK(run.err.isEmpty());
    CHECK(run.out.startsWith(QStringLiteral("read 2, imported 2, skipped 0, duplicates 0")));
    CHECK(pagesAsked(server) == QList<int>{1});
    CHECK(server.requests().size() == 3);
    CHECK(texts(folder.service(QStringLiteral("a2")), "times") == QStringList{QStringLiteral("Monday 09:00–17:00")});
    CHECK(folder.reportJson().value(QStringLiteral("paging"))
          == QStringLiteral("complete: the feed answered with one list, not pages"));
}

TEST_CASE("import-oruk stops at the first empty page of a feed that gives no page count, without a warning")
{
    LoopbackHttpServer server;
    const QJsonObject only = plainService(QStringLiteral("e1"), QStringLiteral("Family hub"));
    server.serve("/api/services", Response::json(bytes(v3Page(1, {only}, std::nullopt, false))), onPage(1));
    server.serve("/api/services", Response::json(bytes(v3Page(2, {}, std::nullopt, false))), onPage(2));
    serveRecord(server, only);

    ImportFolder folder;
    const ToolRun run = runInProcess(folder.arguments(server.url(QStringLiteral("/api/"))));
    CHECK(run.exitCode == 0);
    CHECK(run.err.isEmpty());
    CHECK(pagesAsked(server) == QList<int>{1, 2});
    CHECK(folder.reportJson().value(QStringLiteral("paging")) == QStringLiteral("complete: page 2 was empty"));
}

TEST_CASE("a pager that never says last and never runs out stops at the page limit, and says so")
{
    LoopbackHttpServer server;
    serveEndlessFeed(server);
    ImportFolder folder;

    SECTION("the limit given with --max-pages")
    {
        const ToolRun run = runInProcess(
            folder.arguments(server.url(QStringLiteral("/api")), {QStringLiteral("--max-pages"), QStringLiteral("5")}));
        CHECK(run.exitCode == 0);
        CHECK(run.err
              == QStringLiteral("import-oruk: stopped at the 5-page limit; the feed may list more services than were "
                                "read (raise the limit with --max-pages N)\n"));
        CHECK(run.out.startsWith(QStringLiteral("read 5, imported 5, skipped 0, duplicates 0")));
        CHECK(pagesAsked(server) == QList<int>{1, 2, 3, 4, 5});
        CHECK(folder.serviceIds().size() == 5);
        const QJsonObject report = folder.reportJson();
        CHECK(report.value(QStringLiteral("paging")) == QStringLiteral("stopped at the 5-page limit"));
        CHECK(report.value(QStringLiteral("pages")).toInt() == 5);
    }
    SECTION("the default limit")
    {
        const ToolRun run = runInProcess(folder.arguments(server.url(QStringLiteral("/api"))));
        CHECK(run.exitCode == 0);
        CHECK(run.err.startsWith(QStringLiteral("import-oruk: stopped at the 200-page limit;")));
        CHECK(pagesAsked(server).size() == 200);
        CHECK(pagesAsked(server).constLast() == 200);
        CHECK(folder.reportJson().value(QStringLiteral("paging")) == QStringLiteral("stopped at the 200-page limit"));
    }
}

TEST_CASE("a pager that ignores the page asked for stops after the first repeat, and says so")
{
    LoopbackHttpServer server;
    const QJsonObject first = plainService(QStringLiteral("r1"), QStringLiteral("Parenting course"));
    const QJsonObject second = plainService(QStringLiteral("r2"), QStringLiteral("Dads group"));
    // Whatever page is asked for, page 1 comes back, never marked as the last.
    server.serve("/api/services", Response::json(bytes(v3Page(1, {first, second}, std::nullopt, false))));
    serveRecord(server, first);
    serveRecord(server, second);

    ImportFolder folder;
    const ToolRun run = runInProcess(folder.arguments(server.url(QStringLiteral("/api"))));
    CHECK(run.exitCode == 0);
    CHECK(run.err
          == QStringLiteral("import-oruk: stopped at page 2, which listed only services already read (the feed "
                            "seems to ignore ?page=); the feed may list more services than were read\n"));
    CHECK(run.out.startsWith(QStringLiteral("read 2, imported 2, skipped 0, duplicates 0")));
    CHECK(pagesAsked(server) == QList<int>{1, 2});
    CHECK(folder.serviceIds() == QStringList{QStringLiteral("r1"), QStringLiteral("r2")});
    CHECK(folder.reportJson().value(QStringLiteral("paging")).toString().startsWith(
        QStringLiteral("stopped at page 2, which listed only services already read")));
}

TEST_CASE("when the first page is not a directory feed, import-oruk exits 1 naming the URL and why, and writes nothing")
{
    LoopbackHttpServer server;
    const QByteArray errorPage = "<!DOCTYPE html><html><body><h1>Something went wrong</h1></body></html>";
    QString why;
    QUrl base = server.url(QStringLiteral("/api"));
    SECTION("an HTML error page served as application/json")
    {
        server.serve("/api/services", Response::html(errorPage, 200, "application/json"));
        why = QStringLiteral(" is not a service directory feed: it answered with an HTML page, not JSON (though it "
                             "labelled it application/json)");
    }
    SECTION("an HTML error page served as HTML with an error status")
    {
        server.serve("/api/services", Response::html(errorPage, 502));
        why = QStringLiteral(" is not a service directory feed: it answered HTTP 502 Bad Gateway");
    }
    SECTION("a server error")
    {
        server.serve("/api/services", Response::json(R"({"message": "database unavailable"})", 500));
        why = QStringLiteral(" is not a service directory feed: it answered HTTP 500 Internal Server Error");
    }
    SECTION("truncated JSON")
    {
        server.serve("/api/services", Response::json(R"({"page_number": 1, "contents": [{"id": "x", "na)"));
        why = QStringLiteral(" is not a service directory feed: line 1 of the answer: not valid JSON: ");
    }
    SECTION("other JSON")
    {
        server.serve("/api/services", Response::json(R"({"error": "unknown endpoint"})"));
        why = QStringLiteral(" is not a service directory feed: this JSON is not an Open Referral UK page, list or "
                             "service record");
    }
    SECTION("an empty answer")
    {
        server.serve("/api/services", Response::json({}));
        why = QStringLiteral(" is not a service directory feed: the answer was empty");
    }
    SECTION("nothing listening")
    {
        QTcpServer closed;
        REQUIRE(closed.listen(QHostAddress::LocalHost, 0));
        base = QUrl(QStringLiteral("http://127.0.0.1:%1/api").arg(closed.serverPort()));
        closed.close();
        why = QStringLiteral(" could not be read: no answer: Connection refused");
    }

    ImportFolder folder;
    folder.writeEarlierImport("the council's services file from last week\n");
    const ToolRun run = runInProcess(folder.arguments(base));
    CHECK(run.exitCode == 1);
    CHECK(run.out.isEmpty());
    const QString pageUrl = base.toString() + QStringLiteral("/services?page=1&per_page=100");
    CHECK(run.err.startsWith(QStringLiteral("import-oruk: ") + pageUrl + why));
    CHECK(run.err.endsWith(QStringLiteral("; nothing was written\n")));
    CHECK(ImportFolder::read(folder.out()) == "the council's services file from last week\n");
    CHECK_FALSE(QFile::exists(folder.report()));
}

TEST_CASE("when a later page fails, import-oruk exits 1 naming the page, and the earlier services file is untouched")
{
    LoopbackHttpServer server;
    const QJsonObject first = plainService(QStringLiteral("p1"), QStringLiteral("Family hub"));
    server.serve("/api/services", Response::json(bytes(v3Page(1, {first}, 3, false))), onPage(1));
    serveRecord(server, first);
    QString why;
    SECTION("truncated JSON on page 2")
    {
        server.serve("/api/services",
                     Response::json(R"({"page_number": 2, "total_pages": 3, "contents": [{"id": "p2",)"), onPage(2));
        why = QStringLiteral("line 1 of the answer: not valid JSON: ");
    }
    SECTION("page 2 breaks off before its announced length")
    {
        Response cut = Response::json(R"({"page_number": 2, "contents": [)");
        cut.announcedLength = 4096;
        server.serve("/api/services", cut, onPage(2));
        why = QStringLiteral("the answer broke off: ");
    }

    ImportFolder folder;
    folder.writeEarlierImport("the council's services file from last week\n");
    const ToolRun run = runInProcess(folder.arguments(server.url(QStringLiteral("/api"))));
    CHECK(run.exitCode == 1);
    CHECK(run.out.isEmpty());
    const QString pageUrl = server.url(QStringLiteral("/api/services?page=2&per_page=100")).toString();
    CHECK(run.err.startsWith(QStringLiteral("import-oruk: page 2 of the feed could not be read (") + pageUrl
                             + QStringLiteral("): ") + why));
    CHECK(run.err.endsWith(QStringLiteral("; nothing was written\n")));
    CHECK(ImportFolder::read(folder.out()) == "the council's services file from last week\n");
    CHECK_FALSE(QFile::exists(folder.report()));
    // The listing is read before any full record, so a broken feed costs no record requests.
    CHECK(server.requestsFor("/api/services/p1").isEmpty());
}

TEST_CASE("a full record that cannot be fetched is skipped with its reason and the rest are imported")
{
    LoopbackHttpServer server;
    const auto listed = [](const char *id) { return plainService(QString::fromLatin1(id), QStringLiteral("Service")); };
    QJsonObject noId = listed("no-id");
    noId.remove(QStringLiteral("id"));
    const QList<QJsonObject> page{listed("good"), listed("gone"),  listed("html"),
                                  listed("error-object"), noId, listed("good-too")};
    server.serve("/api/services", Response::json(bytes(v3Page(1, page, 1, true))));
    serveRecord(server, fullRecordOf(listed("good")));
    server.serve("/api/services/gone", Response::json(R"({"message": "Not found"})", 404));
    server.serve("/api/services/html",
                 Response::html("<html><body>Please sign in</body></html>", 200, "application/json"));
    server.serve("/api/services/error-object", Response::json(R"({"error": "no such service"})"));
    serveRecord(server, fullRecordOf(listed("good-too")));

    ImportFolder folder;
    const ToolRun run = runInProcess(folder.arguments(server.url(QStringLiteral("/api"))));
    CHECK(run.exitCode == 0);
    CHECK(run.err.isEmpty());
    CHECK(run.out.startsWith(QStringLiteral(
        "read 6, imported 2, skipped 4 (1 full record could not be fetched: HTTP 404, 1 full record could not be "
        "fetched: an HTML page, not JSON, 1 full record could not be fetched: not a service record, 1 no id), "
        "duplicates 0")));
    CHECK(folder.serviceIds() == QStringList{QStringLiteral("good"), QStringLiteral("good-too")});
    const QJsonObject skipped = folder.reportJson().value(QStringLiteral("skipped")).toObject();
    CHECK(skipped.value(QStringLiteral("full record could not be fetched: HTTP 404")).toInt() == 1);
    CHECK(skipped.value(QStringLiteral("full record could not be fetched: an HTML page, not JSON")).toInt() == 1);
    CHECK(skipped.value(QStringLiteral("full record could not be fetched: not a service record")).toInt() == 1);
    CHECK(skipped.value(QStringLiteral("no id")).toInt() == 1);
    CHECK(server.requests().size() == 1 + 5);  // no request for the record without an id
}

TEST_CASE("redirects are followed within the same site and refused to another")
{
    LoopbackHttpServer server;
    LoopbackHttpServer elsewhere;
    const QJsonObject record = plainService(QStringLiteral("m1"), QStringLiteral("Family hub"));
    server.serve("/api/services", Response::json(bytes(v3Page(1, {record}, 1, true))));
    serveRecord(server, record);
    elsewhere.serve("/api/services", Response::json(bytes(v3Page(1, {record}, 1, true))));
    ImportFolder folder;

    SECTION("same site: /old/... moved to /api/...")
    {
        server.serve([](const LoopbackHttpServer::Request &request) -> std::optional<Response> {
            if (!request.target.startsWith("/old/"))
                return std::nullopt;
            return Response::redirect("/api/" + request.target.mid(5));
        });
        const ToolRun run = runInProcess(folder.arguments(server.url(QStringLiteral("/old"))));
        CHECK(run.exitCode == 0);
        CHECK(run.out.startsWith(QStringLiteral("read 1, imported 1")));
        CHECK(server.requestsFor("/old/services").size() == 1);
        CHECK(server.requestsFor("/old/services/m1").size() == 1);
        CHECK(server.requestsFor("/api/services/m1").size() == 1);
    }
    SECTION("another site")
    {
        const QByteArray target = elsewhere.url(QStringLiteral("/api/services?page=1&per_page=100")).toEncoded();
        server.serve("/old/services", Response::redirect(target, 302));
        const ToolRun run = runInProcess(folder.arguments(server.url(QStringLiteral("/old"))));
        CHECK(run.exitCode == 1);
        INFO(run.err.toStdString());
        CHECK(run.err.contains(QStringLiteral("could not be read: it redirected to ") + QString::fromLatin1(target)
                               + QStringLiteral(", which is not the same site")));
        CHECK(elsewhere.requests().isEmpty());
        CHECK_FALSE(QFile::exists(folder.out()));
    }
}

TEST_CASE("a server that stops answering times out: page 1 fails the import, a full record is skipped")
{
    forgetProxies();
    LoopbackHttpServer server;
    QNetworkAccessManager network;
    // Short so the test is quick; nothing here checks how long anything took.
    const BlockingHttpClient http(network, std::chrono::milliseconds(1500), "test", "application/json");
    const OrukFeedReader reader(http, {});
    Response silent;
    silent.silent = true;

    SECTION("on page 1")
    {
        server.serve("/api/services", silent);
        const OrukFeedResult result = reader.read(server.url(QStringLiteral("/api")));
        REQUIRE_FALSE(result.feed);
        CHECK(result.error.endsWith(QStringLiteral("could not be read: timed out: nothing arrived for 1.5 seconds")));
    }
    SECTION("on a full record")
    {
        const QJsonObject record = plainService(QStringLiteral("t1"), QStringLiteral("Family hub"));
        const QJsonObject hanging = plainService(QStringLiteral("t2"), QStringLiteral("Hanging service"));
        server.serve("/api/services", Response::json(bytes(QJsonArray{record, hanging})));
        serveRecord(server, record);
        server.serve(recordPath(idOf(hanging)), silent);
        const OrukFeedResult result = reader.read(server.url(QStringLiteral("/api")));
        REQUIRE(result.feed);
        CHECK(result.feed->records == QList<QJsonObject>{record});
        CHECK(result.feed->skipped
              == QMap<QString, int>{{QStringLiteral("full record could not be fetched: timed out"), 1}});
    }
}

TEST_CASE("feed URLs: /services is added once, other query items are kept, and ids are one path segment")
{
    const QString site = QStringLiteral("https://directory.example.org");
    const QUrl expected(site + QStringLiteral("/api/v3/services"));
    for (const char *path : {"/api/v3", "/api/v3/", "/api/v3/services", "/api/v3/services/"}) {
        INFO(path);
        CHECK(orukServicesUrl(QUrl(site + QLatin1String(path))) == expected);
    }
    CHECK(orukServicesUrl(QUrl(site)).toString() == site + QStringLiteral("/services"));
    const QUrl keyed = orukServicesUrl(QUrl(site + QStringLiteral("/api/?key=abc&page=9")));
    CHECK(orukPageUrl(keyed, 2, 50).toString() == site + QStringLiteral("/api/services?key=abc&page=2&per_page=50"));
    CHECK(orukRecordUrl(expected, QStringLiteral("a/b c?d")).toEncoded()
          == "https://directory.example.org/api/v3/services/a%2Fb%20c%3Fd");
}

TEST_CASE("import-oruk refuses a bad page limit or a URL without a host with exit 2")
{
    ImportFolder folder;
    const QUrl feed(QStringLiteral("http://127.0.0.1:9/api"));
    const ToolRun zero = runInProcess(folder.arguments(feed, {QStringLiteral("--max-pages"), QStringLiteral("0")}));
    CHECK(zero.exitCode == 2);
    CHECK(zero.err.startsWith(
        QStringLiteral("import-oruk: --max-pages needs a whole number of at least 1, not '0'\n")));
    const ToolRun words = runInProcess(folder.arguments(feed, {QStringLiteral("--max-pages"), QStringLiteral("lots")}));
    CHECK(words.exitCode == 2);
    const ToolRun noHost = runInProcess({QStringLiteral("import-oruk"), QStringLiteral("https://"),
                                         QStringLiteral("--area"), kArea, QStringLiteral("--out"), folder.out()});
    CHECK(noHost.exitCode == 2);
    CHECK(noHost.err.startsWith(QStringLiteral("import-oruk: https:// is not a valid feed URL\n")));
    CHECK_FALSE(QFile::exists(folder.out()));
}

TEST_CASE("the commonground-content executable reads a feed over loopback")
{
    LoopbackHttpServer server;
    const QJsonObject bristolFull = fixture(QStringLiteral("bristol_oruk-v3_service_full_1625ip.json"));
    QJsonObject listed = bristolFull;
    listed.remove(QStringLiteral("contacts"));
    server.serve("/api/services", Response::json(bytes(v3Page(1, {listed}, 1, true))));
    serveRecord(server, bristolFull);

    ImportFolder folder;
    const ToolRun run = runBinaryWhileServing(folder.arguments(server.url(QStringLiteral("/api"))));
    CHECK(run.exitCode == 0);
    CHECK(run.err.isEmpty());
    CHECK(run.out.startsWith(QStringLiteral("read 1, imported 1, skipped 0, duplicates 0")));
    CHECK(texts(folder.service(idOf(bristolFull)), "phones").contains(QStringLiteral("0800 0354213")));
}
