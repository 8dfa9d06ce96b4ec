// Quick input → score measurement only (the two rows of ./bench that time
// typing), for iterating on the form without the 13-minute ./bench:
//   trunk build --release --skip-version-check && node scripts/typing.mjs [edits]
import { chromium } from "playwright-core";
import { serve, CHROMIUM, CHROMIUM_ARGS } from "../tests/e2e/server.mjs";
import { inputLatency } from "./bench.mjs";
import { fullProfile } from "../benchmarks/profiles.mjs";

const edits = Number(process.argv[2] ?? 60);
const pct = (xs, p) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))];
const server = await serve(new URL("../dist/", import.meta.url).pathname);
const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
for (const rows of [50, 200]) {
  const r = await inputLatency(browser, server.url, fullProfile(rows), edits);
  if (r.error) console.log(`${rows} rows: ${r.error}`);
  else console.log(`${rows} rows: import ${r.importMs} ms, p50 ${pct(r.times, 50).toFixed(2)} ms, p95 ${pct(r.times, 95).toFixed(2)} ms`);
}
await browser.close();
await server.close();
