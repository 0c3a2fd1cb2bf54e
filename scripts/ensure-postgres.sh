#!/usr/bin/env bash
# Prints a PostgreSQL server URL for the API tests (TEST_DB=postgres).
# TEST_DATABASE_URL wins when set. Otherwise starts a throwaway cluster under .pgtest/ on
# 127.0.0.1 at a free port (installing Debian's postgresql when root and missing).
# scripts/stop-postgres.sh stops it. Progress goes to stderr; only the URL goes to stdout.
set -euo pipefail
export PATH="$PATH:/usr/sbin:/sbin" # runuser, useradd

if [[ -n "${TEST_DATABASE_URL:-}" ]]; then
  echo "$TEST_DATABASE_URL"
  exit 0
fi

repo="$(cd "$(dirname "$0")/.." && pwd)"
# PGTEST_STATE_DIR lets a second user (npm run bench) keep its own cluster beside the tests' one.
state="${PGTEST_STATE_DIR:-$repo/.pgtest}"
say() { echo "ensure-postgres: $*" >&2; }

find_bindir() {
  local found
  if found="$(command -v pg_ctl 2>/dev/null)" && [[ -x "$(dirname "$(readlink -f "$found")")/postgres" ]]; then
    dirname "$(readlink -f "$found")"
    return 0
  fi
  found="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)"
  if [[ -n "$found" && -x "$found/pg_ctl" && -x "$found/initdb" && -x "$found/postgres" ]]; then
    echo "$found"
    return 0
  fi
  return 1
}

if ! bindir="$(find_bindir)"; then
  if [[ "$(id -u)" == 0 ]] && command -v apt-get >/dev/null; then
    say "PostgreSQL server not found; installing Debian's postgresql"
    apt-get update >&2
    DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends postgresql >&2
  fi
  if ! bindir="$(find_bindir)"; then
    say "no PostgreSQL server binaries (pg_ctl, initdb, postgres) found and cannot install them."
    say "Install PostgreSQL, or set TEST_DATABASE_URL=postgres://user:pass@host:port/db to a server"
    say "where that user may CREATE DATABASE."
    exit 1
  fi
fi

# PostgreSQL refuses to run as root: run it as the postgres system user (or one we create).
run_pg() { "$@"; }
owner="$(id -un)"
if [[ "$(id -u)" == 0 ]]; then
  owner=postgres
  if ! id "$owner" >/dev/null 2>&1; then
    say "creating system user $owner"
    useradd --system --user-group --home-dir /nonexistent --shell /usr/sbin/nologin "$owner"
  fi
  run_pg() { (cd / && runuser -u "$owner" -- "$@"); }
fi

bash "$repo/scripts/stop-postgres.sh" >&2 || true
mkdir -p "$state"
datadir="$state/cluster"
# The owner must reach the cluster folder; when a parent folder is closed to it, use /tmp.
if [[ "$(id -u)" == 0 ]] && ! runuser -u "$owner" -- test -x "$state"; then
  datadir="$(mktemp -d /tmp/zca-pgtest.XXXXXX)/cluster"
  chown "$owner" "$(dirname "$datadir")"
fi
rm -rf "$datadir"
mkdir -p "$datadir"
chmod 700 "$datadir"
if [[ "$(id -u)" == 0 ]]; then chown -R "$owner" "$datadir"; fi
echo "$datadir" >"$state/datadir"
echo "$owner" >"$state/owner"
echo "$bindir" >"$state/bindir"

say "initdb in $datadir (as $owner, $("$bindir/postgres" --version))"
run_pg "$bindir/initdb" -D "$datadir" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 --no-sync >"$state/initdb.log" 2>&1 ||
  { cat "$state/initdb.log" >&2; exit 1; }

port="$(node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')"
logfile="$datadir/server.log"
opts="-h 127.0.0.1 -p $port -c unix_socket_directories= -c max_connections=300"
opts+=" -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
if ! run_pg "$bindir/pg_ctl" -D "$datadir" -o "$opts" -l "$logfile" -w -t 60 start >&2; then
  cat "$logfile" >&2 || true
  exit 1
fi
echo "$port" >"$state/port"
url="postgres://postgres@127.0.0.1:$port/postgres"
say "PostgreSQL ready at $url"
echo "$url"
