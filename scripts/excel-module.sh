#!/usr/bin/env bash
# Builds the page's Excel module (xlsx/src/bin/sme-excel.rs) for the web:
# a release wasm32 build, wasm-bindgen --target web, wasm-opt -Oz, and a
# small loader, into DIR/excel-<hash>/ where <hash> is taken from the
# files' content (a new module is a new address, so caches never serve a
# stale one). Prints the loader's address (/excel-<hash>/load.js).
# Called by scripts/post-build.mjs on every trunk build; the page fetches
# the module only when a user picks an .xlsx or exports one.
set -euo pipefail
dir=$(realpath "${1:?usage: excel-module.sh DIST_DIR}")
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
cargo build --quiet --release --target wasm32-unknown-unknown \
  -p sme-xlsx --features module --bin sme-excel >&2
out=target/excel-module
rm -rf "$out" && mkdir -p "$out"
wasm-bindgen --target web --no-typescript --out-dir "$out" \
  target/wasm32-unknown-unknown/release/sme-excel.wasm >&2
wasm-opt -Oz --enable-bulk-memory --enable-reference-types \
  --enable-nontrapping-float-to-int --enable-sign-ext --enable-mutable-globals \
  "$out/sme-excel_bg.wasm" -o "$out/sme-excel_bg.wasm" >&2
cat > "$out/load.js" <<'JS'
// Loads the Excel module and hands its two calls to the page (which reads
// window.__smeExcel, a promise of them, once this script has run).
import init, { read_xlsx, write_xlsx } from "./sme-excel.js";
window.__smeExcel = init().then(() => ({ read_xlsx, write_xlsx }));
JS
hash=$(cat "$out/load.js" "$out/sme-excel.js" "$out/sme-excel_bg.wasm" | sha256sum | cut -c1-16)
rm -rf "$dir"/excel-*
mkdir -p "$dir/excel-$hash"
cp "$out/load.js" "$out/sme-excel.js" "$out/sme-excel_bg.wasm" "$dir/excel-$hash/"
echo "/excel-$hash/load.js"
