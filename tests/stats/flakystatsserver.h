#pragma once

#include "loopbackhttpserver.h"

#include <QSet>
#include <QList>
#include <QString>

#include <functional>

// A statistics server on loopback that remembers each report_id it accepts (answering 204 to one
// it already has, as the real server does) and misbehaves on purpose, request by request.
class FlakyStatsServer
{
public:
    enum class Trouble {
        None,             // stored (or already known): 204
        ServerError,      // 500, nothing stored
        TooMany,          // 429 with Retry-After: 7, nothing stored
        HangUp,           // connection closed without an answer, nothing stored
        Slow,             // the answer comes after the client has given up, nothing stored
        LostAnswer,       // stored, then the connection closed before the answer went out
        Refused,          // 422 with a JSON error, nothing stored
    };
    // Decides the trouble for request number `n` (from 0).
    using Plan = std::function<Trouble(int n)>;

    explicit FlakyStatsServer(Plan plan = [](int) { return Trouble::None; });

    QUrl url() const { return m_http.url(); }
    LoopbackHttpServer &http() { return m_http; }
    // Report ids stored (a replay of one already stored is answered 204 and not stored again).
    const QSet<QString> &stored() const { return m_stored; }
    // Every report_id that arrived, in order, retries included.
    const QStringList &arrived() const { return m_arrived; }
    // Called as each request arrives, before it is answered.
    std::function<void()> onRequest;

    static constexpr int slowMs = 1500;

private:
    LoopbackHttpServer m_http;
    Plan m_plan;
    QSet<QString> m_stored;
    QStringList m_arrived;
};
