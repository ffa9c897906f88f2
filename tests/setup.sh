#!/usr/bin/env bash
# Installs what the test suite needs beyond the .NET SDK, on a fresh Debian machine or an old one:
# Debian packages listed in tests/apt-packages (Chromium for the browser tests; Playwright never
# downloads a browser) and axe-core from npm, exactly as locked. Safe to run again: it installs only what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

missing=""
for pkg in $(grep -v '^#' tests/apt-packages); do
  dpkg -s "$pkg" >/dev/null 2>&1 || missing="$missing $pkg"
done
if [ -n "$missing" ]; then
  echo "setup: installing$missing"
  sudo_cmd=""
  [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends $missing
fi

if ! command -v npm >/dev/null 2>&1; then
  echo "setup: npm is required to install axe-core for the browser tests (apt-get install npm)" >&2
  exit 2
fi
if [ ! -f tests/Catalog.Site.BrowserTests/axe/node_modules/axe-core/axe.min.js ]; then
  npm ci --prefix tests/Catalog.Site.BrowserTests/axe --no-audit --no-fund --loglevel=error
fi
