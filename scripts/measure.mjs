// Prints the release build's transfer sizes (raw and gzip) and the time
// from navigation to the first score on screen, median and worst of N
// cold loads in headless Chromium. Usage: node scripts/measure.mjs [dist] [runs]
import { chromium } from "playwright-core";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { serve, CHROMIUM, CHROMIUM_ARGS } from "../tests/e2e/server.mjs";

export { CHROMIUM, CHROMIUM_ARGS };


export function sizes(dist) {
  const rows = [];
  for (const name of readdirSync(dist)) {
    const path = join(dist, name);
    if (!statSync(path).isFile()) continue;
    const body = readFileSync(path);
    const kind = name.endsWith(".wasm") ? "wasm" : name.endsWith(".js") ? "js" : name.endsWith(".css") ? "css" : name.endsWith(".html") ? "html" : "other";
    rows.push({ kind, name, raw: body.length, gzip: gzipSync(body, { level: 9 }).length });
  }
  rows.sort((a, b) => b.raw - a.raw);
  return rows;
}

export async function firstScore(dist, runs = 7, selector = "[data-tier][data-score]") {
  const server = await serve(dist);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  const times = [];
  try {
    for (let i = 0; i < runs; i++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(server.url);
      await page.waitForSelector(selector);
      // From navigation start (performance timeline), not from the test's clock.
      times.push(await page.evaluate(() => performance.now()));
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  times.sort((a, b) => a - b);
  return { median: times[Math.floor(times.length / 2)], worst: times[times.length - 1], runs };
}

const kb = (n) => (n / 1024).toFixed(1);

if (import.meta.url === `file://${process.argv[1]}`) {
  const dist = process.argv[2] || "dist";
  const runs = Number(process.argv[3] || 7);
  const rows = sizes(dist);
  console.log("| file | kind | raw KB | gzip KB |\n|---|---|---:|---:|");
  for (const r of rows) console.log(`| ${r.name.replace(/-[0-9a-f]{16}/, "")} | ${r.kind} | ${kb(r.raw)} | ${kb(r.gzip)} |`);
  const total = rows.reduce((a, r) => ({ raw: a.raw + r.raw, gzip: a.gzip + r.gzip }), { raw: 0, gzip: 0 });
  console.log(`| **total** | | **${kb(total.raw)}** | **${kb(total.gzip)}** |`);
  const t = await firstScore(dist, runs);
  console.log(`\nnavigation → first score: median ${t.median.toFixed(0)} ms, worst ${t.worst.toFixed(0)} ms over ${t.runs} cold loads`);
}
