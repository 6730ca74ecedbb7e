#!/usr/bin/env bash
# Installs Debian's Chromium for the docs-site browser test (apps/gateway/src/e2e/docs-site-browser.test.ts) when it
# is missing: at once under CI, otherwise only when the user says yes. Playwright's own browser download is not used: it needs hosts a CI machine may not reach.
# Where apt-get does not exist the test skips itself, saying why; where apt-get exists but fails, this script fails.
set -euo pipefail

chromium=${CHROMIUM_PATH:-/usr/bin/chromium}
if [ -x "$chromium" ]; then
  echo "Chromium is installed: $("$chromium" --version 2>/dev/null || echo "$chromium")"
  exit 0
fi

if ! command -v apt-get >/dev/null 2>&1; then
  echo "*** No Chromium at $chromium and no apt-get to install it: the docs-site browser test will be SKIPPED. ***" >&2
  exit 0
fi

# Installing system packages is CI's job, or the user's choice: outside CI, ask first (or take HEIMDALL_INSTALL_CHROMIUM=1).
if [ -z "${CI:-}" ] && [ "${HEIMDALL_INSTALL_CHROMIUM:-}" != "1" ]; then
  answer=n
  if [ -t 0 ]; then
    read -r -p "The docs-site browser test needs Chromium. Install Debian's chromium with apt-get now? [y/N] " answer || true
  fi
  if [ "$answer" != "y" ] && [ "$answer" != "Y" ]; then
    echo "*** Chromium not installed: the docs-site browser test will be SKIPPED (HEIMDALL_INSTALL_CHROMIUM=1 installs it). ***" >&2
    exit 0
  fi
fi

run_as_root() {
  if [ "$(id -u)" -eq 0 ]; then
    "$@"
  elif command -v sudo >/dev/null 2>&1; then
    sudo "$@"
  else
    echo "Installing Chromium needs root: run this script as root (or install the chromium package)." >&2
    exit 1
  fi
}

echo "Installing Debian's chromium for the docs-site browser test..."
run_as_root apt-get update -qq
run_as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium fonts-liberation
"$chromium" --version
