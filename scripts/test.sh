#!/usr/bin/env bash
# `npm test`: every suite, in the order that fails fastest; any failure fails the run.
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n=== %s ===\n' "$1"; }

step "Pemeriksaan tipe (svelte-check / tsc)"
npm run --silent check

step "Lint (termasuk arah impor antarlapisan)"
npm run --silent lint

step "Uji unit"
npm run --silent test:unit

step "Build aplikasi"
npm run --silent build

step "Uji integrasi (server tertanam sungguhan)"
npm run --silent test:integration

step "Uji end-to-end (Chromium Debian)"
npm run --silent test:e2e
