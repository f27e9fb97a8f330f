#include "server/shutdownsignals.h"

#include <QSocketNotifier>

#include <cerrno>
#include <iterator>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <sys/socket.h>
#include <unistd.h>

namespace cg {

namespace {

constexpr int kSignals[] = {SIGINT, SIGTERM};

// The write end of the installed pipe. A signal handler receives only the signal number, so this
// is the one piece of state it can reach; ShutdownSignals sets and clears it.
volatile std::sig_atomic_t g_writeFd = -1;

void onShutdownSignal(int signalNumber)
{
    const int savedErrno = errno;  // the interrupted code may be about to read errno
    const unsigned char byte = static_cast<unsigned char>(signalNumber);
    // Non-blocking: if the pipe is full a shutdown is already pending, so dropping is fine.
    [[maybe_unused]] const ssize_t written = ::write(g_writeFd, &byte, 1);
    errno = savedErrno;
}

QString systemError(const char *what)
{
    return QStringLiteral("%1: %2").arg(QLatin1String(what), QString::fromLocal8Bit(std::strerror(errno)));
}

} // namespace

ShutdownSignals::ShutdownSignals(QObject *parent)
    : QObject(parent)
{
}

ShutdownSignals::~ShutdownSignals()
{
    uninstall();
}

bool ShutdownSignals::install(QString *error)
{
    if (m_installed)
        return true;
    if (g_writeFd != -1) {
        *error = QStringLiteral("shutdown signal handlers are already installed elsewhere");
        return false;
    }
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0, m_fds) != 0) {
        *error = systemError("cannot create the shutdown signal pipe");
        return false;
    }
    g_writeFd = m_fds[1];
    m_installed = true;

    m_notifier = new QSocketNotifier(m_fds[0], QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &ShutdownSignals::drain);

    struct sigaction action = {};
    action.sa_handler = onShutdownSignal;
    sigemptyset(&action.sa_mask);
    // SA_RESTART: no Qt or SQLite call fails with EINTR because of us. SA_RESETHAND: the handler
    // runs once, so a second Ctrl-C still stops a shutdown that hangs.
    action.sa_flags = SA_RESTART | SA_RESETHAND;
    for (std::size_t i = 0; i < std::size(kSignals); ++i) {
        if (::sigaction(kSignals[i], &action, &m_previous[i]) != 0) {
            *error = systemError("cannot install a shutdown signal handler");
            uninstall();
            return false;
        }
    }
    return true;
}

void ShutdownSignals::drain()
{
    unsigned char bytes[16];
    ssize_t count = 0;
    while ((count = ::read(m_fds[0], bytes, sizeof bytes)) > 0) {
        for (ssize_t i = 0; i < count; ++i)
            Q_EMIT shutdownRequested(bytes[i]);
    }
}

void ShutdownSignals::uninstall()
{
    if (!m_installed)
        return;
    // Earlier handlers back first, so ours cannot write to a descriptor about to be closed.
    for (std::size_t i = 0; i < std::size(kSignals); ++i)
        ::sigaction(kSignals[i], &m_previous[i], nullptr);
    g_writeFd = -1;
    delete m_notifier;
    m_notifier = nullptr;
    ::close(m_fds[0]);
    ::close(m_fds[1]);
    m_fds[0] = m_fds[1] = -1;
    m_installed = false;
}

} // namespace cg
