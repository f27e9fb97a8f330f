#include "shell/appoptions.h"

#include <QCommandLineParser>
#include <QRegularExpression>
#include <QHostAddress>
#include <QUrl>

#include <cstring>

namespace cg {

std::variant<AppOptions, AppOptionsError, AppOptionsHelp> parseAppOptions(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Common Ground: help for parents to argue less and get on better."));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("Show this help."));
    const QCommandLineOption dataDir(QStringLiteral("data-dir"), QStringLiteral("Keep all app data in DIR."),
                                     QStringLiteral("DIR"));
    const QCommandLineOption contentDir(QStringLiteral("content-dir"),
                                        QStringLiteral("Read content packs from DIR instead of the built-in ones."),
                                        QStringLiteral("DIR"));
    const QCommandLineOption render(QStringLiteral("render"),
                                    QStringLiteral("Render one screen to a PNG file and exit."), QStringLiteral("ROUTE"));
    const QCommandLineOption out(QStringLiteral("out"), QStringLiteral("Where --render writes."), QStringLiteral("FILE.png"));
    const QCommandLineOption size(QStringLiteral("size"), QStringLiteral("Window size, default 412x915."),
                                  QStringLiteral("WxH"));
    const QCommandLineOption fontScale(QStringLiteral("font-scale"),
                                       QStringLiteral("Text size multiplier, 0.75 to 3; default: the system's text size."), QStringLiteral("F"));
    const QCommandLineOption locale(QStringLiteral("locale"),
                                    QStringLiteral("Language, for example en_GB; en-XA lengthens every string, "
                                                   "ar-XB shows right-to-left."),
                                    QStringLiteral("L"));
    const QCommandLineOption selfTest(QStringLiteral("self-test"),
                                      QStringLiteral("Load every screen offscreen; exit 1 on any QML warning or "
                                                     "accessibility problem."));
    const QCommandLineOption demoData(QStringLiteral("demo-data"),
                                      QStringLiteral("Fill the app with made-up demo choices (never real people's)."));
    const QCommandLineOption quitAfterFirstFrame(QStringLiteral("quit-after-first-frame"),
                                                 QStringLiteral("Exit once the first frame is shown (start-up benchmark)."));
    const QCommandLineOption statsUrl(QStringLiteral("stats-url"),
                                      QStringLiteral("Where weekly anonymous counts go, once the parent has said yes."),
                                      QStringLiteral("URL"));
    const QCommandLineOption consent(QStringLiteral("consent"),
                                     QStringLiteral("Save the parent's statistics choice, yes or no, before starting: "
                                                    "for scripted runs."),
                                     QStringLiteral("yes|no"));
    const QCommandLineOption uploadNow(QStringLiteral("upload-now"),
                                       QStringLiteral("Count this week as finished, send every weekly report waiting, "
                                                      "and exit: 0 when each was accepted or refused for good."));
    const QCommandLineOption journalPin(QStringLiteral("journal-pin"),
                                        QStringLiteral("Lock the journal with PIN (4 to 8 digits) before starting: for "
                                                       "screenshots and scripted tests, not for real use."),
                                        QStringLiteral("PIN"));
    const QCommandLineOption exportJournal(QStringLiteral("export-journal"),
                                           QStringLiteral("Write every journal entry to FILE.csv and exit. With a PIN "
                                                          "set, the PIN is read from standard input."),
                                           QStringLiteral("FILE.csv"));
    const QCommandLineOption area(QStringLiteral("area"),
                                  QStringLiteral("Choose the area with this ONS code before starting: for screenshots "
                                                 "and scripted tests."),
                                  QStringLiteral("CODE"));
    const QCommandLineOption agency(QStringLiteral("agency"),
                                    QStringLiteral("Choose the practitioner's kind of agency (such as health-visiting) "
                                                   "before starting: for screenshots and scripted tests."),
                                    QStringLiteral("TYPE"));
    parser.addOptions({help, dataDir, contentDir, render, out, size, fontScale, locale, selfTest, demoData,
                       quitAfterFirstFrame, statsUrl, consent, uploadNow, journalPin, exportJournal, area, agency});

    if (!parser.parse(arguments))
        return AppOptionsError{parser.errorText()};
    if (parser.isSet(help))
        return AppOptionsHelp{parser.helpText()};
    if (!parser.positionalArguments().isEmpty())
        return AppOptionsError{QStringLiteral("unexpected argument: %1").arg(parser.positionalArguments().first())};

    AppOptions options;
    options.dataDir = parser.value(dataDir);
    options.contentDir = parser.value(contentDir);
    options.renderRoute = parser.value(render);
    options.renderOut = parser.value(out);
    options.locale = parser.value(locale);
    options.selfTest = parser.isSet(selfTest);
    options.demoData = parser.isSet(demoData);
    options.quitAfterFirstFrame = parser.isSet(quitAfterFirstFrame);
    options.statsUrl = parser.value(statsUrl);
    options.uploadNow = parser.isSet(uploadNow);
    options.journalPin = parser.value(journalPin);
    options.exportJournal = parser.value(exportJournal);
    options.areaCode = parser.value(area);
    options.agency = parser.value(agency);
    if (parser.isSet(statsUrl)) {
        // Reports cross the internet only over HTTPS; plain http stays on this computer (run.sh's
        // local server, tests).
        const QUrl url(options.statsUrl, QUrl::StrictMode);
        const bool local = QHostAddress(url.host()).isLoopback() || url.host() == QLatin1String("localhost");
        if (!url.isValid() || url.host().isEmpty() || url.hasQuery() || url.hasFragment()
            || !(url.scheme() == QLatin1String("https") || (url.scheme() == QLatin1String("http") && local)))
            return AppOptionsError{QStringLiteral("--stats-url must be an https address such as https://stats.example.org "
                                                  "(plain http only to this computer, such as http://127.0.0.1:8080)")};
    }
    if (parser.isSet(consent)) {
        const QString choice = parser.value(consent);
        if (choice != QLatin1String("yes") && choice != QLatin1String("no"))
            return AppOptionsError{QStringLiteral("--consent must be yes or no")};
        options.consent = choice == QLatin1String("yes");
    }
    if (options.uploadNow && (parser.isSet(render) || options.selfTest || !options.exportJournal.isEmpty()))
        return AppOptionsError{QStringLiteral("--upload-now runs on its own, without --render, --self-test or --export-journal")};

    if (parser.isSet(render) && options.renderOut.isEmpty())
        return AppOptionsError{QStringLiteral("--render needs --out FILE.png")};
    if (parser.isSet(out) && !parser.isSet(render))
        return AppOptionsError{QStringLiteral("--out is only used with --render ROUTE")};
    if (parser.isSet(size)) {
        static const QRegularExpression pattern(QStringLiteral("^(\\d{2,4})x(\\d{2,4})$"));
        const auto match = pattern.match(parser.value(size));
        if (!match.hasMatch())
            return AppOptionsError{QStringLiteral("--size must be WIDTHxHEIGHT in pixels, for example 360x740")};
        options.windowSize = QSize(match.captured(1).toInt(), match.captured(2).toInt());
    }
    if (parser.isSet(fontScale)) {
        bool ok = false;
        const double scale = parser.value(fontScale).toDouble(&ok);
        if (!ok || scale < 0.75 || scale > 3.0)
            return AppOptionsError{QStringLiteral("--font-scale must be a number from 0.75 to 3, for example 1.5")};
        options.fontScale = scale;
    }
    return options;
}

bool argumentsAskForHeadless(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        if (std::strncmp(argv[i], "--render", 8) == 0 || std::strcmp(argv[i], "--self-test") == 0
            || std::strncmp(argv[i], "--export-journal", 16) == 0 || std::strcmp(argv[i], "--upload-now") == 0)
            return true;
    }
    return false;
}

} // namespace cg
