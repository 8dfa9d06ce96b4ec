#!/usr/bin/env bash
# Serves the app on http://127.0.0.1:8080 (release build, size-optimised,
# wasm-opt), installing the pinned tools first if they are missing.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
exec trunk serve --release --skip-version-check --address 127.0.0.1 --port 8080 --no-autoreload --disable-address-lookup
