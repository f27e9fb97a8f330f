#pragma once

#include <QNetworkRequest>
#include <QUrl>

#include <chrono>

namespace cg {

// The one User-Agent every phone sends: the same for all, so it says nothing about the phone.
inline constexpr char kReportUserAgent[] = "CommonGround";

// {statsUrl}/v1/reports, keeping any path the server lives under ("https://x.org/sefton" gives
// "https://x.org/sefton/v1/reports").
QUrl reportsUrl(const QUrl &statsUrl);

// The request for one weekly report, carrying nothing that could tell one phone from another or
// link its reports together: a fixed User-Agent and language, no cookies kept or sent, no
// redirects followed, no cache, a fresh connection each time (closed after the answer), and no TLS
// session resumed.
QNetworkRequest reportRequest(const QUrl &statsUrl, std::chrono::milliseconds timeout);

} // namespace cg
