#!/usr/bin/env bash
# Quick start, command 1: set everything up, start a local statistics server on an embedded SQLite
# database, and run the app beside it. Closing the app stops the server. Extra arguments go to
# the app (for example --demo-data). App and server data live in .local/ of this checkout.
set -euo pipefail
cd "$(dirname "$0")/../.."
platform/scripts/build.sh
mkdir -p .local/app
server_log=.local/server.log
build/bin/commonground-server serve --db sqlite:.local/statistics.sqlite --listen 127.0.0.1:0 >"$server_log" 2>&1 &
server_pid=$!
trap 'kill "$server_pid" 2>/dev/null; wait "$server_pid" 2>/dev/null || true' EXIT
stats_url=""
for _ in $(seq 100); do
  stats_url=$(sed -n 's/^listening on //p' "$server_log")
  [ -n "$stats_url" ] && break
  kill -0 "$server_pid" 2>/dev/null || break
  sleep 0.1
done
if [ -z "$stats_url" ]; then
  echo "the statistics server did not start:" >&2
  cat "$server_log" >&2
  exit 1
fi
echo "statistics server: $stats_url (health: $stats_url/healthz)"
app=(build/bin/commonground --data-dir .local/app --stats-url "$stats_url" "$@")
if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
  "${app[@]}"
else
  echo "no screen found: running the app on a virtual screen (Xvfb); close it with Ctrl+C"
  xvfb-run -a -s "-screen 0 1280x1024x24" env QT_QPA_PLATFORM=xcb "${app[@]}"
fi
