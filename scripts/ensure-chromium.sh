#!/usr/bin/env bash
# Prints the path of a Chromium for the end-to-end tests (playwright-core drives it; it never
# downloads a browser). CHROMIUM_PATH wins when set. Installs Debian's chromium when root and
# missing. Progress goes to stderr; only the path goes to stdout.
set -euo pipefail
say() { echo "ensure-chromium: $*" >&2; }

if [[ -n "${CHROMIUM_PATH:-}" ]]; then
  if [[ -x "$CHROMIUM_PATH" ]]; then
    echo "$CHROMIUM_PATH"
    exit 0
  fi
  say "CHROMIUM_PATH=$CHROMIUM_PATH is not an executable file."
  exit 1
fi

find_chromium() {
  local candidate
  for candidate in /usr/bin/chromium "$(command -v chromium 2>/dev/null || true)" \
    "$(command -v chromium-browser 2>/dev/null || true)"; do
    if [[ -n "$candidate" && -x "$candidate" ]]; then
      echo "$candidate"
      return 0
    fi
  done
  return 1
}

if ! path="$(find_chromium)"; then
  if [[ "$(id -u)" == 0 ]] && command -v apt-get >/dev/null; then
    say "Chromium not found; installing Debian's chromium"
    apt-get update >&2
    DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends chromium >&2
  fi
  if ! path="$(find_chromium)"; then
    say "no Chromium found (looked for /usr/bin/chromium, chromium, chromium-browser) and cannot install it."
    say "Install Chromium (Debian: apt-get install chromium), or set CHROMIUM_PATH=/path/to/chromium."
    exit 1
  fi
fi
say "using $path ($("$path" --version 2>/dev/null || echo 'version unknown'))"
echo "$path"
