// Start-up benchmark: time from starting a process to its exit right after the first frame, for
// the app (first run, and a returning parent) and for a bare Qt Quick Controls window. The runs
// are interleaved so machine noise hits all of them alike; the result is reported as medians and
// as the ratio app / bare window.
//
//   startup-bench [--runs N] --app PATH --bare PATH
#include "benchstats.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <optional>

namespace {

struct Subject {
    QString name;
    QString program;
    QStringList arguments;
    QList<double> millis;
};

std::optional<double> timeOneStart(const Subject &subject)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    process.setProcessEnvironment(environment);
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QElapsedTimer timer;
    timer.start();
    process.start(subject.program, subject.arguments);
    if (!process.waitForFinished(30000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return std::nullopt;
    return timer.nsecsElapsed() / 1e6;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption runs(QStringLiteral("runs"), QStringLiteral("Starts of each subject (default 21)."),
                                  QStringLiteral("N"), QStringLiteral("21"));
    const QCommandLineOption appPath(QStringLiteral("app"), QStringLiteral("The commonground binary."), QStringLiteral("PATH"));
    const QCommandLineOption barePath(QStringLiteral("bare"), QStringLiteral("The bare-window binary."), QStringLiteral("PATH"));
    parser.addOptions({runs, appPath, barePath});
    parser.process(app);
    QTextStream out(stdout);
    QTextStream err(stderr);
    const int count = parser.value(runs).toInt();
    if (count < 1 || !parser.isSet(appPath) || !parser.isSet(barePath)) {
        err << "usage: startup-bench [--runs N] --app PATH --bare PATH" << Qt::endl;
        return 2;
    }

    QTemporaryDir firstRunDir;
    QTemporaryDir returningDir;
    const QString appProgram = parser.value(appPath);
    QList<Subject> subjects = {
        {QStringLiteral("bare Qt Quick Controls window"), parser.value(barePath), {}, {}},
        {QStringLiteral("app, first run"), appProgram,
         {QStringLiteral("--quit-after-first-frame"), QStringLiteral("--data-dir"), firstRunDir.path()}, {}},
        {QStringLiteral("app, returning parent (Home)"), appProgram,
         {QStringLiteral("--quit-after-first-frame"), QStringLiteral("--demo-data"), QStringLiteral("--data-dir"),
          returningDir.path()},
         {}},
    };
    // One unmeasured start each warms the disk cache and creates the data folders.
    for (const Subject &subject : std::as_const(subjects)) {
        if (!timeOneStart(subject)) {
            err << "startup-bench: " << subject.name << " did not start and exit cleanly" << Qt::endl;
            return 1;
        }
    }
    for (int run = 0; run < count; ++run) {
        for (Subject &subject : subjects) {
            const auto millis = timeOneStart(subject);
            if (!millis) {
                err << "startup-bench: " << subject.name << " failed on run " << run + 1 << Qt::endl;
                return 1;
            }
            subject.millis << *millis;
        }
    }

    const double floor = median(subjects.first().millis);
    out << "start to first frame, median of " << count << " interleaved runs (QT_QPA_PLATFORM=offscreen)\n";
    for (const Subject &subject : std::as_const(subjects)) {
        out << QStringLiteral("  %1  %2 ms  (min %3, max %4)  ratio %5\n")
                   .arg(subject.name, -32)
                   .arg(median(subject.millis), 7, 'f', 1)
                   .arg(*std::min_element(subject.millis.begin(), subject.millis.end()), 0, 'f', 1)
                   .arg(*std::max_element(subject.millis.begin(), subject.millis.end()), 0, 'f', 1)
                   .arg(median(subject.millis) / floor, 0, 'f', 2);
    }
    return 0;
}
