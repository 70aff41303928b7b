#!/usr/bin/env bash
# Runs before `npm test`: the browser tests need Debian's Chromium (never a
# browser that a tool downloads). Installs it where that is possible (root
# with apt-get, as on our machines and in CI); otherwise says what to do.
set -euo pipefail

# A browser of your own: apt cannot put anything at that path, so only check it.
if [ -n "${CHROMIUM_PATH:-}" ]; then
  [ -x "$CHROMIUM_PATH" ] && exit 0
  if [ -e "$CHROMIUM_PATH" ]; then
    echo "CHROMIUM_PATH is $CHROMIUM_PATH, which is not executable." >&2
  else
    echo "CHROMIUM_PATH is $CHROMIUM_PATH, which does not exist." >&2
  fi
  echo "Point CHROMIUM_PATH at a Chromium or Chrome binary, or unset it to use Debian's chromium at /usr/bin/chromium." >&2
  exit 1
fi

chromium_path=/usr/bin/chromium
lock_wait=120

# Another apt or dpkg (unattended upgrades, another checkout's tests) may hold a
# lock: wait for it a while instead of failing at once. DPkg::Lock::Timeout covers
# dpkg's lock, but not the package lists' lock that `apt-get update` takes (apt 2.6),
# so that one is waited for by trying again.
apt_update() {
  local log waited=0
  log=$(mktemp)
  until apt-get -o DPkg::Lock::Timeout=$lock_wait update -qq 2>"$log"; do
    if ! grep -q "Could not get lock" "$log" || [ "$waited" -ge "$lock_wait" ]; then
      cat "$log" >&2
      rm -f "$log"
      return 1
    fi
    [ "$waited" = 0 ] && echo "Another apt holds the package lists' lock; waiting up to $lock_wait s…"
    sleep 5
    waited=$((waited + 5))
  done
  cat "$log" >&2
  rm -f "$log"
}

[ -x "$chromium_path" ] && exit 0

if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Chromium not found at $chromium_path; installing Debian's chromium package (apt-get update and install)…"
  if ! apt_update; then
    echo "apt-get update failed (see above); Chromium was not installed." >&2
    exit 1
  fi
  if ! DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=$lock_wait install -y -qq chromium >/dev/null; then
    echo "apt-get install chromium failed (see above)." >&2
    exit 1
  fi
  [ -x "$chromium_path" ] && exit 0
  echo "apt-get installed chromium, but there is no executable at $chromium_path." >&2
  exit 1
fi

echo "The browser tests need Chromium at $chromium_path." >&2
echo "Install it (Debian/Ubuntu: 'sudo apt-get install chromium'), or set CHROMIUM_PATH to a Chromium or Chrome binary." >&2
exit 1
