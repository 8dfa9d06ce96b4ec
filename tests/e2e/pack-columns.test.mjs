// The client pack with four columns (issue 15 item 2: "the chosen
// scenarios side by side", two to four): a base and three scenarios print
// as four columns across A4, each under its own name with its own
// verdicts and scores, nothing past the page's edge. Checked in the PDF
// itself, by where pdftotext places each word (-bbox), against what the
// page shows for each column.
//
//   trunk build --release && node --test tests/e2e/pack-columns.test.mjs

import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { appUnderTest } from "./harness.mjs";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const DIST = resolve(ROOT, process.env.DIST || "dist");
const app = appUnderTest(DIST);

/** The PDF's pages, each with its size and its words where pdftotext places them. */
function pdfLayout(pdf) {
  const file = join(mkdtempSync(join(tmpdir(), "pack4-")), "pack.pdf");
  writeFileSync(file, pdf);
  const html = execFileSync("pdftotext", ["-bbox", file, "-"], { encoding: "utf8", maxBuffer: 1 << 26 });
  const unescape = (t) => t.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&amp;/g, "&");
  return [...html.matchAll(/<page width="([\d.]+)" height="([\d.]+)">([\s\S]*?)<\/page>/g)].map((p) => ({
    width: Number(p[1]),
    height: Number(p[2]),
    words: [...p[3].matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((w) => ({
      x0: Number(w[1]),
      y0: Number(w[2]),
      x1: Number(w[3]),
      y1: Number(w[4]),
      text: unescape(w[5]),
    })),
  }));
}

test("client pack: a base and three scenarios print as four columns, each under its name with its own scores, within A4", async () => {
  const context = await app.browser.newContext({ viewport: { width: 1400, height: 1000 } });
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(app.server.url);
  await page.waitForSelector("[data-tier]");
  await page.locator(".examples select").selectOption("edge-srdi");
  await page.waitForFunction(() => document.querySelector(".profile-select select")?.selectedOptions[0]?.textContent.includes("示例"));
  const rename = async (name) => {
    await page.getByRole("button", { name: "重命名" }).click();
    await page.fill("#rename-input", name);
    await page.locator("form.rename").getByRole("button", { name: "保存" }).click();
    await page.waitForFunction((n) => document.querySelector(".profile-select select")?.selectedOptions[0]?.textContent.includes(n), name);
  };
  await rename("现状");
  const names = ["现状", "加大研发", "再加专利", "扩大规模"];
  const changes = [
    ["financials.rd_expense.y1", "400"],
    ["ip.class1", "9"],
    ["company.employees", "600"],
  ];
  for (const [i, [field, value]] of changes.entries()) {
    const entries = await page.locator(".profile-select option").count();
    await page.getByRole("button", { name: "新建方案" }).click();
    await page.waitForFunction((n) => document.querySelectorAll(".profile-select option").length > n, entries);
    await page.waitForSelector("[data-scenario]");
    await rename(names[i + 1]);
    await page.fill(`[name="${field}"]`, value);
  }
  // The pack follows once typing pauses.
  await page.waitForSelector('[data-print-scenarios="4"]', { state: "attached" });
  await page.waitForFunction(() => document.querySelector(".print-scenarios .col-name:last-child")?.textContent === "扩大规模");
  await page.waitForSelector(".print-scenarios.print-cols-4", { state: "attached" });
  // What the page shows, column by column: the names, and each tier's score.
  const shown = await page.locator(".print-scenarios table.side-by-side").evaluate((t) => ({
    names: [...t.querySelectorAll("thead .col-name")].map((th) => th.textContent),
    scores: [...t.querySelectorAll("tbody tr[data-sbs-tier]")].map((tr) => [...tr.querySelectorAll("td")].map((td) => td.textContent.trim().match(/\d+(–\d+)?$/)?.[0] ?? null)),
  }));
  assert.deepEqual(shown.names, names, "the base first, then its scenarios in order");
  // (A tier whose score is not computed shows none: no number to find.)
  const columns = names.map((_, c) => shown.scores.map((row) => row[c]).filter((x) => x !== null));
  assert.ok(new Set(columns.map((c) => c.join())).size > 1, `the plans change some score: ${JSON.stringify(columns)}`);

  await page.emulateMedia({ media: "print" });
  const pdf = await page.pdf({ format: "A4", preferCSSPageSize: true });
  if (process.env.PACK_PDF) writeFileSync(process.env.PACK_PDF, pdf); // to look at by eye
  const pages = pdfLayout(pdf);
  const at = pages.findIndex((p) => p.words.some((w) => w.text.includes("方案对比")));
  assert.ok(at >= 0, "PDF: the comparison's heading");
  const sheet = pages[at];
  // The four names on one line, left to right, each once.
  const heads = names.map((n) => sheet.words.filter((w) => w.text === n));
  for (const [i, h] of heads.entries()) assert.equal(h.length, 1, `PDF: "${names[i]}" heads one column (${h.length})`);
  const head = heads.map((h) => h[0]);
  for (const h of head) assert.ok(Math.abs(h.y0 - head[0].y0) < 2, `PDF: the names on one line: ${JSON.stringify(head)}`);
  for (let i = 1; i < 4; i++) assert.ok(head[i].x0 > head[i - 1].x1, `PDF: "${names[i]}" right of "${names[i - 1]}"`);
  // Equal columns (table-layout: fixed): the names start at even steps.
  const steps = head.slice(1).map((h, i) => h.x0 - head[i].x0);
  for (const s of steps) assert.ok(Math.abs(s - steps[0]) < 3, `PDF: equal columns, steps ${steps.map((x) => x.toFixed(1))}`);
  // Nothing of the comparison beyond the paper's edge, on any of its pages.
  for (const p of pages.slice(at)) {
    for (const w of p.words) assert.ok(w.x0 >= 0 && w.x1 <= p.width, `PDF: "${w.text}" at ${w.x0}–${w.x1} of ${p.width}`);
  }
  // Each column's scores, under its name, top to bottom as the tiers are
  // listed: the numbers between the names and the incentives row, within
  // the column's span.
  const incentives = sheet.words.find((w) => w.text.startsWith("地方激励") && w.y0 > head[0].y1);
  assert.ok(incentives, "PDF: the incentives row after the verdicts");
  const span = (c) => [head[c].x0 - 4, c < 3 ? head[c + 1].x0 - 4 : sheet.width];
  for (let c = 0; c < 4; c++) {
    const [from, to] = span(c);
    const found = sheet.words
      .filter((w) => w.y0 > head[c].y1 && w.y1 < incentives.y0 && w.x0 >= from && w.x1 <= to && /^\d+(–\d+)?$/.test(w.text))
      .sort((a, b) => a.y0 - b.y0 || a.x0 - b.x0)
      .map((w) => w.text);
    assert.deepEqual(found, columns[c], `PDF: column "${names[c]}" has its own scores`);
  }
  assert.ok(sheet.words.some((w) => w.text.includes("≠")), "PDF: what differs is marked by a sign");
  assert.deepEqual(errors, []);
  await context.close();
});
