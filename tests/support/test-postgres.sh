#!/usr/bin/env bash
# A private PostgreSQL for one test run: its own cluster in DIR, listening only on 127.0.0.1, on
# a free port written to DIR/port. Tests make a database of their own in it and connect as "cg"
# (trust on loopback: the cluster lives only as long as the run). ctest starts it before the
# tests that need it and stops it after (fixture "postgres" in tests/CMakeLists.txt).
#   test-postgres.sh start DIR | stop DIR
set -euo pipefail
action=${1:?start or stop}
dir=$(realpath -m "${2:?folder for the cluster}")

bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
if [ -z "$bin" ]; then
    echo "test-postgres: PostgreSQL is not installed (Debian: postgresql); run platform/scripts/install-deps.sh" >&2
    exit 1
fi

# PostgreSQL refuses to run as root; CI runs as root, so the cluster belongs to the postgres user.
as_owner() {
    if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

stop() {
    if [ -f "$dir/data/postmaster.pid" ]; then
        as_owner "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true
    fi
}

case $action in
start)
    stop
    rm -rf "$dir"
    mkdir -p "$dir"
    [ "$(id -u)" = 0 ] && chown postgres: "$dir"
    as_owner "$bin/initdb" -D "$dir/data" -U cg --auth=trust -E UTF8 --no-locale >"$dir/initdb.log" 2>&1 || {
        cat "$dir/initdb.log" >&2
        exit 1
    }
    # A few tries, in case another program takes the port between choosing and binding it.
    for attempt in 1 2 3 4 5; do
        port=$(shuf -i 20000-60000 -n 1)
        if as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 30 \
            -o "-p $port -c listen_addresses=127.0.0.1 -c unix_socket_directories='' -c max_connections=200" start >/dev/null; then
            echo "$port" >"$dir/port"
            echo "test-postgres: listening on 127.0.0.1:$port ($dir)"
            exit 0
        fi
    done
    echo "test-postgres: the server would not start; see $dir/server.log" >&2
    tail -n 20 "$dir/server.log" >&2 || true
    exit 1
    ;;
stop)
    stop
    ;;
*)
    echo "test-postgres: unknown action '$action' (start or stop)" >&2
    exit 2
    ;;
esac
