#!/usr/bin/env bash
# The end-to-end tests drive Debian's Chromium (Playwright cannot download its own browser
# here). Installs it when missing and we are root; otherwise says the one command that does.
set -euo pipefail
CHROMIUM="${SLRT_CHROMIUM:-/usr/bin/chromium}"
if [ -x "$CHROMIUM" ]; then
  exit 0
fi
if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null; then
  echo "Chromium belum terpasang: memasang paket Debian 'chromium'…"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends chromium fonts-liberation >/dev/null
  echo "Chromium terpasang: $("$CHROMIUM" --version)"
else
  echo "Chromium tidak ditemukan di $CHROMIUM. Pasang dengan:" >&2
  echo "  sudo apt-get update && sudo apt-get install -y chromium" >&2
  exit 1
fi
