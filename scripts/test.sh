#!/usr/bin/env bash
# Runs every test: formatting and lints; the no-innerHTML check; the native
# engine tests (unit, golden cases, properties, rule and catalog checks); a
# short fuzzing smoke; the component tests
# in headless Chromium (wasm-bindgen-test); the release build; and the
# end-to-end tests of that build (playwright-core, axe-core), and its key
# flows in three engines (tests/e2e/cross-engine.mjs).
# Installs what a fresh machine lacks first (idempotent).
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
export CHROMEDRIVER="${CHROMEDRIVER:-/usr/bin/chromedriver}"

step() { printf '\n\033[1m== %s\033[0m\n' "$*" >&2; }

step "format and lints"
cargo fmt --check
cargo clippy --all-targets -- -D warnings
cargo clippy --features web --all-targets -- -D warnings
cargo clippy -p sme-xlsx --all-features --all-targets -- -D warnings

step "security: no string is ever turned into HTML"
./scripts/check-no-innerhtml.sh

step "engine: unit, golden, property, rulebook and catalog tests (native)"
cargo test
cargo test -p sme-xlsx --features read,write

step "fuzzing smoke: 10 s per target (scripts/fuzz.sh runs the long ones)"
./scripts/fuzz.sh 10

step "components in headless Chromium (wasm-bindgen-test)"
cargo test --target wasm32-unknown-unknown --features web --test dom --test dom_guided

step "release build"
trunk build --release --skip-version-check

step "end-to-end tests of the release build"
node --test --test-concurrency=1 tests/e2e/

step "key flows in Chromium, Firefox ESR and WebKitGTK, phone and desktop sizes"
node --test tests/e2e/cross-engine.mjs

step "all tests passed"
