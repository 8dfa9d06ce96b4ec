// End-to-end tests of the consultant tools on the built app (dist/):
// scenarios, share links, the portfolio (a generated 10,000-row CSV), and
// offline use through the service worker.
//
//   trunk build --release && node --test tests/e2e/

import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { serve } from "./server.mjs";
import { appUnderTest } from "./harness.mjs";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const DIST = resolve(ROOT, process.env.DIST || "dist");
const STORAGE_KEY = "sme-calc.v1";

const app = appUnderTest(DIST);

async function fresh(options = {}) {
  const context = await app.browser.newContext({ viewport: { width: 1400, height: 1000 }, ...options });
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(app.server.url);
  await page.waitForSelector("[data-tier]");
  return { context, page, errors };
}

async function openExample(page, key) {
  await page.locator(".examples select").selectOption(key);
  await page.waitForFunction((k) => document.querySelector(".profile-select select")?.selectedOptions[0]?.textContent.includes("示例"), key);
}

test("scenario: a plan beside its base shows each tier's and indicator's change", async () => {
  const { context, page, errors } = await fresh();
  await openExample(page, "edge-srdi");
  await page.getByRole("button", { name: "新建方案" }).click();
  await page.waitForSelector("[data-scenario]");
  // No change yet: every delta is zero.
  assert.equal(await page.getAttribute('[data-scenario-tier="srdi"]', "data-delta"), "±0");
  // R&D from 120 to 400 万元 on revenue 4000: 附件1 ind. 2 goes from 3% (15) to
  // 10% (20) = +5; 附件2 ind. 11 from 2 to 8 (amount band B; ratio 10% gives
  // 10) = +8.
  await page.fill('[name="financials.rd_expense.y1"]', "400");
  await page.waitForFunction(() => document.querySelector('[data-scenario-tier="srdi"]')?.dataset.delta === "+8");
  assert.equal(await page.getAttribute('[data-scenario-tier="innovative"]', "data-delta"), "+5");
  assert.equal(await page.getAttribute('[data-scenario-tier="srdi"]', "data-verdict-plan"), "qualified");
  const deltas = await page.locator("[data-indicator-delta]").evaluateAll((els) => els.map((e) => e.dataset.indicatorDelta));
  assert.ok(deltas.includes("annex1_ind2_rd_ratio") && deltas.includes("annex2_ind11_rd_input"), deltas.join(","));
  assert.match(await page.textContent("[data-scenario]"), /研发费用总额：120 → 400/);
  // The base is untouched.
  await page.getByRole("button", { name: "打开原档案" }).click();
  await page.waitForFunction(() => !document.querySelector("[data-scenario]"));
  assert.equal(await page.inputValue('[name="financials.rd_expense.y1"]'), "120");
  assert.deepEqual(errors, []);
  await context.close();
});

test("scenario: advice tried on a copy becomes a scenario of the profile", async () => {
  const { context, page } = await fresh();
  await openExample(page, "edge-innovative");
  await page.getByRole("tab", { name: "提升建议" }).click();
  // A change that gains points (the first may only meet a condition).
  await page.locator(".changes li", { has: page.locator(".gain", { hasText: /^\+/ }) }).first().locator("button").click();
  await page.waitForSelector("[data-scenario]");
  const plans = await page.locator("[data-scenario-tier]").evaluateAll((els) => els.map((e) => e.dataset.delta));
  assert.ok(plans.some((d) => d.startsWith("+")), `some tier gains: ${plans}`);
  await context.close();
});

test("share link: round-trips a profile in a fresh browser; a tampered link is refused and nothing stored changes", async () => {
  const { context, page } = await fresh();
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: new URL(app.server.url).origin });
  await openExample(page, "edge-little-giant");
  await page.getByRole("button", { name: "分享链接" }).click();
  const link = await page.getAttribute("[data-share-url]", "data-share-url", { timeout: 5000 });
  const hash = link.slice(link.indexOf("#") + 1);
  // Readable summary first, and short even percent-encoded.
  assert.match(decodeURIComponent(hash), /^share\/示例三：小巨人临界·创新✔专精✔巨人✔\//);
  assert.ok(encodeURI(link).length < 2000, `link of ${encodeURI(link).length} characters`);
  // Everything after # stays in the browser: the server never sees it.
  assert.ok(app.server.requests.every((u) => !u.includes("share/")));
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), link);
  const expected = await page.locator("[data-tier]").evaluateAll((els) => els.map((e) => [e.dataset.tier, e.dataset.verdict, e.dataset.score]));

  const other = await app.browser.newContext();
  const p2 = await other.newPage();
  await p2.goto(link);
  await p2.waitForSelector("[data-shared-view]");
  const got = await p2.locator("[data-tier]").evaluateAll((els) => els.map((e) => [e.dataset.tier, e.dataset.verdict, e.dataset.score]));
  assert.deepEqual(got, expected);
  // Nothing stored until "save as my own" (the app saves its own blank
  // profile a moment after it opens; wait for that first).
  await p2.waitForFunction((k) => localStorage.getItem(k) !== null, STORAGE_KEY);
  const storedBefore = await p2.evaluate((k) => localStorage.getItem(k), STORAGE_KEY);
  assert.ok(!storedBefore || !storedBefore.includes("示例三"));

  // One character altered: refused with a clear message, storage untouched.
  const i = link.length - 10;
  const tampered = link.slice(0, i) + (link[i] === "A" ? "B" : "A") + link.slice(i + 1);
  await p2.goto(tampered);
  await p2.reload();
  await p2.waitForSelector("[data-share-error]");
  assert.match(await p2.textContent("[data-share-error]"), /损坏|damaged/);
  assert.equal(await p2.evaluate((k) => localStorage.getItem(k), STORAGE_KEY), storedBefore);
  // A foreign fragment is refused too.
  await p2.goto(app.server.url + "#share/x/9notours");
  await p2.reload();
  await p2.waitForSelector("[data-share-error]");

  // Save as my own: it becomes a profile of this browser.
  await p2.goto(link);
  await p2.reload();
  await p2.getByRole("button", { name: "另存为我的档案" }).click();
  await p2.waitForSelector('[name="company.name"]');
  assert.equal(await p2.inputValue('[name="company.name"]'), "示例三：小巨人临界");
  await other.close();
  await context.close();
});

test("side by side: two scenarios and their base open in columns with their differences marked", async () => {
  const { context, page, errors } = await fresh();
  await openExample(page, "edge-srdi");
  await page.getByRole("button", { name: "新建方案" }).click();
  await page.waitForSelector("[data-scenario]");
  await page.fill('[name="financials.rd_expense.y1"]', "400");
  await page.waitForFunction(() => document.querySelector('[data-scenario-tier="srdi"]')?.dataset.delta === "+8");
  await page.getByRole("button", { name: "新建方案" }).click();
  await page.waitForFunction(() => document.querySelectorAll(".profile-select option").length >= 4);
  await page.fill('[name="ip.class1"]', "9");
  await page.waitForTimeout(400);
  await page.getByRole("link", { name: "方案对比" }).click();
  await page.waitForSelector("[data-side-by-side]");
  // The base and both scenarios, in columns.
  assert.equal(await page.getAttribute("[data-side-by-side]", "data-side-by-side"), "3");
  const names = await page.locator(".side-by-side thead .col-name").allTextContents();
  assert.equal(names.length, 3);
  assert.ok(names.every((n) => (n.match(/（/g) || []).length === (n.match(/）/g) || []).length), names.join(" | "));
  // What differs is marked, with a sign and words, not colour alone.
  const rd = page.locator('[data-sbs-input="研发费用总额"][data-differs="true"]');
  assert.equal(await rd.count(), 1);
  assert.match(await rd.textContent(), /≠.*120.*400.*400/);
  assert.equal(await page.getAttribute('[data-sbs-input="Ⅰ类知识产权（与主导产品相关）"]', "data-differs"), "true");
  assert.equal(await page.getAttribute('[data-sbs-tier="srdi"]', "data-differs"), "true");
  const verdicts = await page.locator('[data-sbs-tier="srdi"] [data-verdict]').evaluateAll((els) => els.map((e) => e.dataset.verdict));
  assert.deepEqual(verdicts, ["qualified", "qualified", "qualified"]);
  // Only the differing inputs by default; everything on request.
  assert.equal(await page.locator('[data-sbs-input][data-differs="false"]').count(), 0);
  await page.uncheck("#sbs-only-differing");
  assert.ok((await page.locator('[data-sbs-input][data-differs="false"]').count()) > 10);
  assert.equal(await page.locator('[data-sbs-input="所属行业"] td').first().textContent(), "工业");
  // Down to two columns: uncheck one.
  await page.locator("[data-sbs-pick]").nth(2).uncheck();
  await page.waitForFunction(() => document.querySelector("[data-side-by-side]")?.dataset.sideBySide === "2");
  assert.ok((await page.locator("[data-sbs-next] li").count()) >= 0);
  assert.deepEqual(errors, []);
  await context.close();
});

test("share link: a scenario's link opens as that scenario beside its base; saved, it stays a scenario", async () => {
  const { context, page } = await fresh();
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: new URL(app.server.url).origin });
  await openExample(page, "edge-srdi");
  await page.getByRole("button", { name: "新建方案" }).click();
  await page.waitForSelector("[data-scenario]");
  await page.fill('[name="financials.rd_expense.y1"]', "400");
  await page.waitForFunction(() => document.querySelector('[data-scenario-tier="srdi"]')?.dataset.delta === "+8");
  // A long name with brackets.
  await page.getByRole("button", { name: "重命名" }).click();
  await page.fill("#rename-input", "示例二：专精特新临界（60 分）（方案：研发费用增加到 400 万元并申请两项发明专利）");
  await page.locator("form.rename").getByRole("button", { name: "保存" }).click();
  await page.getByRole("button", { name: "分享链接" }).click();
  const link = await page.getAttribute("[data-share-url]", "data-share-url", { timeout: 5000 });
  const summary = decodeURIComponent(link.slice(link.indexOf("#") + 1)).split("/")[1];
  assert.ok(summary.includes("…"), summary);
  assert.equal((summary.match(/（/g) || []).length, (summary.match(/）/g) || []).length, summary);
  assert.ok(encodeURI(link).length < 2500, `link of ${encodeURI(link).length} characters`);

  const other = await app.browser.newContext();
  const p2 = await other.newPage();
  await p2.goto(link);
  await p2.waitForSelector("[data-shared-view]");
  assert.equal(await p2.getAttribute("[data-shared-title]", "data-shared-title"),
    "方案：示例二：专精特新临界（60 分）（方案：研发费用增加到 400 万元并申请两项发明专利），基于 示例二：专精特新临界（60 分）");
  // Beside its base, with the change.
  await p2.waitForSelector("[data-scenario]");
  assert.equal(await p2.getAttribute('[data-scenario-tier="srdi"]', "data-delta"), "+8");
  await p2.getByRole("button", { name: "另存为我的档案" }).click();
  await p2.waitForSelector("[data-scenario]");
  assert.equal(await p2.inputValue('[name="financials.rd_expense.y1"]'), "400");
  const options = await p2.locator(".profile-select option").allTextContents();
  assert.ok(options.some((o) => o.includes("↳") && o.includes("方案：研发费用增加到 400 万元")), options.join(" | "));
  await other.close();
  await context.close();
});

test("client pack: the printed PDF page lists the input figures with their calendar years and one 暂定 per rulebook line", async () => {
  const { context, page, errors } = await fresh();
  await openExample(page, "edge-srdi");
  await page.selectOption("#rulebook-choice", "miit-2026");
  await page.fill("#assessment-date", "2026-12-05");
  await page.locator("#assessment-date").dispatchEvent("change");
  await page.waitForTimeout(500);
  await page.emulateMedia({ media: "print" });
  const text = await page.locator(".print-report").innerText();
  assert.match(text, /研发费用总额（2025 年）/);
  assert.match(text, /研发费用总额（2024 年）/);
  const line = text.split("\n").find((x) => x.includes("2026 年办法"));
  assert.ok(line, text.slice(0, 400));
  assert.equal((line.match(/暂定/g) || []).length, 1, line);
  assert.match(text, /本结果为自评，非认定/, "the cover says it is a self-assessment");
  assert.match(text, /相关地方政策及其状态/, "the policies with their status");
  const pdf = await page.pdf({ format: "A4", preferCSSPageSize: true });
  assert.ok(pdf.length > 10000);
  // What the client reads is the PDF: its words, as pdftotext extracts them.
  const words = pdfWords(pdf);
  assert.match(words, /本结果为自评，非认定/, "PDF: the cover's notice");
  assert.match(words, /研发费用总额（2025\s*年）/, "PDF: input figures with their calendar year");
  const pdfLine = words.split("\n").find((x) => /2026\s*年办法/.test(x));
  assert.ok(pdfLine, "PDF: the rulebook line");
  assert.equal((pdfLine.match(/暂定/g) || []).length, 1, pdfLine);
  assert.match(words, /有效（至|未写明有效期|已于 .* 到期|已被 .* 取代/, "PDF: a policy's status in words");
  assert.deepEqual(errors, []);
  await context.close();
});

test("client pack: a profile with two scenarios prints them side by side, names and scores, in the PDF", async () => {
  const { context, page, errors } = await fresh();
  await openExample(page, "edge-srdi");
  const scenario = async (name, field, value) => {
    const entries = await page.locator(".profile-select option").count();
    await page.getByRole("button", { name: "新建方案" }).click();
    await page.waitForFunction((n) => document.querySelectorAll(".profile-select option").length > n, entries);
    await page.waitForSelector("[data-scenario]");
    await page.getByRole("button", { name: "重命名" }).click();
    await page.fill("#rename-input", name);
    await page.locator("form.rename").getByRole("button", { name: "保存" }).click();
    await page.fill(`[name="${field}"]`, value);
  };
  await scenario("加大研发", "financials.rd_expense.y1", "400");
  await page.waitForFunction(() => document.querySelector('[data-scenario-tier="srdi"]')?.dataset.delta === "+8");
  await scenario("再加专利", "ip.class1", "9");
  // The pack follows once typing pauses (150 ms).
  await page.waitForSelector('[data-print-scenarios="3"]', { state: "attached" });
  const srdi = await page.locator('.print-scenarios [data-sbs-tier="srdi"] td').allTextContents();
  const scores = srdi.map((t) => t.match(/\d+(–\d+)?$/)?.[0]);
  assert.equal(scores.length, 3);
  assert.notEqual(scores[0], scores[1], "the plan changes the 专精特新 score");
  await page.emulateMedia({ media: "print" });
  const pdf = await page.pdf({ format: "A4", preferCSSPageSize: true });
  if (process.env.PACK_PDF) writeFileSync(process.env.PACK_PDF, pdf); // to look at by eye
  const words = pdfWords(pdf);
  const section = words.slice(words.indexOf("方案对比"));
  assert.ok(words.includes("方案对比"), "PDF: the comparison's heading");
  assert.match(section, /加大研发/, "PDF: the first scenario's name");
  assert.match(section, /再加专利/, "PDF: the second scenario's name");
  // Each column's 专精特新 score among the verdicts (a row's label may wrap
  // onto several lines of text, so the scores are looked for in the part).
  const verdicts = section.slice(section.indexOf("评估结论"), section.indexOf("企业数据"));
  for (const s of scores) assert.match(verdicts, new RegExp(`符合\\s+${s}(\\s|$)`), `PDF: score ${s} in ${verdicts}`);
  assert.match(section, /≠/, "PDF: what differs is marked by a sign, not colour alone");
  assert.deepEqual(errors, []);
  await context.close();
});

/** The text of a PDF (poppler's pdftotext, installed by scripts/setup.sh). */
function pdfWords(pdf) {
  const dir = mkdtempSync(join(tmpdir(), "pack-"));
  const file = join(dir, "pack.pdf");
  writeFileSync(file, pdf);
  return execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" });
}

// A company per row, varied deterministically, headers in Chinese.
function generatedCsv(rows) {
  const header = ["企业名称", "省份", "城市", "所属行业", "职工总数", "研发人员", "从事特定细分市场年限",
    "营业收入总额（上年度）", "营业收入总额（上上年度）", "主营业务收入（上年度）", "主营业务收入（上上年度）", "主营业务收入（前年度）",
    "研发费用总额（上年度）", "研发费用总额（上上年度）", "净利润（上年度）", "资产总额（上年度）", "负债总额（上年度）",
    "Ⅰ类知识产权（与主导产品相关）", "Ⅱ类知识产权", "研发机构级别", "数字化水平等级"];
  const lines = [header.join(",")];
  let x = 12345;
  const rnd = (n) => ((x = (x * 1103515245 + 12345) % 2147483648), x % n);
  for (let i = 0; i < rows; i++) {
    const rev = 1000 + rnd(20000);
    const emp = 20 + rnd(400);
    lines.push([`企业${i}`, "山东省", ["临沂市", "枣庄市", "威海市"][i % 3], "工业", emp, Math.floor(emp * rnd(40) / 100), rnd(12),
      rev, Math.floor(rev * 0.9), Math.floor(rev * 0.8), Math.floor(rev * 0.72), Math.floor(rev * 0.65),
      Math.floor(rev * rnd(9) / 100), Math.floor(rev * rnd(9) / 100), Math.floor(rev * rnd(12) / 100), rev + rnd(9000), Math.floor(rev * rnd(60) / 100),
      rnd(6), rnd(20), ["none", "municipal", "provincial"][i % 3], 1 + rnd(3)].join(","));
  }
  // One row with an error, and one formula-injection name.
  lines.push(["坏行", "山东省", "临沂市", "工业", "abc", 1, 1, 100, 90, 80, 70, 60, 5, 5, 1, 200, 50, 0, 0, "none", 1].join(","));
  lines.push(["=cmd|' /C calc'!A0", "山东省", "临沂市", "工业", 50, 5, 3, 100, 90, 80, 70, 60, 5, 5, 1, 200, 50, 0, 0, "none", 1].join(","));
  return lines.join("\n");
}

test("portfolio: a generated 10,000-row CSV scores in the page, keeps its bad row marked, and exports", async () => {
  const { context, page, errors } = await fresh({ acceptDownloads: true });
  await page.goto(app.server.url + "#/portfolio");
  await page.waitForSelector(".portfolio-page");
  const csv = generatedCsv(10_000);
  const t0 = Date.now();
  await page.setInputFiles("#portfolio-files", { name: "companies.csv", mimeType: "text/csv", buffer: Buffer.from(csv, "utf8") });
  await page.waitForSelector("[data-portfolio-done]", { timeout: 60_000 });
  const wall = Date.now() - t0;
  const done = Number(await page.getAttribute("[data-portfolio-done]", "data-portfolio-done"));
  const ms = Number(await page.getAttribute("[data-portfolio-ms]", "data-portfolio-ms"));
  console.log(`# portfolio: ${done} companies scored in ${ms} ms in the page (${wall} ms from file chosen to table shown)`);
  // Every row is in the table, the bad one too, marked with its error in
  // words (row, the column as written, what to write).
  assert.equal(done, 10_002);
  await page.check("#portfolio-errors-only");
  await page.waitForFunction(() => document.querySelector("[data-portfolio-shown]").dataset.portfolioShown === "1");
  const bad = page.locator('[data-portfolio-row="10002"]');
  assert.equal(await bad.getAttribute("data-row-errors"), "1");
  assert.match(await bad.textContent(), /坏行.*第 10002 行“职工总数”：请输入整数/);
  // The page and the export state the date and the rulebook.
  const basis = await page.textContent(".portfolio-basis");
  assert.match(basis, /评估日期 \d{4}-\d{2}-\d{2} · 适用规则：/);
  assert.ok((basis.match(/暂定/g) || []).length <= 1, basis);
  await page.uncheck("#portfolio-errors-only");
  // Find by name: the count says how many rows show.
  await page.fill("#portfolio-filter", "企业99");
  await page.waitForFunction(() => document.querySelector("[data-portfolio-shown]").dataset.portfolioShown === "111");
  assert.equal(await page.locator("[data-portfolio-row]").count(), 111);
  assert.match(await page.textContent("[data-portfolio-shown]"), /显示 111 \/ 10002 家/);
  await page.getByRole("button", { name: "清除筛选" }).click();
  // Export: UTF-8 with BOM, one line per company, the formula neutralised,
  // reasons in words, date and rulebook on every row.
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "导出 CSV" }).click()]);
  const exported = readFileSync(await download.path(), "utf8");
  assert.ok(exported.startsWith("\ufeff行号,企业名称"));
  const lines = exported.trim().split(/\r\n/);
  assert.equal(lines.length, 10_003);
  assert.ok(lines[0].includes("原因") && lines[0].endsWith("数据问题,评估日期,适用规则"), lines[0]);
  assert.ok(exported.includes(",'=cmd|' /C calc'!A0,"), "formula neutralised");
  assert.ok(lines.some((l) => l.startsWith("10002,坏行,") && l.includes("“职工总数”：请输入整数")));
  const [json] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "导出 JSON" }).click()]);
  assert.equal(JSON.parse(readFileSync(await json.path(), "utf8")).rows.length, 10_002);
  // Open a row as a profile.
  await page.locator('[data-portfolio-row="2"] button').click();
  await page.waitForSelector('[name="company.name"]');
  assert.equal(await page.inputValue('[name="company.name"]'), "企业0");
  assert.deepEqual(errors, []);
  await context.close();
});

test("portfolio: the summary counts verdicts; a verdict filter shows only the rows it names and says how many", async () => {
  const { context, page, errors } = await fresh();
  await page.goto(app.server.url + "#/portfolio");
  await page.waitForSelector(".portfolio-page");
  await page.setInputFiles("#portfolio-files", { name: "companies.csv", mimeType: "text/csv", buffer: Buffer.from(generatedCsv(300), "utf8") });
  await page.waitForSelector("[data-portfolio-summary]");
  // The counts of all rows, read before any filter (the summary then
  // covers the filtered rows).
  const counts = await page.locator("[data-summary-verdict]").evaluateAll((els) =>
    els.map((e) => [e.closest("tr").dataset.summaryTier, e.dataset.summaryVerdict, Number(e.dataset.count)]));
  assert.ok(counts.length >= 9, JSON.stringify(counts));
  let checked = 0;
  for (const [tier, verdict, n] of counts) {
    {
      if (n === 0) continue;
      await page.selectOption("#portfolio-verdict", `${tier}:${verdict}`);
      await page.waitForFunction((n) => document.querySelector("[data-portfolio-shown]").dataset.portfolioShown === String(n), n);
      const shown = await page.locator(`[data-portfolio-row] [data-tier="${tier}"]`).evaluateAll((els) => els.map((e) => e.dataset.verdict));
      assert.equal(shown.length, Math.min(n, 200), `${tier}:${verdict}`);
      assert.ok(shown.every((v) => v === verdict), `${tier}:${verdict} shows ${[...new Set(shown)]}`);
      assert.match(await page.textContent("[data-portfolio-shown]"), new RegExp(`显示 ${n} / 302 家`));
      // The select shows what filters.
      assert.equal(await page.inputValue("#portfolio-verdict"), `${tier}:${verdict}`);
      checked++;
    }
  }
  assert.ok(checked >= 4, `${checked} verdict filters checked`);
  // A count in the summary is a button that filters to it.
  await page.selectOption("#portfolio-verdict", "");
  const cell = page.locator('[data-summary-verdict="not_qualified"]').last();
  const n = await cell.getAttribute("data-count");
  await cell.locator("button").click();
  await page.waitForFunction((n) => document.querySelector("[data-portfolio-shown]").dataset.portfolioShown === n, n);
  // The incentives total and the common unmet conditions are there.
  assert.match(await page.textContent("[data-portfolio-summary]"), /地方激励合计：[\d.]+ 万元/);
  assert.ok((await page.locator(".summary-unmet li").count()) > 0);
  // On a 1920 px screen the page uses the width.
  await page.setViewportSize({ width: 1920, height: 1000 });
  const width = await page.evaluate(() => document.querySelector(".portfolio-page").getBoundingClientRect().width);
  assert.ok(width > 1700, `portfolio page ${width} px wide on a 1920 px screen`);
  assert.deepEqual(errors, []);
  await context.close();
});

test("portfolio: Chinese words in the choice columns score every row; a bad value keeps its row, named in Chinese", async () => {
  const { context, page, errors } = await fresh();
  await page.goto(app.server.url + "#/portfolio");
  await page.waitForSelector(".portfolio-page");
  const csv = ["企业名称,省份,城市,所属行业,研发机构级别,近三年科技奖励,获得 ISO9001 等质量管理体系认证,职工总数,研发人员",
    "甲,山东省,临沂市,制造业,省级,国家级,是,100,10",
    "乙,山东省,枣庄市,工业,国家级,无,否,80,8",
    "丙,广东省,广州市,软件和信息技术服务业,银河级,省级,有,40,4"].join("\n");
  await page.setInputFiles("#portfolio-files", { name: "c.csv", mimeType: "text/csv", buffer: Buffer.from(csv, "utf8") });
  await page.waitForSelector("[data-portfolio-done]");
  assert.equal(await page.getAttribute("[data-portfolio-done]", "data-portfolio-done"), "3");
  assert.equal(await page.getAttribute('[data-portfolio-row="2"]', "data-row-errors"), "0");
  assert.equal(await page.getAttribute('[data-portfolio-row="3"]', "data-row-errors"), "0");
  const bad = await page.textContent('[data-portfolio-row="4"] .row-errors');
  assert.match(bad, /第 4 行“研发机构级别”：无效选项“银河级”，可填：国家级；省级（省部级）；市级；市级以下；未建立研发机构/);
  assert.doesNotMatch(bad, /provincial|national|none/);
  // Still scored on what it says.
  assert.ok((await page.locator('[data-portfolio-row="4"] [data-tier]').count()) >= 3);
  assert.deepEqual(errors, []);
  await context.close();
});

test("portfolio: a GBK-encoded CSV is read with a notice", async () => {
  const { context, page } = await fresh();
  await page.goto(app.server.url + "#/portfolio");
  await page.waitForSelector(".portfolio-page");
  // "企业名称,职工总数\n甲,10\n" in GBK.
  const gbk = Buffer.from("c6f3d2b5c3fbb3c62cd6b0b9a4d7dccafd0abcd72c31300a", "hex");
  await page.setInputFiles("#portfolio-files", { name: "gbk.csv", mimeType: "text/csv", buffer: gbk });
  await page.waitForSelector("[data-portfolio-done]");
  assert.match(await page.textContent(".portfolio-page"), /不是 UTF-8 编码/);
  await context.close();
});

test("offline: after the first visit the app loads from the service worker with the server stopped", async () => {
  const own = await serve(DIST);
  const context = await app.browser.newContext();
  const page = await context.newPage();
  await page.goto(own.url);
  await page.waitForSelector("[data-tier]");
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  // Reload once so the worker controls the page, then stop the server.
  await page.reload();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await page.locator(".examples select").selectOption("edge-srdi");
  await page.waitForSelector('[data-tier="srdi"][data-score="60"]');
  await own.close();
  await page.reload();
  await page.waitForSelector('[data-tier="srdi"][data-score="60"]');
  // Still works: typing updates the score with no server at all.
  await page.fill('[name="financials.rd_expense.y1"]', "400");
  await page.waitForSelector('[data-tier="srdi"][data-score="68"]');
  assert.match(await page.textContent(".versions"), /构建：[0-9a-f]{12}/);
  await context.close();
});
