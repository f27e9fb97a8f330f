// The phone app (it also runs on the desktop). main() only reads the command line and hands over
// to the composition root.
#include "shell/appcomposition.h"
#include "shell/appoptions.h"
#include "shell/localesetup.h"
#include "shell/qmlwindow.h"
#include "shell/screenrenderer.h"
#include "shell/selftest.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QQuickWindow>
#include <QTextStream>

namespace {

int fail(const QString &message, int code = 1)
{
    QTextStream(stderr) << "commonground: " << message << Qt::endl;
    return code;
}

} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    // Rendering and the self-test must work on machines without a screen.
    if (cg::argumentsAskForHeadless(argc, argv) && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QGuiApplication::setApplicationName(QStringLiteral("commonground"));
    QGuiApplication::setOrganizationName(QStringLiteral("CommonGround"));
    QGuiApplication::setApplicationVersion(QStringLiteral(CG_APP_VERSION));

    const auto parsed = cg::parseAppOptions(QGuiApplication::arguments());
    if (const auto *help = std::get_if<cg::AppOptionsHelp>(&parsed)) {
        QTextStream(stdout) << help->text;
        return 0;
    }
    if (const auto *error = std::get_if<cg::AppOptionsError>(&parsed))
        return fail(error->message + QStringLiteral(" (see --help)"), 2);
    const cg::AppOptions &options = std::get<cg::AppOptions>(parsed);

    QString error;
    if (!cg::setUpLocale(app, options.locale, &error))
        return fail(error, 2);
    const auto composition = cg::AppComposition::create(options, &error);
    if (!composition)
        return fail(error);

    if (!options.exportJournal.isEmpty()) {
        // Only asked for when the journal has a PIN; typed or piped, never on the command line.
        const QString pin = composition->journalNeedsPin() ? QTextStream(stdin).readLine().trimmed() : QString();
        if (!composition->exportJournalCsv(options.exportJournal, pin, &error))
            return fail(error);
        QTextStream(stdout) << "journal exported to " << options.exportJournal << Qt::endl;
        return 0;
    }

    if (options.uploadNow) {
        QString summary;
        const bool sent = composition->uploadReportsNow(&summary);
        (sent ? QTextStream(stdout) : QTextStream(stderr)) << "statistics: " << summary << Qt::endl;
        return sent ? 0 : 1;
    }

    cg::QmlWindow window;
    if (!window.load(composition->controller(), options.windowSize, &error))
        return fail(error);
    cg::AppController &controller = composition->controller();

    if (!options.renderRoute.isEmpty()) {
        if (!cg::renderRoute(window, controller, options.renderRoute, options.renderOut, &error))
            return fail(error);
        return 0;
    }
    if (options.selfTest) {
        const QStringList problems = cg::runSelfTest(window, controller);
        for (const QString &problem : problems)
            QTextStream(stderr) << "self-test: " << problem << Qt::endl;
        QTextStream(stdout) << "self-test: " << controller.routes().size() << " screens, "
                            << problems.size() << " problems" << Qt::endl;
        return problems.isEmpty() ? 0 : 1;
    }
    if (options.quitAfterFirstFrame) {
        QObject::connect(window.window(), &QQuickWindow::frameSwapped, &app, [&] {
            QTextStream(stdout) << "first frame after " << sinceStart.nsecsElapsed() / 1000 << " us" << Qt::endl;
            QGuiApplication::exit(0);
        }, Qt::SingleShotConnection);
    }
    return QGuiApplication::exec();
}
