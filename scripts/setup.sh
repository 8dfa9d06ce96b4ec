#!/usr/bin/env bash
# Installs every tool the build and tests need, at pinned versions.
# Idempotent: a tool already at its pinned version is skipped, so repeat
# runs take seconds. Versions are those measured in ../shared/toolchain.md;
# they must move together (Cargo.lock, Trunk.toml [tools], this file).
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14
WASM_BINDGEN_VERSION=0.2.130

log() { printf '\033[1msetup:\033[0m %s\n' "$*" >&2; }
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

have() { command -v "$1" >/dev/null; }

# Browser for component and end-to-end tests (Debian's; never a downloaded
# one), a small CJK font so screenshots and print renders show Chinese, and
# a C++ compiler for libFuzzer's runtime (scripts/fuzz.sh).
apt_full=()
{ have chromium && have chromedriver; } || apt_full+=(chromium chromium-driver)
[ -e /usr/share/fonts/truetype/wqy/wqy-microhei.ttc ] || apt_full+=(fonts-wqy-microhei)
have g++ || apt_full+=(g++)
# The cross-engine e2e suite (tests/e2e/cross-engine.mjs): Firefox ESR,
# WebKitGTK's WebDriver with its MiniBrowser, Xvfb for it (this WebKitGTK
# has no headless mode) and the Noto CJK fonts. Without recommends: 58
# packages instead of 225, about 30 s.
apt_lean=()
have firefox-esr || apt_lean+=(firefox-esr)
have WebKitWebDriver || apt_lean+=(webkit2gtk-driver)
have Xvfb || apt_lean+=(xvfb)
[ -e /usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc ] || apt_lean+=(fonts-noto-cjk)
# pdftotext: the print tests read the words of the PDF a user would get.
have pdftotext || apt_lean+=(poppler-utils)
if [ ${#apt_full[@]} -gt 0 ] || [ ${#apt_lean[@]} -gt 0 ]; then
  log "installing ${apt_full[*]} ${apt_lean[*]} (apt)"
  as_root apt-get update -qq
  if [ ${#apt_full[@]} -gt 0 ]; then
    DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq "${apt_full[@]}" >/dev/null
  fi
  if [ ${#apt_lean[@]} -gt 0 ]; then
    DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq --no-install-recommends "${apt_lean[@]}" >/dev/null
  fi
fi

rustup target list --installed | grep -qx wasm32-unknown-unknown \
  || rustup target add wasm32-unknown-unknown

if ! trunk --version 2>/dev/null | grep -q " ${TRUNK_VERSION}\$"; then
  log "installing trunk ${TRUNK_VERSION} (about 5 minutes)"
  cargo install trunk --version "${TRUNK_VERSION}" --locked
fi

# Not --locked: the registry index lacks a webpki-roots version its lock names.
if ! wasm-bindgen --version 2>/dev/null | grep -q " ${WASM_BINDGEN_VERSION}\$"; then
  log "installing wasm-bindgen-cli ${WASM_BINDGEN_VERSION} (about 2 minutes)"
  cargo install wasm-bindgen-cli --version "${WASM_BINDGEN_VERSION}"
fi

# wasm-opt (binaryen 132), playwright-core, puppeteer-core (drives Firefox
# over WebDriver BiDi; it downloads no browser) and axe-core come from npm,
# pinned in package-lock.json. Debian's binaryen is too old to read our wasm.
if ! [ -x node_modules/.bin/wasm-opt ] || ! npm ls --silent >/dev/null 2>&1; then
  log "installing npm dev tools (binaryen, playwright-core, puppeteer-core, axe-core)"
  npm ci --no-audit --no-fund --silent
fi
log "tools ready"
