// Printing a shared link's read-only view prints the assessment, as the
// normal view does (issue 18 item 6): the 自评表 report with the company,
// the input figures and the verdicts, not the banner and its buttons.
//
//   trunk build --release && node --test tests/e2e/share-print.test.mjs

import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { tmpdir } from "node:os";
import { appUnderTest } from "./harness.mjs";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const DIST = resolve(ROOT, process.env.DIST || "dist");
const app = appUnderTest(DIST);

function pdfPages(path) {
  const pdf = readFileSync(path).toString("latin1");
  assert.ok(pdf.length > 1000 && pdf.startsWith("%PDF-"), "a non-empty PDF");
  return (pdf.match(/\/Type\s*\/Page(?!s)/g) || []).length;
}

async function printed(page) {
  await page.evaluate(() => window.dispatchEvent(new Event("beforeprint")));
  await page.emulateMedia({ media: "print" });
  const report = page.locator(".print-report");
  assert.equal(await report.isVisible(), true, "the report is printed");
  return {
    text: await report.innerText(),
    verdicts: await page.locator(".print-report table.verdicts").innerText(),
  };
}

test("print from a shared link: the assessment, as the normal view prints it", async (t) => {
  const context = await app.browser.newContext({ viewport: { width: 1400, height: 1000 } });
  const page = await context.newPage();
  await page.goto(app.server.url);
  await page.waitForSelector("[data-tier]");
  await page.locator(".examples select").selectOption("edge-srdi");
  await page.waitForFunction(() => document.querySelector('[data-tier="srdi"]')?.dataset.score === "60");
  await page.getByRole("button", { name: "分享链接" }).click();
  const link = await page.getAttribute("[data-share-url]", "data-share-url", { timeout: 5000 });
  const normal = await printed(page);
  const normalPdf = join(tmpdir(), `normal-report-${process.pid}.pdf`);
  await page.pdf({ path: normalPdf, preferCSSPageSize: true, printBackground: true });
  const normalPages = pdfPages(normalPdf);

  const other = await app.browser.newContext({ viewport: { width: 1400, height: 1000 } });
  const p2 = await other.newPage();
  const errors = [];
  p2.on("pageerror", (e) => errors.push(e.message));
  await p2.goto(link);
  await p2.waitForSelector("[data-shared-view]");
  assert.equal(await p2.locator(".print-report").isVisible(), false, "hidden on screen");
  const shared = await printed(p2);
  // Neither the banner nor its buttons in print.
  assert.equal(await p2.locator("[data-shared-view]").isVisible(), false, "no banner in print");
  assert.equal(await p2.getByRole("button", { name: "另存为我的档案" }).isVisible(), false);
  // The same company, figures and verdicts as the normal view prints.
  assert.equal(shared.verdicts, normal.verdicts);
  for (const words of ["优质中小企业梯度培育自评报告", "营业收入", "自评"]) {
    assert.ok(shared.text.includes(words), `${words} in: ${shared.text.slice(0, 300)}`);
  }
  const company = normal.text.match(/企业名称\s+(\S+)/)?.[1];
  assert.ok(company && shared.text.includes(company), `company ${company}`);

  const pdfPath = join(tmpdir(), `shared-report-${process.pid}.pdf`);
  await p2.pdf({ path: pdfPath, preferCSSPageSize: true, printBackground: true });
  const pages = pdfPages(pdfPath);
  t.diagnostic(`shared view PDF: ${pages} pages; normal view: ${normalPages}`);
  // The whole report (more than one A4 page), and no more than the normal
  // view's, which adds the advice: a layout leak would print more.
  assert.ok(pages >= 2 && pages <= normalPages, `2-${normalPages} A4 pages, got ${pages}`);
  assert.deepEqual(errors, []);
  await other.close();
  await context.close();
});
