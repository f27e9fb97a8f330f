#!/usr/bin/env bash
# A private PostgreSQL for one test run, listening only on 127.0.0.1 on a free port. Tests make a
# database of their own in it and connect as "cg" (trust on loopback: the cluster lives only as
# long as the run). ctest starts it before the tests that need it and stops it after (fixture
# "postgres" in tests/CMakeLists.txt).
#   test-postgres.sh start DIR | stop DIR | restart DIR
# (restart: a fast shutdown and start on the same port, as an operator's restart would be).
# DIR (in the build tree) gets the port, in DIR/port, and where the cluster lives, in DIR/cluster.
# The cluster itself is in a fresh folder under the system's temporary folder: PostgreSQL refuses
# to run as root, so under root it runs as the postgres user, who may not be able to reach the
# build tree (a checkout under /root, say).
set -euo pipefail
action=${1:?start or stop}
dir=$(realpath -m "${2:?folder for the port file}")

bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
if [ -z "$bin" ]; then
    echo "test-postgres: PostgreSQL is not installed (Debian: postgresql-15); run platform/scripts/install-deps.sh" >&2
    exit 1
fi

as_owner() {
    if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

stop() {
    [ -f "$dir/cluster" ] || return 0
    local cluster
    cluster=$(cat "$dir/cluster")
    if [ -f "$cluster/data/postmaster.pid" ]; then
        as_owner "$bin/pg_ctl" -D "$cluster/data" -m fast -w stop >/dev/null 2>&1 || true
    fi
    rm -rf "$cluster" "$dir/cluster" "$dir/port"
}

case $action in
start)
    stop
    mkdir -p "$dir"
    cluster=$(mktemp -d "${TMPDIR:-/tmp}/cg-test-postgres.XXXXXX")
    echo "$cluster" >"$dir/cluster"
    chmod 755 "$cluster"
    [ "$(id -u)" = 0 ] && chown postgres: "$cluster"
    as_owner "$bin/initdb" -D "$cluster/data" -U cg --auth=trust -E UTF8 --no-locale >"$cluster/initdb.log" 2>&1 || {
        cat "$cluster/initdb.log" >&2
        exit 1
    }
    # A few tries, in case another program takes the port between choosing and binding it.
    for attempt in 1 2 3 4 5; do
        port=$(shuf -i 20000-60000 -n 1)
        if as_owner "$bin/pg_ctl" -D "$cluster/data" -l "$cluster/server.log" -w -t 30 \
            -o "-p $port -c listen_addresses=127.0.0.1 -c unix_socket_directories='' -c max_connections=200" start >/dev/null; then
            echo "$port" >"$dir/port"
            echo "test-postgres: listening on 127.0.0.1:$port ($cluster)"
            exit 0
        fi
    done
    echo "test-postgres: the server would not start; its log follows" >&2
    tail -n 20 "$cluster/server.log" >&2 || true
    exit 1
    ;;
stop)
    stop
    ;;
restart)
    cluster=$(cat "$dir/cluster")
    as_owner "$bin/pg_ctl" -D "$cluster/data" -l "$cluster/server.log" -m fast -w -t 30 restart >/dev/null
    ;;
*)
    echo "test-postgres: unknown action '$action' (start, stop or restart)" >&2
    exit 2
    ;;
esac
