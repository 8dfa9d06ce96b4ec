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

# Browser for component and end-to-end tests (Debian's; never a downloaded
# one), a small CJK font so screenshots and print renders show Chinese, and
# a C++ compiler for libFuzzer's runtime (scripts/fuzz.sh).
if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null \
  || ! [ -e /usr/share/fonts/truetype/wqy/wqy-microhei.ttc ] || ! command -v g++ >/dev/null; then
  log "installing chromium, chromium-driver, a CJK font and g++ (apt)"
  as_root apt-get update -qq
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq chromium chromium-driver fonts-wqy-microhei g++ >/dev/null
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

# wasm-opt (binaryen 132), playwright-core and axe-core come from npm, pinned
# in package-lock.json. Debian's binaryen is too old to read our wasm.
if ! [ -x node_modules/.bin/wasm-opt ] || ! npm ls --silent >/dev/null 2>&1; then
  log "installing npm dev tools (binaryen, playwright-core, axe-core)"
  npm ci --no-audit --no-fund --silent
fi
log "tools ready"
