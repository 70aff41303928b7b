#!/usr/bin/env bash
# Runs before `npm test`: the browser tests need Debian's Chromium (never a
# browser that a tool downloads). Installs it where that is possible (root
# with apt-get, as on our machines and in CI); otherwise says what to do.
set -euo pipefail
chromium_path="${CHROMIUM_PATH:-/usr/bin/chromium}"
[ -x "$chromium_path" ] && exit 0

if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Chromium not found at $chromium_path; installing Debian's chromium package…"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  [ -x "$chromium_path" ] && exit 0
fi

echo "The browser tests need Chromium at $chromium_path." >&2
echo "Install it (Debian/Ubuntu: 'sudo apt-get install chromium'), or set CHROMIUM_PATH to a Chromium or Chrome binary." >&2
exit 1
