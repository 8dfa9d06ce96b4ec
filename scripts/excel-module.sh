#!/usr/bin/env bash
# Builds the page's Excel modules for the web: the reader
# (xlsx/src/bin/sme-excel-read.rs, calamine) and the writer
# (xlsx/src/bin/sme-excel-write.rs, rust_xlsxwriter), each a release
# wasm32 build, wasm-bindgen --target web, wasm-opt -Oz and a small loader
# (read.js, write.js), into DIR/excel-<hash>/ where <hash> is taken from
# the files' content (a new module is a new address, so caches never serve
# a stale one). Prints the folder's address (/excel-<hash>/).
# Called by scripts/post-build.mjs on every trunk build; the page fetches
# the reader only when a user picks an .xlsx, the writer only for an export.
set -euo pipefail
dir=$(realpath "${1:?usage: excel-module.sh DIST_DIR}")
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
# The reader is built for speed (profile `fast`, opt-level 3, then
# wasm-opt -O3): at the workspace's size-first opt-level "z" calamine, the
# inflater and the XML parser read 10,000 rows in twice the time (390 vs
# 200 ms in Node), and a user waits on it, while its ~100 KB more are
# fetched only for an .xlsx. The writer stays size-first: an export is rare.
cargo build --quiet --profile fast --target wasm32-unknown-unknown \
  -p sme-xlsx --features module --bin sme-excel-read >&2
cargo build --quiet --release --target wasm32-unknown-unknown \
  -p sme-xlsx --features module --bin sme-excel-write >&2
out=target/excel-module
rm -rf "$out" && mkdir -p "$out"
for kind in read write; do
  case $kind in
    read) profile=fast opt=-O3 ;;
    write) profile=release opt=-Oz ;;
  esac
  wasm-bindgen --target web --no-typescript --out-dir "$out" \
    "target/wasm32-unknown-unknown/$profile/sme-excel-$kind.wasm" >&2
  wasm-opt "$opt" --enable-bulk-memory --enable-reference-types \
    --enable-nontrapping-float-to-int --enable-sign-ext --enable-mutable-globals \
    "$out/sme-excel-${kind}_bg.wasm" -o "$out/sme-excel-${kind}_bg.wasm" >&2
  # The loader hands the module's functions to the page, which reads
  # window.__smeExcel_<kind> (a promise of them) once this script has run.
  cat > "$out/$kind.js" <<JS
import init, * as module from "./sme-excel-$kind.js";
window.__smeExcel_$kind = init().then(() => module);
JS
done
hash=$(cat "$out"/* | sha256sum | cut -c1-16)
rm -rf "$dir"/excel-*
mkdir -p "$dir/excel-$hash"
cp "$out"/* "$dir/excel-$hash/"
echo "/excel-$hash/"
