// Trunk post_build hook: pins the Content-Security-Policy of the built
// index.html. Trunk inlines a small module script that loads the wasm; a
// strict policy must name it, so its SHA-256 goes into script-src. Nothing
// may connect anywhere but this origin.
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const dir = process.env.TRUNK_STAGING_DIR || process.argv[2] || "dist";
const file = join(dir, "index.html");
let html = readFileSync(file, "utf8");

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
// (a comment would not survive minification).
// The minifier may have dropped the quotes around the placeholder; write
// the attribute whole, quoted.
const placeholder = /content=(["']?)__CSP__\1/;
if (!placeholder.test(html)) {
  console.error("csp.mjs: index.html lacks the __CSP__ placeholder");
  process.exit(1);
}
html = html.replace(placeholder, `content="${policy}"`);
writeFileSync(file, html);
console.log(`csp.mjs: policy written with ${hashes.length} script hash(es)`);
