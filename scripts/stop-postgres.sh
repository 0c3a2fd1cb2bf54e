#!/usr/bin/env bash
# Stops and deletes the throwaway cluster that scripts/ensure-postgres.sh started (if any).
set -euo pipefail
export PATH="$PATH:/usr/sbin:/sbin" # runuser, useradd
state="${PGTEST_STATE_DIR:-$(cd "$(dirname "$0")/.." && pwd)/.pgtest}"
[[ -f "$state/datadir" ]] || exit 0
datadir="$(cat "$state/datadir")"
bindir="$(cat "$state/bindir")"
owner="$(cat "$state/owner")"
run_pg() { "$@"; }
if [[ "$(id -u)" == 0 ]]; then run_pg() { (cd / && runuser -u "$owner" -- "$@"); }; fi
if [[ -f "$datadir/postmaster.pid" ]]; then
  run_pg "$bindir/pg_ctl" -D "$datadir" -m immediate -w stop >/dev/null 2>&1 || true
fi
rm -rf "$datadir"
if [[ "$datadir" == /tmp/zca-pgtest.* ]]; then rm -rf "$(dirname "$datadir")"; fi
rm -f "$state/datadir" "$state/bindir" "$state/owner" "$state/port"
echo "stop-postgres: stopped and removed $datadir"
