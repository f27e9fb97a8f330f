#pragma once

#include <QSize>
#include <QString>
#include <QStringList>

#include <optional>
#include <variant>

namespace cg {

// Everything the phone app can be told on its command line.
struct AppOptions {
    QString dataDir;     // empty: the platform's app data folder
    QString contentDir;  // empty: the packs built into the app
    QString renderRoute; // --render ROUTE
    QString renderOut;   // --out FILE.png
    QSize windowSize{412, 915};
    std::optional<double> fontScale;  // unset: follow the phone's text size setting
    QString locale;      // empty: the system's
    bool selfTest = false;
    bool demoData = false;
    bool quitAfterFirstFrame = false;  // start-up benchmark
    QString statsUrl;    // --stats-url: overrides the area pack's statistics address
    std::optional<bool> consent;  // --consent yes|no: the statistics choice, saved before start
    bool uploadNow = false;  // --upload-now: file this week too, send what waits, exit
    QString exportJournal;  // --export-journal FILE.csv
    QString areaCode;    // --area: the area chosen before start (screenshots, scripted tests)
    QString agency;      // --agency: the practitioner's kind of agency, likewise
    QString journalPin;  // --journal-pin: set before start (screenshots, scripted tests)

    // Rendering and self-tests must never touch the parent's real data.
    bool needsScratchDataDir() const { return dataDir.isEmpty() && (selfTest || !renderRoute.isEmpty()); }
    bool headless() const { return selfTest || !renderRoute.isEmpty() || !exportJournal.isEmpty() || uploadNow; }
};

struct AppOptionsError {
    QString message;
};

struct AppOptionsHelp {
    QString text;
};

// Parses the arguments (argv[0] first). Never exits the process itself.
std::variant<AppOptions, AppOptionsError, AppOptionsHelp> parseAppOptions(const QStringList &arguments);

// True when the raw arguments ask for a window-less run, checked before Qt starts so the
// offscreen platform can be chosen.
bool argumentsAskForHeadless(int argc, char **argv);

} // namespace cg
