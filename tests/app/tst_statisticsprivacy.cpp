#include "catchqtstrings.h"
#include "loopbackhttpserver.h"
#include "shippedregistry.h"
#include "core/weeklyreport.h"
#include "shell/appcomposition.h"

#include <catch2/catch.hpp>

#include <QDesktopServices>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace cg;

// The privacy tests of the statistics: a loopback server records every byte the app sends, and
// the app is driven through the same controllers the screens use.

namespace {

// Takes the phone's "tel:" links instead of a dialler, so a tapped number goes nowhere.
class Dialler : public QObject
{
    Q_OBJECT
public:
    Dialler() { QDesktopServices::setUrlHandler(QStringLiteral("tel"), this, "dial"); }
    ~Dialler() override { QDesktopServices::unsetUrlHandler(QStringLiteral("tel")); }
    QList<QUrl> dialled;
public slots:
    void dial(const QUrl &url) { dialled << url; }
};

struct StatsServer {
    LoopbackHttpServer http;
    StatsServer()
    {
        http.serve("/v1/reports", LoopbackHttpServer::Response::json({}, 204));
    }
};

std::unique_ptr<AppComposition> appFor(const QString &dataDir, const StatsServer &server, std::optional<bool> consent)
{
    AppOptions options;
    options.dataDir = dataDir;
    options.statsUrl = server.http.url().toString();
    options.consent = consent;
    options.uploadNow = true;
    QString error;
    auto app = AppComposition::create(options, &error);
    INFO(error.toStdString());
    REQUIRE(app);
    return app;
}

const QString kJournalWords = QStringLiteral("Zebracrossing words only I should ever read");

// A week of use touching everything that is counted, and writing words that must never leave.
void useTheApp(AppComposition &app)
{
    AppController &controller = app.controller();
    ReaderController *reader = controller.reader();
    REQUIRE(reader->open(QStringLiteral("arguing-better")));
    reader->next();
    reader->finish();
    reader->setHelpful(true);
    HelpController *help = controller.help();
    REQUIRE(help->openService(QStringLiteral("national-domestic-abuse-helpline")));
    REQUIRE(help->service()->call(0));
    help->showSafety();
    REQUIRE(controller.safetyServices()->serviceAt(0)->id == QStringLiteral("emergency-999"));
    REQUIRE(controller.safetyServices()->call(0));
    JournalController *journal = controller.journal();
    journal->openIfNoPin();
    journal->startGoodDay();
    journal->draft()->setProperty("note", kJournalWords);
    REQUIRE(journal->save());
}

QJsonObject onlyReport(const LoopbackHttpServer &http)
{
    REQUIRE(http.requests().size() == 1);
    return QJsonDocument::fromJson(http.requests().first().body).object();
}

// "metric {labels}" → value, as a report says.
QHash<QString, int> countsOf(const QJsonObject &report)
{
    QHash<QString, int> counts;
    for (const QJsonValue &count : report.value(QStringLiteral("counts")).toArray()) {
        const QJsonObject object = count.toObject();
        counts.insert(object.value(QStringLiteral("metric")).toString() + u' '
                          + QString::fromUtf8(QJsonDocument(object.value(QStringLiteral("labels")).toObject())
                                                  .toJson(QJsonDocument::Compact)),
                      object.value(QStringLiteral("value")).toInt());
    }
    return counts;
}

} // namespace

TEST_CASE("before the parent says yes nothing at all reaches the server, however the app is used")
{
    StatsServer server;
    Dialler dialler;
    QTemporaryDir dir;
    const auto app = appFor(dir.path(), server, std::nullopt);
    useTheApp(*app);
    QString summary;
    CHECK(app->uploadReportsNow(&summary));
    CHECK(summary.startsWith(QStringLiteral("statistics are off")));
    CHECK(server.http.connectionCount() == 0);
}

TEST_CASE("after consent a week's report holds only what the registry allows, matching what was done, and nothing written or timed")
{
    StatsServer server;
    Dialler dialler;
    QTemporaryDir dir;
    const auto app = appFor(dir.path(), server, true);
    app->controller().settings()->chooseArea(QStringLiteral("E08000014"));
    useTheApp(*app);
    QString summary;
    REQUIRE(app->uploadReportsNow(&summary));
    CHECK(summary.startsWith(QStringLiteral("1 report(s) accepted")));

    const QJsonObject report = onlyReport(server.http);
    const std::optional<QString> problem = reportProblem(shippedRegistry(), report);
    INFO(problem.value_or(QString()).toStdString());
    CHECK_FALSE(problem);
    CHECK(report.value(QStringLiteral("area")).toString() == QStringLiteral("E08000014"));
    const QHash<QString, int> expected{
        {QStringLiteral("app.active {}"), 1},
        {QStringLiteral("module.started {\"module\":\"arguing-better\"}"), 1},
        {QStringLiteral("module.section_reached {\"module\":\"arguing-better\",\"section\":\"1\"}"), 1},
        {QStringLiteral("module.section_reached {\"module\":\"arguing-better\",\"section\":\"2\"}"), 1},
        {QStringLiteral("module.completed {\"module\":\"arguing-better\"}"), 1},
        {QStringLiteral("module.helpful {\"answer\":\"yes\",\"module\":\"arguing-better\"}"), 1},
        // The helpline's page: once for each of its two categories.
        {QStringLiteral("service.viewed {\"category\":\"domestic-abuse\",\"tier\":\"crisis\"}"), 1},
        {QStringLiteral("service.viewed {\"category\":\"crisis\",\"tier\":\"crisis\"}"), 1},
        // Called from its page, and 999 from the safety route.
        {QStringLiteral("service.contacted {\"category\":\"domestic-abuse\",\"tier\":\"crisis\"}"), 2},
        {QStringLiteral("service.contacted {\"category\":\"crisis\",\"tier\":\"crisis\"}"), 2},
        {QStringLiteral("safety.route_shown {}"), 1},
        {QStringLiteral("safety.helpline_tapped {}"), 1},
        {QStringLiteral("journal.used {}"), 1},
    };
    CHECK(countsOf(report) == expected);

    const LoopbackHttpServer::Request &request = server.http.requests().first();
    // No words the parent wrote, in any form, and no time finer than the week: no dates, no clock
    // times, no Date header.
    CHECK_FALSE(request.raw.contains(kJournalWords.toUtf8()));
    CHECK_FALSE(request.raw.contains("Zebracrossing"));
    CHECK_FALSE(QRegularExpression(QStringLiteral("\\d{4}-\\d{2}-\\d{2}|\\d{2}:\\d{2}:\\d{2}|T\\d{2}:\\d{2}"))
                    .match(QString::fromUtf8(request.body))
                    .hasMatch());
    CHECK(report.keys() == QStringList{QStringLiteral("app_version"), QStringLiteral("area"), QStringLiteral("counts"),
                                       QStringLiteral("report_id"), QStringLiteral("schema"), QStringLiteral("week")});
    // Exactly these headers, and nothing in them about the phone or its owner.
    QStringList headers;
    for (const QByteArray &name : request.headers.keys())
        headers << QString::fromLatin1(name);
    headers.sort();
    CHECK(headers == QStringList{QStringLiteral("accept-encoding"), QStringLiteral("accept-language"),
                                 QStringLiteral("connection"), QStringLiteral("content-length"),
                                 QStringLiteral("content-type"), QStringLiteral("host"), QStringLiteral("user-agent")});
    CHECK(request.headers.value("user-agent") == "CommonGround");
    CHECK(request.headers.value("accept-language") == "en");
    CHECK(request.headers.value("content-type") == "application/json");
    CHECK(request.target == "/v1/reports");
}

TEST_CASE("two installs on one machine send reports that share no identifier")
{
    StatsServer server;
    Dialler dialler;
    QTemporaryDir first;
    QTemporaryDir second;
    for (const QTemporaryDir *dir : {&first, &second}) {
        const auto app = appFor(dir->path(), server, true);
        useTheApp(*app);
        QString summary;
        REQUIRE(app->uploadReportsNow(&summary));
    }
    REQUIRE(server.http.requests().size() == 2);
    QList<QByteArray> withoutIds;
    QStringList ids;
    for (const LoopbackHttpServer::Request &request : server.http.requests()) {
        const QString id = QJsonDocument::fromJson(request.body).object().value(QStringLiteral("report_id")).toString();
        ids << id;
        QByteArray raw = request.raw;
        withoutIds << raw.replace(id.toUtf8(), "ID");
    }
    CHECK(ids.first() != ids.last());
    // Apart from the fresh random id, the two phones' requests are the very same bytes.
    CHECK(withoutIds.first() == withoutIds.last());
}

#include "tst_statisticsprivacy.moc"
