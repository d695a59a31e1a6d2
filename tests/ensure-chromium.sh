#!/usr/bin/env bash
# The browser tests drive Debian's chromium (Playwright cannot download its own
# browser here). Install it when missing and we are allowed to; otherwise say how.
set -euo pipefail
CHROMIUM="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ -x "$CHROMIUM" ]; then exit 0; fi
if command -v apt-get > /dev/null; then
  SUDO=""
  if [ "$(id -u)" != "0" ]; then
    if command -v sudo > /dev/null && sudo -n true 2> /dev/null; then SUDO="sudo -n"; else SUDO="none"; fi
  fi
  if [ "$SUDO" != "none" ]; then
    echo "Installing chromium for the browser tests (apt-get install chromium)..."
    $SUDO apt-get update -qq > /dev/null || true
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium > /dev/null
    if [ -x "$CHROMIUM" ]; then exit 0; fi
  fi
fi
echo "Chromium is missing: install it with 'sudo apt-get install chromium' (or set CHROMIUM_PATH), then run the tests again." >&2
exit 1
