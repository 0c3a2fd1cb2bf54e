#!/usr/bin/env bash
# The one test command (npm test): typecheck, lint, unit + component tests, the API suite on
# PGlite and then on a throwaway PostgreSQL, the end-to-end tests in headless Chromium, and the
# production build (its API at another origin) inside an emulated Zalo host with the real zmp-sdk.
set -euo pipefail
cd "$(dirname "$0")/.."

vitest=(node_modules/.bin/vitest run)
# Vitest runs (cores - 1) test files at once: one on a 2-core CI machine, where that one file
# keeps one core busy (PGlite and the API run inside it) and leaves the other idle. Two at least.
cores="$(nproc)"
workers=(--maxWorkers="$((cores - 1 > 2 ? cores - 1 : 2))")
step() { printf '\n=== %s\n' "$*"; }
timed() {
  local label="$1" started=$SECONDS
  shift
  step "$label"
  "$@"
  printf '=== %s: ok in %ss\n' "$label" "$((SECONDS - started))"
}

timed "typecheck" npm run --silent typecheck
timed "lint" npm run --silent lint
timed "unit + component tests" "${vitest[@]}" "${workers[@]}" --project unit --project component
timed "API tests on PGlite" env TEST_DB=pglite "${vitest[@]}" "${workers[@]}" --project api

step "PostgreSQL for the API tests"
# ensure-postgres.sh starts a throwaway cluster unless TEST_DATABASE_URL names a server.
stop_postgres() { if [[ -z "${TEST_DATABASE_URL:-}" ]]; then bash scripts/stop-postgres.sh >&2 || true; fi; }
trap stop_postgres EXIT
pg_url="$(bash scripts/ensure-postgres.sh)"
timed "API tests on PostgreSQL" env TEST_DB=postgres TEST_DATABASE_URL="$pg_url" "${vitest[@]}" "${workers[@]}" --project api
stop_postgres

step "Chromium for the end-to-end tests"
chromium_path="$(bash scripts/ensure-chromium.sh)"
timed "end-to-end tests" env CHROMIUM_PATH="$chromium_path" npm run --silent test:e2e
timed "inside-Zalo tests (emulated host)" env CHROMIUM_PATH="$chromium_path" npm run --silent test:zalo

printf '\nAll test suites passed.\n'
