// End-to-end tests of Excel in the portfolio (issue 15 items 4 and 6) on
// the built app (dist/): the Excel modules stay out of the first load; the
// reader is fetched only when an .xlsx is picked or the import pointed at
// (then warmed up, changing nothing), the writer for an export; a 10,000-row .xlsx
// scores in the page like the same rows in CSV (timed and printed); the
// results and the template export as .xlsx that read back.
//
//   trunk build --release && node --test tests/e2e/excel.test.mjs

import { test, before } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, readdirSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { appUnderTest } from "./harness.mjs";
import { serve } from "./server.mjs";
import { timedImport } from "./timed-import.mjs";
import { portfolioCsv } from "../../benchmarks/profiles.mjs";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const DIST = resolve(ROOT, process.env.DIST || "dist");
const app = appUnderTest(DIST);

// The built Excel modules (reader and writer), loaded in Node to write the
// test's workbooks and read the page's downloads back.
let excel = {};
before(async () => {
  const folder = readdirSync(DIST).find((f) => f.startsWith("excel-"));
  assert.ok(folder, "the build has an excel-<hash>/ folder");
  for (const kind of ["read", "write"]) {
    const m = await import(pathToFileURL(join(DIST, folder, `sme-excel-${kind}.js`)).href);
    m.initSync({ module: readFileSync(join(DIST, folder, `sme-excel-${kind}_bg.wasm`)) });
    excel = { ...excel, ...m };
  }
});

/** A CSV (no quoted cells) as a one-sheet workbook: numbers as numbers. */
function csvToXlsx(csv) {
  const [header, ...rows] = csv.split("\n").map((l) => l.split(","));
  const numeric = header.map((_, i) => i).filter((i) => rows.every((r) => r[i] === "" || /^-?\d+(\.\d+)?$/.test(r[i])));
  return excel.write_xlsx(JSON.stringify({ sheets: [{ name: "企业", header, rows, numeric }] }));
}

/** A workbook's first sheet through the reader: [[row, [cell, …]], …]. */
const readBack = (bytes, max = 1_000_000) => unpack(excel.read_xlsx(new Uint8Array(bytes), max));

/** The reader's packed rows (xlsx/src/packed.rs): u32 LE row, count, then each cell's length and UTF-8. */
function unpack(bytes) {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const text = new TextDecoder("utf-8", { fatal: true });
  const rows = [];
  let at = 0;
  const u32 = () => ((at += 4), view.getUint32(at - 4, true));
  while (at < bytes.length) {
    const row = u32();
    const cells = [];
    for (let n = u32(); n > 0; n--) {
      const len = u32();
      cells.push(text.decode(bytes.subarray(at, (at += len))));
    }
    rows.push([row, cells]);
  }
  return rows;
}

async function portfolioPage(options = {}) {
  const context = await app.browser.newContext({ viewport: { width: 1400, height: 1000 }, ...options });
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(app.server.url + "#/portfolio");
  await page.waitForSelector(".portfolio-page");
  return { context, page, errors };
}

const verdictCounts = (page) =>
  page.locator("[data-summary-verdict]").evaluateAll((els) => els.map((e) => `${e.dataset.summaryVerdict}=${e.textContent}`).join(" "));

test("excel: the module is not in the first load; a 10,000-row .xlsx scores like the same CSV", async () => {
  const { context, page, errors } = await portfolioPage({ acceptDownloads: true });
  const fetched = () => app.server.requests.filter((u) => u.includes("/excel-"));
  assert.deepEqual(fetched(), [], "nothing of the Excel module before it is needed");

  const csv = portfolioCsv(10_000);
  await page.setInputFiles("#portfolio-files", { name: "bench.csv", mimeType: "text/csv", buffer: Buffer.from(csv, "utf8") });
  await page.waitForSelector('[data-portfolio-done="10000"]', { timeout: 120_000 });
  const fromCsv = await verdictCounts(page);
  assert.deepEqual(fetched(), [], "a CSV does not load it either");

  const xlsx = Buffer.from(csvToXlsx(csv));
  const first = await timedImport(page, "bench.xlsx", xlsx);
  const ms = Number(await page.getAttribute("[data-portfolio-ms]", "data-portfolio-ms"));
  console.log(`# excel: 10,000-row .xlsx (${xlsx.length} bytes) read and scored in the page in ${first} ms from file chosen to table shown, loading the Excel module (scoring ${ms} ms)`);
  assert.ok(fetched().some((u) => u.endsWith("sme-excel-read_bg.wasm")), "the reader was fetched for the .xlsx");
  assert.ok(!fetched().some((u) => u.includes("write")), "the writer was not");
  assert.equal(await verdictCounts(page), fromCsv, "the same verdicts as the CSV");
  assert.equal(await page.locator("[data-file-error]").count(), 0);

  // A second .xlsx reuses the loaded module: the time of reading alone.
  const again = await timedImport(page, "again.xlsx", xlsx);
  const ms2 = Number(await page.getAttribute("[data-portfolio-ms]", "data-portfolio-ms"));
  console.log(`# excel: the same .xlsx again, module loaded: ${again} ms from file chosen to table shown (scoring ${ms2} ms)`);

  // The results as .xlsx: one row per company under the CSV's header.
  const [results] = await Promise.all([page.waitForEvent("download"), page.locator('[data-excel="results"]').click()]);
  assert.equal(results.suggestedFilename(), "portfolio.xlsx");
  assert.ok(fetched().some((u) => u.endsWith("sme-excel-write_bg.wasm")), "the writer was fetched for the export");
  const rows = readBack(readFileSync(await results.path()));
  assert.equal(rows.length, 10_001);
  assert.equal(rows[0][1][0], "行号");
  assert.equal(rows[1][1][1], "企业0");
  assert.deepEqual(errors, []);
  await context.close();
});

test("excel: pointing at the import warms it up, fetching only the reader and changing nothing; a file picked meanwhile is read as usual", async () => {
  const { context, page, errors } = await portfolioPage();
  await page.waitForLoadState("networkidle");
  const state = () =>
    page.evaluate(() => ({
      page: document.querySelector(".portfolio-page").outerHTML,
      body: document.body.childElementCount,
      storage: JSON.stringify(Object.entries(localStorage).sort()),
      url: location.href,
    }));
  const before = await state();
  const seen = app.server.requests.length;
  await page.hover("label[for=portfolio-files]");
  await page.waitForFunction(() => performance.getEntriesByName("sme-portfolio-warm").length === 1, null, { timeout: 60_000 });
  const asked = app.server.requests.slice(seen).map((u) => u.replace(/^\/excel-[0-9a-f]+\//, "/excel/"));
  assert.deepEqual(asked.sort(), ["/excel/read.js", "/excel/sme-excel-read.js", "/excel/sme-excel-read_bg.wasm"], "only the reader was fetched");
  assert.deepEqual(await state(), before, "nothing shown, stored or navigated");
  const csv = portfolioCsv(20);
  await page.setInputFiles("#portfolio-files", { name: "a.csv", mimeType: "text/csv", buffer: Buffer.from(csv, "utf8") });
  await page.waitForSelector('[data-portfolio-done="20"]');
  const fromCsv = await verdictCounts(page);
  assert.deepEqual(errors, []);
  await context.close();

  // A file picked right after pointing (the reader still loading) stops
  // the warm-up and is read and scored as the same rows in CSV are.
  const fresh = await portfolioPage();
  await fresh.page.hover("label[for=portfolio-files]");
  await fresh.page.setInputFiles("#portfolio-files", { name: "a.xlsx", mimeType: "application/octet-stream", buffer: Buffer.from(csvToXlsx(csv)) });
  await fresh.page.waitForSelector('[data-portfolio-done="20"]');
  assert.equal(await verdictCounts(fresh.page), fromCsv, "the same verdicts as the CSV");
  assert.equal(await fresh.page.locator("[data-file-error]").count(), 0);
  assert.equal(await fresh.page.locator("[data-row-errors]").evaluateAll((els) => els.filter((e) => e.dataset.rowErrors !== "0").length), 0);
  await fresh.page.waitForTimeout(500);
  assert.equal(await fresh.page.evaluate(() => performance.getEntriesByName("sme-portfolio-warm").length), 0, "the warm-up stopped");
  assert.deepEqual(fresh.errors, []);
  await fresh.context.close();
});

test("excel: the template downloads as .xlsx and imports back as its example", async () => {
  const { context, page, errors } = await portfolioPage({ acceptDownloads: true });
  const [template] = await Promise.all([page.waitForEvent("download"), page.locator('[data-excel="template"]').click()]);
  assert.equal(template.suggestedFilename(), "企业数据模板.xlsx");
  const bytes = readFileSync(await template.path());
  const rows = readBack(bytes);
  assert.equal(rows.length, 2, "header and the example row");
  assert.ok(rows[0][1].includes("企业名称"));
  assert.ok(rows[0][1].some((h) => h.startsWith("成果：")), "a column per achievement kind");
  await page.setInputFiles("#portfolio-files", { name: "模板.xlsx", mimeType: "application/octet-stream", buffer: bytes });
  await page.waitForSelector('[data-portfolio-done="1"]');
  assert.equal(await page.locator("[data-row-errors]").evaluateAll((els) => els.filter((e) => e.dataset.rowErrors !== "0").length), 0);
  assert.deepEqual(errors, []);
  await context.close();
});

test("excel: a file that is not a workbook is named, and nothing is scored", async () => {
  const { context, page } = await portfolioPage();
  await page.setInputFiles("#portfolio-files", { name: "broken.xlsx", mimeType: "application/octet-stream", buffer: Buffer.from("PK\u0003\u0004 not a zip") });
  await page.waitForSelector("[data-file-error]");
  assert.match(await page.textContent("[data-file-error]"), /Excel/);
  await context.close();
});

test("excel: once used, the reader works offline (the service worker keeps it)", async () => {
  const own = await serve(DIST);
  const context = await app.browser.newContext();
  const page = await context.newPage();
  await page.goto(own.url + "#/portfolio");
  await page.waitForSelector(".portfolio-page");
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.reload();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  const xlsx = Buffer.from(csvToXlsx(portfolioCsv(20)));
  await page.setInputFiles("#portfolio-files", { name: "a.xlsx", mimeType: "application/octet-stream", buffer: xlsx });
  await page.waitForSelector('[data-portfolio-done="20"]');
  await own.close();
  await page.reload();
  await page.waitForSelector(".portfolio-page");
  await page.setInputFiles("#portfolio-files", { name: "b.xlsx", mimeType: "application/octet-stream", buffer: xlsx });
  await page.waitForSelector('[data-portfolio-done="20"]');
  assert.equal(await page.locator("[data-file-error]").count(), 0);
  await context.close();
});
