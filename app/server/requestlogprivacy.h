#pragma once

namespace cg {

// Qt's HTTP server logs every request, client address and User-Agent included, in its
// "qt.httpserver" categories at debug level. They are off by default, but QT_LOGGING_RULES could
// switch them on; this keeps their debug and info output off whatever the rules say, so a client's
// address or User-Agent never reaches a log. Process-wide and idempotent; StatsServer calls it.
void keepClientDetailsOutOfLogs();

} // namespace cg
