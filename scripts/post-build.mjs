// Trunk post_build hook. Two jobs, both on the staged build:
//
// 1. Pin the Content-Security-Policy of index.html. Trunk inlines a small
//    module script that loads the wasm; a strict policy must name it, so its
//    SHA-256 goes into script-src. Nothing may connect anywhere but this
//    origin.
// 2. Version the service worker: write the build id and the list of files
//    to precache into sw.js, and the build id into index.html, so each build
//    is a new worker version the page can offer to reload into.
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { copyFileSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const dir = process.env.TRUNK_STAGING_DIR || process.argv[2] || "dist";
const indexFile = join(dir, "index.html");
let html = readFileSync(indexFile, "utf8");

// 0. The Excel modules: a reader and a writer wasm in their own
//    content-hashed folder, fetched by the page only when a user picks an
//    .xlsx (the reader) or exports one (the writer); built by
//    scripts/excel-module.sh. The folder goes into <meta name="sme-excel">;
//    it is not precached (see sw.js).
const excel = execFileSync("bash", [join(import.meta.dirname, "excel-module.sh"), dir], {
  stdio: ["ignore", "pipe", "inherit"],
})
  .toString()
  .trim();
if (!/content=(["']?)__EXCEL__\1/.test(html)) {
  console.error("post-build.mjs: index.html lacks the __EXCEL__ placeholder");
  process.exit(1);
}
html = html.replace(/content=(["']?)__EXCEL__\1/, `content="${excel}"`);

// 0b. The local policies and the non-monetary measures: a data asset the
//     page fetches after the first score (src/web/catalog.rs,
//     src/data_asset.rs), kept out of the wasm. build.rs writes the bytes
//     (asset.bin) and their content-hashed name (asset.name) into its OUT_DIR, and the wasm carries that name;
//     of the build-script outputs under target/, the one whose name this
//     build's wasm carries is copied to data/<name>. A wasm naming no
//     catalog found here fails the build rather than the page.
const catalog = (() => {
  const wasm = readdirSync(dir).filter((f) => f.endsWith("_bg.wasm"));
  if (wasm.length !== 1) throw new Error(`post-build.mjs: expected one wasm in ${dir}, found ${wasm.length}`);
  const bytes = readFileSync(join(dir, wasm[0]));
  const meta = JSON.parse(
    execFileSync("cargo", ["metadata", "--format-version", "1", "--no-deps", "--offline"], {
      cwd: join(import.meta.dirname, ".."),
      stdio: ["ignore", "pipe", "inherit"],
      maxBuffer: 1 << 26,
    }),
  );
  const candidates = [];
  for (const profile of ["wasm32-unknown-unknown/release", "wasm32-unknown-unknown/debug"]) {
    const build = join(meta.target_directory, profile, "build");
    let entries = [];
    try {
      entries = readdirSync(build).filter((d) => d.startsWith("sme-calc-"));
    } catch {
      continue;
    }
    for (const d of entries) {
      const out = join(build, d, "out");
      try {
        const name = readFileSync(join(out, "asset.name"), "utf8").trim();
        candidates.push({ name, file: join(out, "asset.bin") });
      } catch {}
    }
  }
  const hit = candidates.find((c) => /^catalog-[0-9a-f]{16}\.bin$/.test(c.name) && bytes.includes(c.name));
  if (!hit) {
    console.error(`post-build.mjs: no build-script output holds the catalog ${wasm[0]} names`);
    process.exit(1);
  }
  mkdirSync(join(dir, "data"), { recursive: true });
  copyFileSync(hit.file, join(dir, "data", hit.name));
  return `data/${hit.name}`;
})();

// 1. CSP.
const hashes = [];
for (const m of html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)) {
  hashes.push(`'sha256-${createHash("sha256").update(m[1], "utf8").digest("base64")}'`);
}
const policy = [
  "default-src 'self'",
  `script-src 'self' 'wasm-unsafe-eval' ${hashes.join(" ")}`.trim(),
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join("; ");
// index.html carries <meta http-equiv="Content-Security-Policy" content="__CSP__">
// (a comment would not survive minification); the minifier may also have
// dropped the quotes around the placeholder, so the attribute is written whole.
const placeholder = /content=(["']?)__CSP__\1/;
if (!placeholder.test(html)) {
  console.error("post-build.mjs: index.html lacks the __CSP__ placeholder");
  process.exit(1);
}
html = html.replace(placeholder, `content="${policy}"`);

// 2. The service worker.
// The catalog asset is precached with the rest: the page fetches it before
// the worker controls the page on a first visit, so only the precache
// makes it available offline after one visit.
const files = [
  ...readdirSync(dir).filter((f) => statSync(join(dir, f)).isFile() && f !== "sw.js" && f !== "index.html"),
  catalog,
].sort();
const digest = createHash("sha256");
for (const f of files) digest.update(f).update(readFileSync(join(dir, f)));
const build = digest.digest("hex").slice(0, 12);
html = html.replace(/content=(["']?)__BUILD__\1/, `content="${build}"`);
writeFileSync(indexFile, html);

const swFile = join(dir, "sw.js");
let sw = readFileSync(swFile, "utf8");
const assets = ["/", "/index.html", ...files.map((f) => `/${f}`)];
sw = sw.replace('"__BUILD__"', JSON.stringify(build)).replace("__ASSETS__", JSON.stringify(assets));
writeFileSync(swFile, sw);
console.log(`post-build.mjs: Excel modules in ${excel}; the policies in /${catalog}`);
console.log(`post-build.mjs: CSP with ${hashes.length} script hash(es); service worker build ${build}, ${assets.length} assets`);
