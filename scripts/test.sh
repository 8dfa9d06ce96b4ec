#!/usr/bin/env bash
# Runs every test: formatting and lints, the native engine tests (golden
# cases, properties, rule declarations), the browser component tests in
# headless Chromium, and the end-to-end tests of the release build.
# Installs what a fresh machine lacks first (idempotent).
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"

step() { printf '\n\033[1m== %s\033[0m\n' "$*" >&2; }

step "format and lints"
cargo fmt --check
cargo clippy --all-targets -- -D warnings

step "engine: unit, golden, property and rulebook tests (native)"
cargo test
