// Measures the release build against a bare Yew app and prints one table:
// transfer sizes, navigation → first score, input → updated score, engine
// throughput natively and in the browser, portfolio scoring of 10,000 rows.
// Called by ./bench after the builds; figures come from this run only.
//
//   node scripts/bench.mjs <app dist> <bare dist> <engine-wasm dir> <native assessments/s>
import { chromium } from "playwright-core";
import { serve } from "../tests/e2e/server.mjs";
import { sizes, CHROMIUM, CHROMIUM_ARGS } from "./measure.mjs";

const [appDist, bareDist, engineDir, nativeArg] = process.argv.slice(2);
const native = Number(nativeArg);
const RUNS = 9;

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

// Records when the first element matching `selector` appears, measured on
// the page's own clock from navigation start.
const firstSeen = (selector) => `(() => {
  const mark = () => { if (!window.__first && document.querySelector(${JSON.stringify(selector)})) window.__first = performance.now(); };
  new MutationObserver(mark).observe(document, { subtree: true, childList: true, attributes: true });
})();`;

async function coldLoads(browser, url, selector) {
  const times = [];
  for (let i = 0; i < RUNS; i++) {
    const context = await browser.newContext();
    await context.addInitScript(firstSeen(selector));
    const page = await context.newPage();
    await page.goto(url);
    await page.waitForFunction(() => window.__first);
    times.push(await page.evaluate(() => window.__first));
    await context.close();
  }
  return times;
}

async function inputLatency(browser, url) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForSelector("[data-tier]");
  await page.locator(".examples select").selectOption("edge-srdi");
  await page.waitForSelector('[data-tier="srdi"][data-score="60"]');
  // Inside the page: set the value, fire the input event, and time until
  // the score on the card changes (R&D 120 ↔ 400 moves it 60 ↔ 68).
  const times = await page.evaluate(async (n) => {
    const input = document.querySelector('[name="financials.rd_expense.y1"]');
    const card = document.querySelector('[data-tier="srdi"]');
    const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value").set;
    const out = [];
    for (let i = 0; i < n; i++) {
      const before = card.getAttribute("data-score");
      const value = i % 2 === 0 ? "400" : "120";
      const changed = new Promise((resolve) => {
        const obs = new MutationObserver(() => {
          if (document.querySelector('[data-tier="srdi"]').getAttribute("data-score") !== before) {
            obs.disconnect();
            resolve(performance.now());
          }
        });
        obs.observe(document.body, { subtree: true, attributes: true, attributeFilter: ["data-score"], childList: true });
      });
      const t0 = performance.now();
      setter.call(input, value);
      input.dispatchEvent(new InputEvent("input", { bubbles: true }));
      out.push((await changed) - t0);
      await new Promise((r) => setTimeout(r, 20));
    }
    return out;
  }, 60);
  await context.close();
  return times;
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

function generatedCsv(rows) {
  const header = "企业名称,省份,城市,所属行业,职工总数,研发人员,从事特定细分市场年限,营业收入总额（上年度）,营业收入总额（上上年度）,主营业务收入（上年度）,主营业务收入（上上年度）,主营业务收入（前年度）,研发费用总额（上年度）,研发费用总额（上上年度）,净利润（上年度）,资产总额（上年度）,负债总额（上年度）,Ⅰ类知识产权（与主导产品相关）,Ⅱ类知识产权";
  const lines = [header];
  let x = 12345;
  const rnd = (n) => ((x = (x * 1103515245 + 12345) % 2147483648), x % n);
  for (let i = 0; i < rows; i++) {
    const rev = 1000 + rnd(20000);
    const emp = 20 + rnd(400);
    lines.push([`企业${i}`, "山东省", "临沂市", "工业", emp, Math.floor((emp * rnd(40)) / 100), rnd(12), rev, Math.floor(rev * 0.9),
      Math.floor(rev * 0.8), Math.floor(rev * 0.72), Math.floor(rev * 0.65), Math.floor((rev * rnd(9)) / 100), Math.floor((rev * rnd(9)) / 100),
      Math.floor((rev * rnd(12)) / 100), rev + rnd(9000), Math.floor((rev * rnd(60)) / 100), rnd(6), rnd(20)].join(","));
  }
  return lines.join("\n");
}

async function portfolio(browser, url) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(url + "#/portfolio");
  await page.waitForSelector(".portfolio-page");
  const t0 = Date.now();
  await page.setInputFiles("#portfolio-files", { name: "bench.csv", mimeType: "text/csv", buffer: Buffer.from(generatedCsv(10000), "utf8") });
  await page.waitForSelector("[data-portfolio-done]", { timeout: 120000 });
  const wall = Date.now() - t0;
  const ms = Number(await page.getAttribute("[data-portfolio-ms]", "data-portfolio-ms"));
  await context.close();
  return { ms, wall };
}

const app = totals(appDist);
const bare = totals(bareDist);
const appServer = await serve(appDist);
const bareServer = await serve(bareDist);
const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
let firstApp, firstBare, latency, wasm, folio;
try {
  firstApp = await coldLoads(browser, appServer.url, "[data-tier][data-score]");
  firstBare = await coldLoads(browser, bareServer.url, "[data-hello]");
  latency = await inputLatency(browser, appServer.url);
  wasm = await wasmEngine(browser, engineDir);
  folio = await portfolio(browser, appServer.url);
} finally {
  await browser.close();
  await appServer.close();
  await bareServer.close();
}

const ok = (b) => (b ? "✔" : "✘");
const ratio = app.gzip / bare.gzip;
console.log(`\n## Benchmark (${new Date().toISOString().slice(0, 10)}, ${RUNS} cold loads each, headless Chromium)\n`);
console.log("| measure | this app | bare Yew app | target | met |");
console.log("|---|---:|---:|---|:-:|");
for (const kind of ["wasm", "js", "css", "html", "other"]) {
  const a = app.rows.filter((r) => r.kind === kind);
  const b = bare.rows.filter((r) => r.kind === kind);
  if (!a.length && !b.length) continue;
  const sum = (rs, k) => rs.reduce((s, r) => s + r[k], 0);
  console.log(`| ${kind}: raw / gzip KB | ${kb(sum(a, "raw"))} / ${kb(sum(a, "gzip"))} | ${kb(sum(b, "raw"))} / ${kb(sum(b, "gzip"))} | | |`);
}
console.log(`| total transfer, gzip KB | ${kb(app.gzip)} | ${kb(bare.gzip)} | ≤ 250 KB | ${ok(app.gzip <= 250 * 1024)} |`);
console.log(`| size ratio (gzip, app / bare) | ${ratio.toFixed(2)}× | 1× | ≤ 3× | ${ok(ratio <= 3)} |`);
console.log(`| navigation → first score (app) / first paint (bare), median | ${median(firstApp).toFixed(0)} ms | ${median(firstBare).toFixed(0)} ms | < 1 s | ${ok(median(firstApp) < 1000)} |`);
console.log(`| … worst | ${Math.max(...firstApp).toFixed(0)} ms | ${Math.max(...firstBare).toFixed(0)} ms | | |`);
console.log(`| input → updated score, p50 / p95 (60 edits) | ${pct(latency, 50).toFixed(1)} / ${pct(latency, 95).toFixed(1)} ms | | p95 ≤ 4 ms | ${ok(pct(latency, 95) <= 4)} |`);
console.log(`| engine, assessments/s, native (one core) | ${Math.round(native).toLocaleString("en")} | | ≥ 1,000,000 | ${ok(native >= 1e6)} |`);
console.log(`| engine, assessments/s, wasm in Chromium | ${Math.round(wasm).toLocaleString("en")} | | ≥ 0.5× native | ${ok(wasm >= 0.5 * native)} |`);
console.log(`| … wasm / native | ${(wasm / native).toFixed(2)}× | | | |`);
console.log(`| portfolio: 10,000 CSV rows scored in the page | ${folio.ms.toFixed(0)} ms (file chosen → table: ${folio.wall} ms) | | < 1 s | ${ok(folio.ms < 1000)} |`);
