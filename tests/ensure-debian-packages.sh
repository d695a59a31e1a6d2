#!/usr/bin/env bash
# The browser tests drive Debian's chromium (Playwright cannot download its own browser here), the
# letters test turns the printed PDF into an image with poppler's pdftoppm, and the many-areas test
# puts two areas behind Debian's nginx with a certificate openssl makes and checks the systemd units
# with systemd-analyze. Install what is missing when we are allowed to; otherwise say how.
set -euo pipefail
CHROMIUM="${CHROMIUM_PATH:-/usr/bin/chromium}"
missing=()
check() {
  missing=()
  [ -x "$CHROMIUM" ] || missing+=(chromium)
  command -v pdftoppm > /dev/null || missing+=(poppler-utils)
  [ -x /usr/sbin/nginx ] || missing+=(nginx)
  command -v openssl > /dev/null || missing+=(openssl)
  command -v systemd-analyze > /dev/null || missing+=(systemd)
  [ ${#missing[@]} -eq 0 ]
}
if check; then exit 0; fi
if command -v apt-get > /dev/null; then
  SUDO=""
  if [ "$(id -u)" != "0" ]; then
    if command -v sudo > /dev/null && sudo -n true 2> /dev/null; then SUDO="sudo -n"; else SUDO="none"; fi
  fi
  if [ "$SUDO" != "none" ]; then
    echo "Installing ${missing[*]} for the tests (apt-get install)..."
    $SUDO apt-get update -qq > /dev/null || true
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" > /dev/null
    if check; then exit 0; fi
  fi
fi
echo "Missing ${missing[*]}: install with 'sudo apt-get install ${missing[*]}' (or set CHROMIUM_PATH for chromium), then run the tests again." >&2
exit 1
