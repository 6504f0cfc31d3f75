#!/usr/bin/env bash
# A throwaway PostgreSQL for the store tests: `start DIR` makes a cluster in DIR (as the
# `postgres` user when run as root), listening only on a Unix socket in DIR, and creates the
# database `gradus_test`; `stop DIR` stops it and removes DIR. `url DIR` prints the SOCI URL.
set -euo pipefail

cmd=${1:?usage: pg-harness.sh start|stop|url DIR}
dir=${2:?usage: pg-harness.sh start|stop|url DIR}
port=54329
bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
[ -n "$bindir" ] || { echo "pg-harness: no PostgreSQL server installed (run scripts/install-deps.sh)" >&2; exit 1; }

as_owner() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

case "$cmd" in
  url)
    echo "postgresql://dbname=gradus_test host=$dir port=$port user=$( [ "$(id -u)" -eq 0 ] && echo postgres || id -un )"
    ;;
  start)
    "$0" stop "$dir" >/dev/null 2>&1 || true
    mkdir -p "$dir"
    [ "$(id -u)" -eq 0 ] && chown postgres:postgres "$dir"
    as_owner "$bindir/initdb" -D "$dir/data" -A trust -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
      || { cat "$dir/initdb.log" >&2; exit 1; }
    as_owner "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
      -o "-c listen_addresses='' -c unix_socket_directories='$dir' -p $port -c fsync=off" start >/dev/null \
      || { cat "$dir/server.log" >&2; exit 1; }
    as_owner "$bindir/createdb" -h "$dir" -p $port gradus_test
    echo "pg-harness: PostgreSQL running on socket $dir (port $port)"
    ;;
  stop)
    if [ -f "$dir/data/postmaster.pid" ]; then
      pid=$(head -n 1 "$dir/data/postmaster.pid")
      if ! as_owner "$bindir/pg_ctl" -D "$dir/data" -m immediate -w -t 30 stop >/dev/null 2>&1; then
        # pg_ctl could not stop it: end the postmaster started in $dir, by its own pid (its
        # backends notice and exit).
        [ -z "$pid" ] || kill -KILL "$pid" 2>/dev/null || true
      fi
    fi
    rm -rf "$dir"
    ;;
  *)
    echo "usage: pg-harness.sh start|stop|url DIR" >&2; exit 2
    ;;
esac
