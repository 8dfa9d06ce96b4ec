// End-to-end tests of the built app (dist/) in headless Chromium.
//
//   trunk build --release && node --test tests/e2e/
//
// DIST=path     the built app to test (default: dist/ at the repo root)
// SCREENSHOT=1  also write docs/screenshot.png (the README embeds it)
//
// Every test gets a fresh browser context (no shared localStorage). The
// stable hooks used here are those of docs/spec/profile-format.md ("In the
// page"): controls by `name` = profile path; `data-tier`, `data-score`,
// `data-qualified` on the verdict cards.

import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import {
  ROOT,
  DIST,
  OUT,
  STRONG,
  STRONG_DATE,
  EXAMPLE_SRDI,
  RULEBOOK_2022,
  app,
  pageRequests,
  cspReports,
  pageErrors,
  fresh,
  open,
  fullForm,
  collectCsp,
  control,
  cards,
  expectCard,
  scoreAfter,
  leaves,
  fillProfile,
  setDate,
  exampleSelect,
  loadExample,
  privacyCheck,
} from "./app-kit.mjs";

// ---------------------------------------------------------------------------

test("fills the strong golden profile through the form: 95 / 93 / little giant", async (t) => {
  const { page } = await fresh(t);
  await open(page);
  await setDate(page, STRONG_DATE);
  await fillProfile(page, STRONG);

  // Nothing typed was refused.
  assert.equal(await page.locator(".field-error").count(), 0, await page.locator(".field-error").allTextContents().then(String));
  assert.equal(await control(page, "financials.rd_expense.y1").inputValue(), "700");
  assert.equal(await control(page, "company.industry").inputValue(), "industry");

  // Pinned by the native golden tests (smoke.toml, innovative.toml, srdi.toml, little_giant.toml).
  await expectCard(page, "innovative", "data-score", "95");
  await expectCard(page, "innovative", "data-qualified", "true");
  await expectCard(page, "srdi", "data-score", "93");
  await expectCard(page, "srdi", "data-qualified", "true");
  await expectCard(page, "little_giant", "data-qualified", "true");
});

test("the score follows every keystroke, with no submit", async (t) => {
  const { page } = await fresh(t);
  await open(page);
  assert.equal(await page.locator('.profile-form [type="submit"], .profile-form button:not([type="button"])').count(), 0, "no submit button");
  await setDate(page, STRONG_DATE);
  await control(page, "financials.operating_revenue.y1").fill("10000");

  const rd = control(page, "financials.rd_expense.y1");
  await rd.click();
  // 附件1 ind. 2 on revenue 10000: 3 → 0.03% (E, 0), 30 → 0.3% (E, 0), 300 → 3% (B, 15).
  const s3 = await scoreAfter(page, "innovative", () => page.keyboard.press("3"));
  const s30 = await scoreAfter(page, "innovative", () => page.keyboard.press("0"));
  const s300 = await scoreAfter(page, "innovative", () => page.keyboard.press("0"));
  assert.equal(s30, s3, "0.03% and 0.3% are both band E");
  assert.equal(Number(s300), Number(s30) + 15, `crossing 3% adds band B's 15 points (${s30} → ${s300})`);
  // And back down on Backspace.
  const back = await scoreAfter(page, "innovative", () => page.keyboard.press("Backspace"));
  assert.equal(back, s30, "Backspace to 30 drops to band E again");
  // The field kept the focus all along: nothing was submitted or blurred.
  assert.equal(await page.evaluate(() => document.activeElement?.getAttribute("name")), "financials.rd_expense.y1");
});

test("invalid input (garbage typed): a message at the field, the score keeps the last valid value", async (t) => {
  const { page } = await fresh(t);
  await open(page);
  await setDate(page, STRONG_DATE);
  await control(page, "financials.operating_revenue.y1").fill("10000");
  const rd = control(page, "financials.rd_expense.y1");
  await rd.fill("300");
  const valid = await scoreAfter(page, "innovative", async () => {});

  // "abc" typed, key by key, after a valid figure.
  await rd.press("End");
  await rd.pressSequentially("abc");
  await page.waitForSelector("#f-financials-rd_expense-y1-err");
  const err = page.locator("#f-financials-rd_expense-y1-err");
  assert.equal(await rd.getAttribute("aria-invalid"), "true");
  assert.equal(await err.getAttribute("class"), "field-error");
  assert.ok((await rd.getAttribute("aria-describedby")).split(" ").includes("f-financials-rd_expense-y1-err"), "the control is described by its message");
  assert.ok(
    await err.evaluate((e) => e.closest(".cell-field, .field").querySelector('[name="financials.rd_expense.y1"]') !== null),
    "the message sits beside the control",
  );
  assert.equal(await page.getAttribute('[data-tier="innovative"]', "data-score"), valid, "score stays at the last valid value");
  // Every key typed reaches the field, and the field keeps the focus.
  assert.equal(
    await page.evaluate(() => document.activeElement?.getAttribute("name") ?? document.activeElement?.tagName),
    "financials.rd_expense.y1",
    "focus stays in the field when its message appears",
  );
  assert.equal(await rd.inputValue(), "300abc", "what was typed is kept, every key of it");
});

test("invalid input (cross-field rule, R&D staff > employees): message at the field, scores unchanged", async (t) => {
  const { page } = await fresh(t);
  await open(page);
  await setDate(page, STRONG_DATE);
  await control(page, "company.employees").fill("100");
  await control(page, "company.rd_employees").fill("20");
  const srdi = await page.getAttribute('[data-tier="srdi"]', "data-score");
  const inno = await page.getAttribute('[data-tier="innovative"]', "data-score");
  const staff = control(page, "company.rd_employees");
  await staff.fill("200");
  await page.waitForSelector("#f-company-rd_employees-err");
  const err = page.locator("#f-company-rd_employees-err");
  assert.equal(await staff.getAttribute("aria-invalid"), "true");
  assert.equal(await err.getAttribute("class"), "field-error");
  assert.match(await err.textContent(), /研发人员不能多于职工总数/);
  assert.ok(await err.evaluate((e) => e.closest(".field").querySelector('[name="company.rd_employees"]') !== null), "beside the control");
  assert.equal(await staff.inputValue(), "200", "what was typed is kept");
  assert.equal(await page.getAttribute('[data-tier="srdi"]', "data-score"), srdi, "SRDI score unchanged");
  assert.equal(await page.getAttribute('[data-tier="innovative"]', "data-score"), inno, "innovative score unchanged");

  // Fixing the field clears the message.
  await staff.fill("30");
  await page.waitForSelector("#f-company-rd_employees-err", { state: "detached" });
  assert.equal(await staff.getAttribute("aria-invalid"), "false");
  // Raising the head count instead makes a pending draft valid.
  await staff.fill("200");
  await page.waitForSelector("#f-company-rd_employees-err");
  await control(page, "company.employees").fill("300");
  await page.waitForSelector("#f-company-rd_employees-err", { state: "detached" });
  assert.equal(await staff.inputValue(), "200");
});

test("reload keeps the data (localStorage autosave)", async (t) => {
  const { page } = await fresh(t);
  await open(page);
  await setDate(page, STRONG_DATE);
  await fillProfile(page, STRONG);
  await expectCard(page, "innovative", "data-score", "95");
  const paths = ["company.name", "company.employees", "financials.rd_expense.y1", "financials.net_profit.y1", "qualifications.rd_institution", "qualifications.quality.own_brand"];
  const values = {};
  for (const p of paths) values[p] = await control(page, p).inputValue();
  const scores = await cards(page);

  await page.reload();
  await page.waitForSelector('[data-tier="innovative"]');
  for (const p of paths) assert.equal(await control(page, p).inputValue(), values[p], p);
  assert.equal(await page.inputValue("#assessment-date"), STRONG_DATE);
  assert.equal(await page.isChecked("#honor-none"), true);
  assert.deepEqual(await cards(page), scores);
});

test("import: a broken file reports line and column and changes nothing; a valid one opens", async (t) => {
  const { page } = await fresh(t);
  await open(page);
  await control(page, "company.name").fill("现有企业");
  await control(page, "financials.rd_expense.y1").fill("123");
  const before = await cards(page);

  const broken = '{\n  "format": "sme-profile/1",\n  "company": {\n    "name": "坏文件",\n  }\n}\n';
  await page.setInputFiles("#import-file", { name: "broken.json", mimeType: "application/json", buffer: Buffer.from(broken) });
  const alert = page.locator('[role="alert"]');
  await alert.waitFor();
  const text = await alert.textContent();
  t.diagnostic(`import error shown: ${text}`);
  assert.match(text, /broken\.json/);
  assert.match(text, /第 5 行第 \d+ 列/, `line and column named: ${text}`);
  assert.equal(await control(page, "company.name").inputValue(), "现有企业");
  assert.equal(await control(page, "financials.rd_expense.y1").inputValue(), "123");
  assert.equal(await page.locator(".profile-select option").count(), 1, "no profile added");
  assert.deepEqual(await cards(page), before);

  const doc = { ...STRONG, assessment_date: STRONG_DATE };
  doc.company = { ...STRONG.company, name: "导入测试公司" };
  await page.setInputFiles("#import-file", { name: "good.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(doc, null, 2)) });
  await page.waitForFunction(() => document.querySelectorAll(".profile-select option").length === 2);
  assert.equal(await page.locator(".profile-select option:checked").textContent(), "导入测试公司");
  assert.equal(await control(page, "company.name").inputValue(), "导入测试公司");
  assert.equal(await control(page, "financials.rd_expense.y1").inputValue(), "700");
  await expectCard(page, "innovative", "data-score", "95");
  await expectCard(page, "srdi", "data-score", "93");
  assert.equal(await page.locator('[role="alert"]').count(), 0, "the error is gone after a good import");
});

test("the three built-in examples show their verdicts", async (t) => {
  const { page } = await fresh(t);
  await open(page);

  await loadExample(page, "edge-innovative");
  await expectCard(page, "innovative", "data-score", "60");
  await expectCard(page, "innovative", "data-qualified", "true");

  await loadExample(page, "edge-srdi");
  await expectCard(page, "srdi", "data-score", "60");
  await expectCard(page, "srdi", "data-qualified", "true");

  await loadExample(page, "edge-little-giant");
  await expectCard(page, "little_giant", "data-qualified", "true");
  assert.equal(await page.locator(".profile-select option:checked").textContent(), "示例三：小巨人临界");
});

test("language switch: English and back to 中文", async (t) => {
  const { page } = await fresh(t);
  await open(page);
  assert.equal(await page.getAttribute("html", "lang"), "zh-CN");
  await page.getByRole("button", { name: "English" }).click();
  await page.waitForFunction(() => document.documentElement.lang === "en");
  await page.getByText("Operating revenue", { exact: false }).filter({ visible: true }).first().waitFor();
  assert.equal(await page.getAttribute('.lang-switch button[lang="en"]', "aria-pressed"), "true");
  assert.ok((await page.locator("label[for='f-company-employees']").textContent()).includes("Employees"));

  await page.getByRole("button", { name: "中文" }).click();
  await page.waitForFunction(() => document.documentElement.lang === "zh-CN");
  await page.getByText("营业收入总额").filter({ visible: true }).first().waitFor();
  assert.equal(await page.locator("label[for='f-company-employees']").textContent(), "职工总数");
});

test("the results' rulebook line marks the provisional 2026 rules once, in 中文 and English", async (t) => {
  const { page } = await fresh(t);
  await open(page);
  await setDate(page, "2026-12-06");
  const line = () => page.locator(".rulebook-line").textContent();
  await page.waitForFunction(() => document.querySelector(".rulebook-line")?.textContent.includes("2026〕2号"));
  const zh = await line();
  assert.equal(zh.match(/暂定/g)?.length, 1, `one 暂定 mark: ${zh}`);
  assert.match(zh, /依据二手资料/, "and says the rules are read from secondary sources");
  await page.getByRole("button", { name: "English" }).click();
  await page.waitForFunction(() => document.documentElement.lang === "en");
  const en = await line();
  assert.equal(en.match(/provisional/gi)?.length, 1, `one provisional mark: ${en}`);
  assert.match(en, /secondary sources/);
});

test("print: the report shows company, date, rulebook and notice; the PDF has 1-7 pages", async (t) => {
  const { page } = await fresh(t);
  await open(page);
  await loadExample(page, "edge-srdi");
  await expectCard(page, "srdi", "data-score", "60");
  assert.equal(await page.locator(".print-report").isVisible(), false, "hidden on screen");
  // On screen too, a yearly indicator names its calendar year (issue 13 item 4):
  // assessed 2024-06-30, 上年度 is 2023.
  const names = await page.locator(".calc .indicator-table th[scope=row]").allInnerTexts();
  assert.ok(names.some((n) => /^2023 年.*（上年度）$/.test(n.trim())), names.join(" | "));

  // As a browser does when the user prints: announce it, then lay out for
  // print. Printing straight after loading the example must show it.
  await page.evaluate(() => window.dispatchEvent(new Event("beforeprint")));
  await page.emulateMedia({ media: "print" });
  const report = page.locator(".print-report");
  assert.equal(await report.isVisible(), true, "visible in print");
  assert.equal(await page.locator(".site-header").isVisible(), false, "no chrome in print");
  const text = await report.innerText();
  assert.ok(text.includes(EXAMPLE_SRDI.company.name), `company name in: ${text.slice(0, 200)}`);
  assert.ok(text.includes(EXAMPLE_SRDI.assessment_date), "assessment date");
  assert.ok(text.includes(RULEBOOK_2022), "rulebook name");
  assert.ok(text.includes("自评"), "self-assessment notice");
  assert.ok((await page.locator(".print-report .notice-print").innerText()).includes("自评"));

  const pdfPath = join(OUT, "report.pdf");
  await page.pdf({ path: pdfPath, preferCSSPageSize: true, printBackground: true });
  const pdf = readFileSync(pdfPath).toString("latin1");
  assert.ok(pdf.length > 1000 && pdf.startsWith("%PDF-"), "a non-empty PDF");
  const pages = (pdf.match(/\/Type\s*\/Page(?!s)/g) || []).length;
  const count = Number((pdf.match(/\/Type\s*\/Pages[^>]*?\/Count\s+(\d+)/) || pdf.match(/\/Count\s+(\d+)/) || [])[1]);
  t.diagnostic(`PDF ${pdf.length} bytes, ${pages} page objects, /Count ${count}`);
  // The report is a client pack (issues 13–15): cover, input figures, what
  // settles each 待定, advice, policies' status, filing calendar; 5 A4
  // pages for this example; many more means a layout leak.
  assert.ok(pages >= 1 && pages <= 7, `1-7 pages, got ${pages} (${pdfPath})`);
  if (!Number.isNaN(count)) assert.equal(count, pages);
});

test("a load shows the saved profile's scores first; the details panel, the materials lists and the print report follow", async (t) => {
  const { page } = await fresh(t);
  await open(page);
  await loadExample(page, "edge-srdi");
  await expectCard(page, "srdi", "data-score", "60");
  const settled = await cards(page);
  // What the page holds the moment the first score appears, on a reload
  // (the profile comes back from localStorage).
  await page.addInitScript(() => {
    new MutationObserver((_, observer) => {
      if (!document.querySelector("[data-tier][data-score]")) return;
      observer.disconnect();
      window.__atFirstScore = {
        cards: Object.fromEntries([...document.querySelectorAll("[data-tier]")].map((e) => [e.dataset.tier, { score: e.dataset.score, qualified: e.dataset.qualified, verdict: e.dataset.verdict }])),
        details: !!document.querySelector(".side-details .details"),
        print: !!document.querySelector(".print-report"),
        form: !!document.querySelector(".form-area input, .form-area select"),
        materials: [...document.querySelectorAll("[data-tier] details[data-materials]")].map((d) => ({ summary: d.querySelector("summary")?.textContent, items: d.querySelectorAll("li").length })),
      };
    }).observe(document, { subtree: true, childList: true, attributes: true });
  });
  await page.waitForTimeout(400); // the autosave
  await page.reload();
  await page.waitForSelector(".side-details .details [role=tablist]");
  await page.waitForSelector(".print-report", { state: "attached" });
  const first = await page.evaluate(() => window.__atFirstScore);
  assert.deepEqual(first.cards, settled, "the first scores are the saved profile's, not a blank one's");
  assert.equal(first.form, true, "the form is there with the first score");
  assert.equal(first.details, false, "the details panel follows the first score");
  assert.equal(first.print, false, "so does the print report");
  assert.deepEqual(await cards(page), settled);
  // Each card's closed 需准备的材料 shows its summary line with the first
  // score; the lists inside it follow one task later.
  assert.ok(first.materials.length > 0 && first.materials.every((m) => m.summary === "需准备的材料" && m.items === 0), JSON.stringify(first.materials));
  await page.waitForFunction((n) => [...document.querySelectorAll("[data-tier] details[data-materials]")].filter((d) => d.querySelector("li")).length === n, first.materials.length);
  // The details panel sits after the cards, as before: the reading and tab order is unchanged.
  const order = await page.evaluate(() => {
    const summary = document.querySelector(".side-summary");
    const details = document.querySelector(".side-details .details");
    return summary.compareDocumentPosition(details) & Node.DOCUMENT_POSITION_FOLLOWING;
  });
  assert.ok(order, "the details follow the summary in the document");
});

privacyCheck();
