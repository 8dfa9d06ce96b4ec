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

import { test, before } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, mkdirSync, writeFileSync } from "node:fs";
import { dirname, resolve, join } from "node:path";
import { fileURLToPath } from "node:url";
import { appUnderTest } from "./harness.mjs";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const DIST = resolve(ROOT, process.env.DIST || "dist");
const OUT = join(ROOT, "target", "e2e");

const STRONG = JSON.parse(readFileSync(join(ROOT, "tests/golden/bases/strong.json"), "utf8"));
// The date of the golden cases on the strong base (tests/golden/*.toml).
const STRONG_DATE = "2025-06-30";
const EXAMPLE_SRDI = JSON.parse(readFileSync(join(ROOT, "examples/edge-srdi.json"), "utf8"));
const RULEBOOK_2022 = "工信部企业〔2022〕63号";

const app = appUnderTest(DIST);
// Everything the pages asked for, and every CSP report, over the session.
const pageRequests = [];
const cspReports = [];
const pageErrors = [];

before(() => mkdirSync(OUT, { recursive: true }));

/** A fresh context and page, watched for requests, CSP reports and errors. */
async function fresh(t, options = {}) {
  const context = await app.browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  t.after(() => context.close());
  const page = await context.newPage();
  page.setDefaultTimeout(5000); // fail fast: the whole suite should stay under a minute
  await page.addInitScript(() => {
    window.__csp = [];
    document.addEventListener("securitypolicyviolation", (e) =>
      window.__csp.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`),
    );
  });
  page.on("request", (r) => pageRequests.push({ test: t.name, url: r.url() }));
  page.on("console", (m) => {
    if (/content security policy|Content-Security-Policy/i.test(m.text())) cspReports.push(`${t.name}: console: ${m.text()}`);
  });
  page.on("pageerror", (e) => pageErrors.push(`${t.name}: ${e.message}`));
  return { context, page };
}

/**
 * Opens the app (optionally at a route) and waits for the wasm to render.
 * A new profile opens on the quick check (tests/e2e/quick.test.mjs); these
 * tests go on to the full form.
 */
async function open(page, hash = "") {
  await page.goto(app.server.url + hash);
  if (hash === "#/rules") await page.waitForSelector(".rules-page");
  else {
    await page.waitForSelector('[data-tier="innovative"]');
    await fullForm(page);
  }
}

/** "完善详细信息" when the quick check is showing. */
async function fullForm(page) {
  const next = page.locator("[data-full-form]");
  if ((await next.count()) > 0) {
    await next.click();
    await page.waitForSelector(".profile-form");
  }
}

/** Collects the page's securitypolicyviolation events into the session list. */
async function collectCsp(page, name) {
  const list = await page.evaluate(() => window.__csp || []);
  for (const v of list) cspReports.push(`${name}: event: ${v}`);
  return list;
}

const control = (page, path) => page.locator(`[name="${path}"]`);

async function cards(page) {
  return page.$$eval("[data-tier]", (els) =>
    Object.fromEntries(
      els.map((e) => [e.dataset.tier, { score: e.dataset.score, qualified: e.dataset.qualified, verdict: e.dataset.verdict }]),
    ),
  );
}

/** Waits until the card of `tier` shows `attr` = `value`, then checks it. */
async function expectCard(page, tier, attr, value) {
  const sel = `[data-tier="${tier}"]`;
  try {
    await page.waitForFunction(
      ([sel, attr, value]) => document.querySelector(sel)?.getAttribute(attr) === value,
      [sel, attr, value],
      { timeout: 3000 },
    );
  } catch {
    // fall through to a readable assertion
  }
  assert.equal(await page.getAttribute(sel, attr), value, `${sel} ${attr}`);
}

/** The innovative score once rendering has settled after an edit. */
async function scoreAfter(page, tier, action) {
  const sel = `[data-tier="${tier}"]`;
  await action();
  // Yew renders on its scheduler; two animation frames are plenty.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  return page.getAttribute(sel, "data-score");
}

/** The profile's leaves as [dotted path, value], in document order. */
function leaves(obj, prefix = "") {
  const out = [];
  for (const [k, v] of Object.entries(obj)) {
    const path = prefix ? `${prefix}.${k}` : k;
    if (v !== null && typeof v === "object" && !Array.isArray(v)) out.push(...leaves(v, path));
    else out.push([path, v]);
  }
  return out;
}

/** Fills the form with a profile document, the way a user would. */
async function fillProfile(page, doc) {
  for (const [path, value] of leaves(doc)) {
    if (path === "format" || value === null) continue;
    if (path === "qualifications.honors") {
      if (value.length === 0) await page.check("#honor-none");
      continue;
    }
    if (Array.isArray(value)) {
      assert.equal(value.length, 0, `fillProfile cannot fill ${path}`);
      continue;
    }
    const el = control(page, path);
    assert.equal(await el.count(), 1, `one control named ${path}`);
    const tag = await el.evaluate((e) => e.tagName);
    if (tag === "SELECT") await el.selectOption(String(value));
    else await el.fill(String(value));
  }
}

async function setDate(page, date) {
  await page.fill("#assessment-date", date);
  await page.waitForFunction((d) => document.querySelector(".rulebook-line")?.textContent.includes(d), date);
}

function exampleSelect(page) {
  return page.locator("select", { has: page.locator('option[value="edge-innovative"]') });
}

async function loadExample(page, key) {
  const before = await page.locator(".profile-select option").count();
  await exampleSelect(page).selectOption(key);
  await page.waitForFunction((n) => document.querySelectorAll(".profile-select option").length === n + 1, before);
}

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

test("CSP: strict policy in dist/index.html, no violation in the page", async (t) => {
  const html = readFileSync(join(DIST, "index.html"), "utf8");
  const meta = html.match(/<meta[^>]*http-equiv=["']?Content-Security-Policy["']?[^>]*>/i);
  assert.ok(meta, "a CSP meta tag");
  const content = meta[0].match(/content=(?:"([^"]*)"|'([^']*)')/i);
  assert.ok(content, "CSP content attribute");
  const policy = content[1] ?? content[2];
  const directives = Object.fromEntries(
    policy.split(";").map((d) => d.trim()).filter(Boolean).map((d) => {
      const [name, ...values] = d.split(/\s+/);
      return [name, values];
    }),
  );
  assert.deepEqual(directives["default-src"], ["'self'"]);
  assert.deepEqual(directives["connect-src"], ["'self'"]);
  assert.ok(directives["script-src"], "script-src present");
  assert.ok(!directives["script-src"].includes("'unsafe-inline'"), "no 'unsafe-inline' in script-src");
  assert.ok(!directives["script-src"].includes("'unsafe-eval'"), "no 'unsafe-eval' in script-src");
  assert.ok(!html.includes("__CSP__"), "placeholder replaced");

  const { page } = await fresh(t);
  await open(page);
  await loadExample(page, "edge-srdi");
  for (const name of ["提升建议", "地方激励", "评分明细"]) await page.getByRole("tab", { name }).click();
  await page.getByRole("button", { name: "English" }).click();
  await page.evaluate(() => (location.hash = "#/rules"));
  await page.waitForSelector(".rules-page");
  assert.deepEqual(await collectCsp(page, t.name), [], "no securitypolicyviolation");
  assert.deepEqual(cspReports, [], "no CSP report in the console over the session so far");
});

test("accessibility: axe finds nothing serious or critical", async (t) => {
  const axe = readFileSync(join(ROOT, "node_modules/axe-core/axe.min.js"), "utf8");
  const { page } = await fresh(t);
  const run = async (label) => {
    // page.evaluate goes through the DevTools protocol, which the page's CSP does not govern.
    if (!(await page.evaluate(() => typeof window.axe === "object"))) await page.evaluate(axe);
    const result = await page.evaluate(() => window.axe.run(document, { resultTypes: ["violations"] }));
    assert.ok(result.passes.length > 10, `axe really ran on ${label}`);
    const minor = result.violations.filter((v) => v.impact !== "serious" && v.impact !== "critical");
    if (minor.length) t.diagnostic(`[${label}] below serious: ${minor.map((v) => `${v.impact} ${v.id} (${v.nodes.length})`).join(", ")}`);
    return result.violations
      .filter((v) => v.impact === "serious" || v.impact === "critical")
      .map((v) => `[${label}] ${v.impact} ${v.id}: ${v.help}\n    ${v.nodes.slice(0, 5).map((n) => n.target.join(" ")).join("\n    ")}${v.nodes.length > 5 ? `\n    … ${v.nodes.length} nodes` : ""}`);
  };
  const found = [];
  await open(page);
  await loadExample(page, "edge-srdi");
  await expectCard(page, "srdi", "data-score", "60");
  found.push(...(await run("calculator, example 2")));
  await page.getByRole("tab", { name: "提升建议" }).click();
  await page.locator(".advice, .tab-panel .good").first().waitFor();
  found.push(...(await run("advice tab")));
  await page.getByRole("tab", { name: "地方激励" }).click();
  // The loaded panel (the policies arrive after the first score).
  await page.locator(".incentives [data-incentives-min]").waitFor();
  found.push(...(await run("incentives tab")));
  await page.evaluate(() => (location.hash = "#/rules"));
  await page.waitForSelector(".rules-page");
  found.push(...(await run("rules page")));
  if (found.length) t.diagnostic(found.join("\n"));
  assert.deepEqual(found, [], `axe violations:\n${found.join("\n")}`);
});

test("screenshot of the calculator with example 2 (1400×1000)", async (t) => {
  const { page } = await fresh(t, { viewport: { width: 1400, height: 1000 } });
  await open(page);
  await loadExample(page, "edge-srdi");
  await expectCard(page, "srdi", "data-score", "60");
  await page.locator(".tier-cards").waitFor();
  await page.evaluate(() => document.fonts.ready);
  await page.waitForTimeout(300); // the advice follows 150 ms after the last edit
  const png = await page.screenshot();
  writeFileSync(join(OUT, "screenshot.png"), png);
  assert.ok(png.length > 10_000, "a real screenshot");
  assert.deepEqual([png.readUInt32BE(16), png.readUInt32BE(20)], [1400, 1000], "1400×1000");
  if (process.env.SCREENSHOT === "1") {
    writeFileSync(join(ROOT, "docs", "screenshot.png"), png);
    t.diagnostic(`wrote ${join(ROOT, "docs", "screenshot.png")}`);
  }
});

test("keyboard: Tab reaches the language switch and the first field; ArrowRight moves between result tabs", async (t) => {
  const { page } = await fresh(t);
  await open(page);
  await page.evaluate(() => document.activeElement?.blur());
  const order = [];
  let langAt = -1;
  let fieldAt = -1;
  for (let i = 0; i < 400 && fieldAt < 0; i++) {
    await page.keyboard.press("Tab");
    const el = await page.evaluate(() => {
      const a = document.activeElement;
      return { tag: a?.tagName, name: a?.getAttribute("name"), text: a?.textContent?.trim().slice(0, 20), lang: a?.closest(".lang-switch") !== null };
    });
    order.push(el.name || el.text || el.tag);
    if (el.lang && langAt < 0) langAt = i;
    if (el.name === "company.name") fieldAt = i;
  }
  t.diagnostic(`tab order: ${order.join(" | ")}`);
  assert.ok(langAt >= 0, "Tab reaches the language switch");
  assert.ok(fieldAt >= 0, "Tab reaches the first form field (company.name)");
  assert.ok(langAt < fieldAt, "language switch before the form");

  const tabs = page.getByRole("tab");
  assert.equal(await tabs.count(), 3);
  await tabs.nth(0).focus();
  await page.keyboard.press("ArrowRight");
  await page.waitForFunction(() => document.activeElement?.id === "tab-1");
  assert.equal(await tabs.nth(1).getAttribute("aria-selected"), "true");
  assert.equal(await tabs.nth(0).getAttribute("aria-selected"), "false");
  assert.equal(await tabs.nth(0).getAttribute("tabindex"), "-1", "roving tabindex");
  await page.keyboard.press("ArrowRight");
  await page.waitForFunction(() => document.activeElement?.id === "tab-2");
  assert.equal(await tabs.nth(2).getAttribute("aria-selected"), "true");
  assert.equal(await page.getAttribute('[role="tabpanel"]', "aria-labelledby"), "tab-2");
  await page.keyboard.press("ArrowRight");
  await page.waitForFunction(() => document.activeElement?.id === "tab-0", null, { timeout: 2000 });
  assert.equal(await tabs.nth(0).getAttribute("aria-selected"), "true", "wraps around");
});

// Runs last: it judges every request of the whole session.
test("privacy: every request of the session went to this origin only", async (t) => {
  const { page } = await fresh(t);
  await open(page, "#/rules");
  await open(page);
  assert.ok(app.server.requests.length > 0 && pageRequests.length > 0, "the session made requests");
  for (const url of app.server.requests) assert.match(url, /^\/(?!\/)/, `server saw an origin-relative path: ${url}`);
  const foreign = pageRequests.filter(({ url }) => {
    if (url.startsWith("data:") || url.startsWith("blob:")) return false;
    return new URL(url).origin !== app.origin;
  });
  assert.deepEqual(foreign, [], "requests to another origin");
  assert.ok(pageRequests.every(({ url }) => url.startsWith("data:") || url.startsWith("blob:") || new URL(url).hostname === "127.0.0.1"));
  assert.deepEqual(pageErrors, [], "no uncaught page errors over the session");
  assert.deepEqual(cspReports, [], "no CSP report over the session");
});
