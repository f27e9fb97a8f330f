#pragma once

#include <QObject>
#include <QString>

#include <signal.h>

QT_BEGIN_NAMESPACE
class QSocketNotifier;
QT_END_NAMESPACE

namespace cg {

// Turns SIGINT and SIGTERM into the Qt signal shutdownRequested(), delivered on the event loop,
// so the server stops the normal way: the event loop returns and every object, the database
// included, is closed by its destructor.
//
// A POSIX signal handler may do almost nothing, so it only writes the signal number as one byte into a socket pair
// (the "self-pipe"); a QSocketNotifier on the other end wakes the event loop. The handler can only
// find the pipe through one process-wide variable, hence at most one ShutdownSignals at a time.
class ShutdownSignals : public QObject
{
    Q_OBJECT

public:
    explicit ShutdownSignals(QObject *parent = nullptr);
    ~ShutdownSignals() override;

    // Installs the handlers. Returns false with *error set if the pipe or a handler cannot be set
    // up, or if another ShutdownSignals is already installed.
    bool install(QString *error);

Q_SIGNALS:
    void shutdownRequested(int signalNumber);

private:
    void drain();
    void uninstall();

    int m_fds[2] = {-1, -1};  // [0] read by the notifier, [1] written by the handler
    QSocketNotifier *m_notifier = nullptr;
    struct sigaction m_previous[2] = {};  // what SIGINT and SIGTERM did before, restored on uninstall
    bool m_installed = false;
};

} // namespace cg
