// Measures the release build against a bare Yew app and prints one table
// (issue 16 item 6): gzip bytes requested before the first score and of the
// whole build, each against a bare Yew app; navigation → first score and →
// every asset the page fetched; input → updated score with the whole form
// filled and at the achievement limit; engine throughput natively and in the
// browser; a portfolio of 10,000 rows. Then what the wasm is made of.
// Called by ./bench after the builds; figures come from this run only.
//
//   node scripts/bench.mjs <app dist> <bare dist> <engine-wasm dir> <native assessments/s> \
//     [<analysis wasm> <build.rs OUT_DIR>]
import { chromium } from "playwright-core";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";
import { serve } from "../tests/e2e/server.mjs";
import { timedImport } from "../tests/e2e/timed-import.mjs";
import { sizes, coldLoad, bytesOf, CHROMIUM, CHROMIUM_ARGS } from "./measure.mjs";
import { breakdown, breakdownTable, parseWasm } from "./breakdown.mjs";
import { fullProfile, portfolioCsv } from "../benchmarks/profiles.mjs";

const [appDist, bareDist, engineDir, nativeArg, analysisWasm, outDir] = process.argv.slice(2);
const native = Number(nativeArg);
const RUNS = 9;
const EDITS = 60;
// Achievement rows of "the whole form filled", and the most a profile may
// hold (MAX_ACHIEVEMENTS, read from src/limits.rs so the bench follows it).
const FULL_ROWS = 50;
const MAX_ROWS = Number(
  readFileSync(new URL("../src/limits.rs", import.meta.url), "utf8").match(/MAX_ACHIEVEMENTS: usize = ([\d_]+)/)[1].replaceAll("_", ""),
);

const kb = (n) => (n / 1024).toFixed(1);
const pct = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
};
const median = (xs) => pct(xs, 50);

function totals(dist) {
  const rows = sizes(dist);
  return { rows, raw: rows.reduce((a, r) => a + r.raw, 0), gzip: rows.reduce((a, r) => a + r.gzip, 0) };
}

async function coldLoads(browser, url, selector, dist) {
  const runs = [];
  for (let i = 0; i < RUNS; i++) {
    const run = await coldLoad(browser, url, selector);
    // "Before the first score": what the page had asked for by then.
    run.before = bytesOf(run.requests.filter((r) => r.start <= run.first).map((r) => r.path), dist);
    run.all = bytesOf(run.requests.map((r) => r.path), dist);
    runs.push(run);
  }
  return runs;
}

/**
 * Imports `profile` through the page's import control, then times `edits`
 * edits of 研发费用 (700 ↔ 30 on revenue 10,000 crosses bands, so a score
 * changes every time), each from the `input` event to the changed score in
 * the DOM. Returns { importMs, times } or { error }. `around`, if given, is
 * called with the page once the profile is imported and returns a function
 * called when the edits are done (scripts/typing.mjs --profile).
 */
export async function inputLatency(browser, url, profile, edits, around) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const crashed = new Promise((resolve) => page.on("crash", () => resolve("the page crashed")));
  try {
    const run = async () => {
      await page.goto(url);
      await page.waitForSelector("[data-tier][data-score]");
      const body = Buffer.from(JSON.stringify(profile), "utf8");
      const t0 = Date.now();
      await page.setInputFiles("#import-file", { name: "bench.json", mimeType: "application/json", buffer: body });
      await page.waitForFunction((n) => document.querySelector('[name="company.name"]')?.value === n, profile.company.name, { timeout: 120000 });
      await page.waitForSelector("[data-tier][data-score]");
      const importMs = Date.now() - t0;
      const done = around ? await around(page) : null;
      const times = await page.evaluate(async (n) => {
        const input = document.querySelector('[name="financials.rd_expense.y1"]');
        const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value").set;
        const scores = () => [...document.querySelectorAll("[data-tier][data-score]")].map((e) => e.getAttribute("data-score")).join();
        const out = [];
        for (let i = 0; i < n; i++) {
          const before = scores();
          const changed = new Promise((resolve, reject) => {
            const obs = new MutationObserver(() => {
              if (scores() !== before) { obs.disconnect(); resolve(performance.now()); }
            });
            obs.observe(document.body, { subtree: true, attributes: true, attributeFilter: ["data-score"], childList: true });
            setTimeout(() => { obs.disconnect(); reject(new Error(`edit ${i}: no score changed within 10 s`)); }, 10000);
          });
          const t0 = performance.now();
          setter.call(input, i % 2 === 0 ? "30" : "700");
          input.dispatchEvent(new InputEvent("input", { bubbles: true }));
          out.push((await changed) - t0);
          await new Promise((r) => setTimeout(r, 20));
        }
        return out;
      }, edits);
      if (done) await done();
      return { importMs, times };
    };
    return await Promise.race([run(), crashed.then((e) => { throw new Error(e); })]);
  } catch (e) {
    return { error: e.message.split("\n")[0] };
  } finally {
    await context.close().catch(() => {});
  }
}

async function wasmEngine(browser, dir) {
  const server = await serve(dir);
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(server.url + "index.html");
  await page.waitForSelector("body[data-ready]", { state: "attached" });
  const result = await page.evaluate(() => window.engineBench(10000, 5));
  await context.close();
  await server.close();
  return result.perSecond;
}

export async function portfolio(browser, url) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(url + "#/portfolio");
  await page.waitForSelector(".portfolio-page");
  await page.waitForLoadState("networkidle");
  const t0 = Date.now();
  await page.setInputFiles("#portfolio-files", { name: "bench.csv", mimeType: "text/csv", buffer: Buffer.from(portfolioCsv(10000), "utf8") });
  await page.waitForSelector("[data-portfolio-done]", { timeout: 120000 });
  const wall = Date.now() - t0;
  const ms = Number(await page.getAttribute("[data-portfolio-ms]", "data-portfolio-ms"));
  await context.close();
  return { ms, wall };
}

/**
 * The build's Excel modules (excel-<hash>/, fetched by the page only when
 * asked): gzip and raw bytes of the reader's and the writer's files, and
 * both loaded in Node to write the benchmark's workbook.
 */
export async function excelModule(dist) {
  const folder = readdirSync(dist).find((f) => f.startsWith("excel-"));
  const out = { m: {} };
  for (const kind of ["read", "write"]) {
    const files = readdirSync(join(dist, folder)).filter((f) => f.includes(kind)).map((f) => readFileSync(join(dist, folder, f)));
    out[kind] = {
      raw: files.reduce((a, b) => a + b.length, 0),
      gzip: files.reduce((a, b) => a + gzipSync(b, { level: 9 }).length, 0),
    };
    const m = await import(pathToFileURL(join(dist, folder, `sme-excel-${kind}.js`)).href);
    m.initSync({ module: readFileSync(join(dist, folder, `sme-excel-${kind}_bg.wasm`)) });
    out.m = { ...out.m, ...m };
  }
  return out;
}

/** The benchmark's CSV as a workbook: the same cells, numbers as numbers. */
export function portfolioXlsxBytes(m, rows) {
  const [header, ...data] = portfolioCsv(rows).split("\n").map((l) => l.split(","));
  const numeric = header.map((_, i) => i).filter((i) => data.every((r) => /^-?\d+(\.\d+)?$/.test(r[i])));
  return Buffer.from(m.write_xlsx(JSON.stringify({ sheets: [{ name: "企业", header, rows: data, numeric }] })));
}

/**
 * 10,000 .xlsx rows: file chosen → table shown, first use (a fresh page,
 * settled, where the reader, the import and the scoring never ran) and
 * again (all loaded and warm).
 */
export async function portfolioXlsx(browser, url, m) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(url + "#/portfolio");
  await page.waitForSelector(".portfolio-page");
  await page.waitForLoadState("networkidle");
  const buffer = portfolioXlsxBytes(m, 10000);
  const walls = [];
  for (const name of ["bench.xlsx", "again.xlsx"]) {
    walls.push(await timedImport(page, name, buffer));
  }
  const ms = Number(await page.getAttribute("[data-portfolio-ms]", "data-portfolio-ms"));
  await context.close();
  return { ms, first: walls[0], again: walls[1], bytes: buffer.length };
}

if (import.meta.url === `file://${process.argv[1]}`) await main();

async function main() {
  const app = totals(appDist);
  const bare = totals(bareDist);
  const appServer = await serve(appDist);
  const bareServer = await serve(bareDist);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  const excel = await excelModule(appDist);
  let loadsApp, loadsBare, full, max, wasm, folio, folioXlsx;
  try {
    loadsApp = await coldLoads(browser, appServer.url, "[data-tier][data-score]", appDist);
    loadsBare = await coldLoads(browser, bareServer.url, "[data-hello]", bareDist);
    full = await inputLatency(browser, appServer.url, fullProfile(FULL_ROWS), EDITS);
    max = await inputLatency(browser, appServer.url, fullProfile(MAX_ROWS), EDITS);
    wasm = await wasmEngine(browser, engineDir);
    folio = await portfolio(browser, appServer.url);
    folioXlsx = await portfolioXlsx(browser, appServer.url, excel.m);
  } finally {
    await browser.close();
    await appServer.close();
    await bareServer.close();
  }

  const ok = (b) => (b ? "✔" : "✘");
  const before = Math.max(...loadsApp.map((r) => r.before.gzip));
  const beforeFiles = Math.max(...loadsApp.map((r) => r.before.files));
  const bareBytes = bare.gzip;
  const first = loadsApp.map((r) => r.first);
  const settled = loadsApp.map((r) => r.settled);
  const latencyCell = (m) => (m.error ? `failed: ${m.error}` : `${pct(m.times, 95).toFixed(1)} ms (p50 ${pct(m.times, 50).toFixed(1)}, ${m.times.length} edits)`);
  const latencyMet = (m) => ok(!m.error && pct(m.times, 95) <= 2);

  console.log(`\n## Benchmark (${new Date().toISOString().slice(0, 10)}, ${RUNS} cold loads each, headless Chromium)\n`);
  console.log("| measure | this app | bare Yew app | target | met |");
  console.log("|---|---:|---:|---|:-:|");
  console.log(`| gzip bytes requested before the first score | ${kb(before)} KB, ${beforeFiles} files (${(before / bareBytes).toFixed(2)}× bare) | ${kb(bareBytes)} KB | ≤ 250 KB | ${ok(before <= 250 * 1024)} |`);
  console.log(`| gzip bytes of everything, all data included | ${kb(app.gzip)} KB (${(app.gzip / bareBytes).toFixed(2)}× bare) | ${kb(bareBytes)} KB | ≤ 450 KB | ${ok(app.gzip <= 450 * 1024)} |`);
  console.log(`| navigation → first score (bare: first paint), median / worst | ${median(first).toFixed(0)} / ${Math.max(...first).toFixed(0)} ms | ${median(loadsBare.map((r) => r.first)).toFixed(0)} ms | ≤ 300 ms | ${ok(median(first) <= 300)} |`);
  console.log(`| navigation → every asset the page fetched has arrived, median / worst | ${median(settled).toFixed(0)} / ${Math.max(...settled).toFixed(0)} ms | | ≤ 1 s | ${ok(median(settled) <= 1000)} |`);
  console.log(`| input → score p95, whole form filled (every field, ${FULL_ROWS} achievements) | ${latencyCell(full)} | | ≤ 2 ms | ${latencyMet(full)} |`);
  console.log(`| input → score p95 at the achievement limit (${MAX_ROWS.toLocaleString("en")} achievements, every other field filled) | ${latencyCell(max)} | | ≤ 2 ms | ${latencyMet(max)} |`);
  console.log(`| … import of that profile → its score on screen | ${max.error ? "failed" : `${max.importMs} ms`} | | < 1 s | ${ok(!max.error && max.importMs < 1000)} |`);
  console.log(`| engine, assessments/s, native (one core) | ${Math.round(native).toLocaleString("en")} | | ≥ 1,000,000 | ${ok(native >= 1e6)} |`);
  console.log(`| engine, assessments/s, wasm in Chromium | ${Math.round(wasm).toLocaleString("en")} (${(wasm / native).toFixed(2)}× native) | | ≥ 0.7× native | ${ok(wasm >= 0.7 * native)} |`);
  console.log(`| portfolio: 10,000 CSV rows scored in the page | ${folio.ms.toFixed(0)} ms (file chosen → table: ${folio.wall} ms) | | < 1 s | ${ok(folio.ms < 1000)} |`);
  console.log(`| portfolio: 10,000 .xlsx rows read and scored in the page (${kb(folioXlsx.bytes)} KB file) | file chosen → table: first use ${folioXlsx.first} ms, again (Excel module loaded) ${folioXlsx.again} ms (scoring ${folioXlsx.ms.toFixed(0)} ms) | | < 1 s | ${ok(folioXlsx.first < 1000 && folioXlsx.again < 1000)} |`);
  console.log(`| Excel modules, not in the totals above: reader (fetched only for an .xlsx) / writer (only for an Excel export) | ${kb(excel.read.gzip)} / ${kb(excel.write.gzip)} KB gzip (${kb(excel.read.raw)} / ${kb(excel.write.raw)} KB raw) | | out of the first load | ${ok(!loadsApp.some((r) => r.requests.some((q) => q.path.includes("/excel-"))))} |`);

  console.log("\nFiles, raw / gzip KB: " + ["wasm", "js", "css", "html", "data", "other"].map((kind) => {
    const sum = (t, k) => t.rows.filter((r) => r.kind === kind).reduce((s, r) => s + r[k], 0);
    return `${kind} ${kb(sum(app, "raw"))} / ${kb(sum(app, "gzip"))} (bare ${kb(sum(bare, "raw"))} / ${kb(sum(bare, "gzip"))})`;
  }).join("; "));

  if (analysisWasm) {
    const shippedName = app.rows.find((r) => r.kind === "wasm").name;
    const sb = readFileSync(`${appDist}/${shippedName}`);
    const sw = parseWasm(sb);
    const section = (w, id) => w.sections.filter((s) => s.id === id).reduce((a, s) => a + s.size, 0);
    const analysed = parseWasm(readFileSync(analysisWasm));
    const b = breakdown(analysisWasm, outDir, process.cwd());
    console.log(`\n### What the wasm is made of\n`);
    console.log(`An analysis build with names kept: code section ${section(analysed, 10)} B, shipped ${section(sw, 10)} B. ` +
      "Each row's gzip figure is what the gzipped wasm would lose without that part.\n");
    console.log(breakdownTable(b, { code: section(sw, 10), data: section(sw, 11), gzip: gzipSync(sb, { level: 9 }).length }));
  }
}
