// Prints the release build's transfer sizes (raw and gzip) and the time
// from navigation to the first score on screen, median and worst of N
// cold loads in headless Chromium; exports the pieces ./bench uses (file
// sizes, one cold load with its network log). Usage:
// node scripts/measure.mjs [dist] [runs]
import { chromium } from "playwright-core";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { serve, CHROMIUM, CHROMIUM_ARGS } from "../tests/e2e/server.mjs";

export { CHROMIUM, CHROMIUM_ARGS };


/**
 * Every file of the build with its raw and gzip -9 size, by its path under
 * `dist` (`data/catalog-….bin` too: the data assets are part of
 * "everything"). The Excel modules' folder (`excel-…/`) is left out: they
 * are fetched only for an .xlsx import or export and reported on their own.
 */
export function sizes(dist, under = "") {
  const rows = [];
  for (const name of readdirSync(join(dist, under))) {
    const rel = under ? `${under}/${name}` : name;
    const path = join(dist, rel);
    if (statSync(path).isDirectory()) {
      if (!name.startsWith("excel-")) rows.push(...sizes(dist, rel));
      continue;
    }
    const body = readFileSync(path);
    const kind = name.endsWith(".wasm") ? "wasm" : name.endsWith(".js") ? "js" : name.endsWith(".css") ? "css" : name.endsWith(".html") ? "html" : name.endsWith(".bin") ? "data" : "other";
    rows.push({ kind, name: rel, raw: body.length, gzip: gzipSync(body, { level: 9 }).length });
  }
  rows.sort((a, b) => b.raw - a.raw);
  return rows;
}

// Records when the first element matching `selector` appears, on the
// page's own clock (ms from navigation start).
const firstSeen = (selector) => `(() => {
  const mark = () => { if (!window.__first && document.querySelector(${JSON.stringify(selector)})) window.__first = performance.now(); };
  new MutationObserver(mark).observe(document, { subtree: true, childList: true, attributes: true });
})();`;

/**
 * One cold load in a fresh context: when `selector` first appeared, and the
 * network log of the page and its workers (not the service worker's
 * precache) until the network has been idle for 500 ms: each request's
 * path, start and end in ms from navigation start.
 */
export async function coldLoad(browser, url, selector) {
  const context = await browser.newContext();
  try {
    await context.addInitScript(firstSeen(selector));
    const finished = [];
    context.on("requestfinished", (r) => finished.push(r));
    const page = await context.newPage();
    await page.goto(url);
    await page.waitForFunction(() => window.__first, null, { timeout: 60000 });
    const { first, origin } = await page.evaluate(() => ({ first: window.__first, origin: performance.timeOrigin }));
    await page.waitForLoadState("networkidle");
    const requests = finished
      .filter((r) => !r.serviceWorker())
      .map((r) => {
        const t = r.timing();
        return { path: new URL(r.url()).pathname, start: t.startTime - origin, end: t.startTime + Math.max(t.responseEnd, 0) - origin };
      });
    return { first, requests, settled: Math.max(first, ...requests.map((r) => r.end)) };
  } finally {
    await context.close();
  }
}

/** Gzip bytes of the build's files behind these request paths (each file once). */
export function bytesOf(paths, dist) {
  const rows = sizes(dist);
  const seen = new Set();
  let gzip = 0;
  for (const p of paths) {
    const name = p === "/" ? "index.html" : p.replace(/^\//, "");
    const row = rows.find((r) => r.name === name);
    if (!row || seen.has(name)) continue;
    seen.add(name);
    gzip += row.gzip;
  }
  return { gzip, files: seen.size };
}

export async function firstScore(dist, runs = 7, selector = "[data-tier][data-score]") {
  const server = await serve(dist);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  const times = [];
  try {
    for (let i = 0; i < runs; i++) times.push((await coldLoad(browser, server.url, selector)).first);
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
