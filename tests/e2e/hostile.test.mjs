// Hostile input, end to end, on the built app (dist/) in headless Chromium:
// absurd numbers typed into money fields, oversized and deeply nested
// files, broken and malicious CSVs (storage and share links:
// hostile-storage.test.mjs; helpers: hostile-kit.mjs). The rule throughout: a clear message, the page
// keeps working, and nothing stored is lost.
//
//   trunk build --release && node --test tests/e2e/hostile.test.mjs
//
// DIST=path  the built app to test (default: dist/ at the repo root)
//
// Every test gets a fresh browser context (its own localStorage). The hooks
// are those of docs/spec/profile-format.md ("In the page"): controls by
// `name` = profile path, `data-tier` / `data-score` on the verdict cards;
// plus `.field-error` / `aria-invalid` (field messages), `[data-storage-error]`
// (storage notice), `[data-share-error]` (refused share link), `#import-file`,
// `#portfolio-files`, `[data-portfolio-done]`, `[data-error-row]`.

import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import {
  ROOT,
  DIST,
  KEY,
  DATE,
  MB,
  app,
  requests,
  fresh,
  noErrors,
  open,
  control,
  errorOf,
  settle,
  score,
  waitScore,
  setDate,
  storageSnapshot,
  savedState,
  activeEntry,
  waitSaved,
  parseCsv,
  givePortfolio,
  portfolioRows,
  errorRows,
  privacyCheck,
} from "./hostile-kit.mjs";

// ---------------------------------------------------------------------------
// Typing

test("money fields: huge, negative and non-numeric input get a message at the field; full-width digits and thousands separators are accepted; the last valid profile survives a reload", async (t) => {
  const { page, errors } = await fresh(t);
  await open(page);
  await setDate(page, DATE);
  await control(page, "financials.operating_revenue.y1").fill("10000");
  const path = "financials.rd_expense.y1";
  const rd = control(page, path);
  const err = page.locator(errorOf(path));

  // R&D 300 and 1200 on revenue 10000 (3% and 12%) fall in different bands.
  await rd.fill("300");
  await settle(page);
  const s300 = await score(page);
  await rd.fill("1200");
  await settle(page);
  const s1200 = await score(page);
  assert.notEqual(s300, s1200, "the two reference values score differently");

  // Accepted: read as 1200, no message.
  for (const typed of ["１２００", "1,200", "1，200", "１,２００", "1 200"]) {
    await rd.fill("300");
    await waitScore(page, "innovative", s300);
    await rd.fill(typed);
    await waitScore(page, "innovative", s1200);
    assert.equal(await err.count(), 0, `no message for ${JSON.stringify(typed)}`);
    assert.equal(await rd.getAttribute("aria-invalid"), "false", `${JSON.stringify(typed)} is valid`);
  }
  await rd.fill("1200");
  await waitScore(page, "innovative", s1200);

  // Refused: a message at the field, what was typed is kept, the score stays.
  const huge500 = "9".repeat(500);
  const refused = [
    ["1e40", /过大|too large/],
    ["99999999999999999999999999999", /过大|too large/],
    [huge500, /过大|too large/],
    ["1e13", /过大|too large/],
    ["-5", /负|negative/],
    ["-0.01", /负|negative/],
    ["abc", /数字|number/],
    ["12abc", /数字|number/],
    ["NaN", /数字|number/],
    ["Infinity", /数字|number/],
    ["0x10", /数字|number/],
  ];
  const unclear = [];
  for (const [typed, expected] of refused) {
    const label = typed.length > 40 ? `${typed.length}-digit number` : JSON.stringify(typed);
    await rd.fill(typed);
    await err.waitFor({ timeout: 3000 });
    assert.equal(await rd.getAttribute("aria-invalid"), "true", `${label}: aria-invalid`);
    assert.equal(await err.getAttribute("class"), "field-error", `${label}: .field-error`);
    assert.ok((await rd.getAttribute("aria-describedby")).split(" ").includes(errorOf(path).slice(1)), `${label}: the control is described by its message`);
    assert.equal(await rd.inputValue(), typed, `${label}: what was typed is kept`);
    await settle(page);
    assert.equal(await score(page), s1200, `${label}: the score keeps the last valid value`);
    const text = await err.textContent();
    if (!expected.test(text)) unclear.push(`${label} → "${text}" (expected ${expected})`);
    // Back to the valid value: the message goes.
    await rd.fill("1200");
    await err.waitFor({ state: "detached", timeout: 3000 });
  }

  // A signed money field (净利润): negatives are fine, absurd magnitudes are not.
  const np = control(page, "financials.net_profit.y1");
  await np.fill("-50");
  await settle(page);
  assert.equal(await page.locator(errorOf("financials.net_profit.y1")).count(), 0, "a loss is accepted");
  await np.fill("-1e40");
  await page.locator(errorOf("financials.net_profit.y1")).waitFor({ timeout: 3000 });
  const npText = await page.locator(errorOf("financials.net_profit.y1")).textContent();
  if (!/过大|too large/.test(npText)) unclear.push(`net_profit "-1e40" → "${npText}" (expected /过大|too large/)`);
  await np.fill("-50");

  // Leave a refused 500-digit draft in the field, then reload.
  await rd.fill(huge500);
  await err.waitFor();
  await waitSaved(page, (s) => activeEntry(s).drafts?.[path] === huge500, "the draft");
  await page.reload();
  await page.waitForSelector('[data-tier="innovative"]');
  await waitScore(page, "innovative", s1200);
  const saved = activeEntry(await savedState(page));
  assert.equal(Number(saved.profile.financials.rd_expense.y1), 1200, "the stored profile keeps the last valid R&D figure");
  assert.equal(Number(saved.profile.financials.operating_revenue.y1), 10000, "and the revenue");
  assert.equal(Number(saved.profile.financials.net_profit.y1), -50, "and the loss");
  assert.equal(await control(page, "financials.operating_revenue.y1").inputValue(), "10000");
  assert.equal(await rd.inputValue(), huge500, "what was typed is still shown after the reload");
  assert.equal(await rd.getAttribute("aria-invalid"), "true", "with its message");
  noErrors(errors);
  assert.deepEqual(unclear, [], `messages that do not say what is wrong:\n${unclear.join("\n")}`);
});

// ---------------------------------------------------------------------------
// Files

test("import: a 10 MB file is refused with a message; the current profile and storage are untouched", async (t) => {
  const { page, errors } = await fresh(t);
  await open(page);
  await control(page, "company.name").fill("现有企业");
  await control(page, "financials.rd_expense.y1").fill("123");
  await waitSaved(page, (s) => activeEntry(s).profile.company.name === "现有企业" && Number(activeEntry(s).profile.financials.rd_expense.y1) === 123, "the edits");
  const stored = await storageSnapshot(page);
  const scores = await score(page);

  // Valid JSON, padded to 10 MB: refused for its size, not parsed.
  const big = Buffer.from(`{"format":"sme-profile/1","company":{"name":"巨型文件"},"pad":"${"x".repeat(10 * MB)}"}`);
  const t0 = Date.now();
  await page.setInputFiles("#import-file", { name: "huge.json", mimeType: "application/json", buffer: big });
  const alert = page.locator('[role="alert"]');
  await alert.waitFor({ timeout: 10_000 });
  const text = await alert.textContent();
  t.diagnostic(`refused in ${Date.now() - t0} ms: ${text}`);
  assert.match(text, /huge\.json/, "the message names the file");
  assert.match(text, /过大|2 MB|too large/, "and says it is too large");
  assert.equal(await control(page, "company.name").inputValue(), "现有企业");
  assert.equal(await control(page, "financials.rd_expense.y1").inputValue(), "123");
  assert.equal(await page.locator(".profile-select option").count(), 1, "no profile added");
  assert.equal(await score(page), scores);
  await settle(page);
  assert.deepEqual(await storageSnapshot(page), stored, "localStorage unchanged");
  // The page still works.
  await control(page, "financials.operating_revenue.y1").fill("1000");
  await page.waitForFunction((s) => document.querySelector('[data-tier="innovative"]')?.dataset.score !== s, scores);
  noErrors(errors);
});

test("import: JSON nested 100,000 levels deep gets a clear message and no crash; a wrong type names the field path", async (t) => {
  const { page, errors } = await fresh(t);
  await open(page);
  await control(page, "company.name").fill("现有企业");
  await control(page, "financials.rd_expense.y1").fill("123");
  await waitSaved(page, (s) => activeEntry(s).profile.company.name === "现有企业", "the edits");
  const stored = await storageSnapshot(page);
  const options = () => page.locator(".profile-select option").count();
  const alert = page.locator('[role="alert"]');

  async function refused(name, text, expected) {
    await page.setInputFiles("#import-file", { name, mimeType: "application/json", buffer: Buffer.from(text) });
    await page.waitForFunction((n) => document.querySelector('[role="alert"]')?.textContent.includes(n), name, { timeout: 10_000 });
    const msg = await alert.textContent();
    t.diagnostic(`${name}: ${msg}`);
    assert.match(msg, /无法导入/, `${name}: says the import failed`);
    assert.match(msg, /当前档案未改动/, `${name}: says the current profile is unchanged`);
    assert.match(msg, expected, `${name}: says what is wrong`);
    assert.equal(await options(), 1, `${name}: no profile added`);
    assert.equal(await control(page, "company.name").inputValue(), "现有企业", `${name}: the form is untouched`);
    return msg;
  }

  const N = 100_000;
  // Deep inside a field whose value is free-form (an achievement's attributes).
  await refused(
    "deep-achievement.json",
    `{"format":"sme-profile/1","achievements":[{"kind":"standard","x":${"[".repeat(N)}${"]".repeat(N)}}]}`,
    /第 \d+ 行第 \d+ 列|recursion/,
  );
  // Objects within objects: the document never gets to its format tag.
  await refused("deep-object.json", `${'{"a":'.repeat(N)}1${"}".repeat(N)}`, /format|sme-profile\/1/);
  // Deep where a string is expected: the message names the field.
  await refused("deep-name.json", `{"format":"sme-profile/1","company":{"name":${"[".repeat(N)}${"]".repeat(N)}}}`, /company\.name/);
  // Arrays within arrays at the root: not a profile document at all. The
  // message should say so (parse.rs means `[…]` to read as "not a profile"),
  // not point at an element "[0]" of something that is not a profile.
  const rootMsg = await refused("deep-array.json", `${"[".repeat(N)}${"]".repeat(N)}`, /./);

  // Wrong types: the message names the field's dotted path.
  await refused("wrong-type.json", '{"format":"sme-profile/1","financials":{"rd_expense":{"y1":"abc"}}}', /financials\.rd_expense\.y1/);
  await refused("wrong-count.json", '{"format":"sme-profile/1","company":{"employees":"many"}}', /company\.employees/);
  await refused("wrong-choice.json", '{"format":"sme-profile/1","qualifications":{"rd_institution":{"x":1}}}', /qualifications\.rd_institution/);
  await refused("wrong-achievement.json", '{"format":"sme-profile/1","achievements":[{"kind":"standard","count":"x"}]}', /achievements\[0\]/);

  // Deep nesting under a key the format does not know: unknown keys are
  // ignored by the spec, so importing is fine; what matters is no crash.
  await page.setInputFiles("#import-file", {
    name: "deep-unknown.json",
    mimeType: "application/json",
    buffer: Buffer.from(`{"format":"sme-profile/1","company":{"name":"深层未知字段"},"x":${"[".repeat(N)}${"]".repeat(N)}}`),
  });
  await page.waitForFunction(
    () => document.querySelectorAll(".profile-select option").length === 2 || document.querySelector('[role="alert"]')?.textContent.includes("deep-unknown"),
    null,
    { timeout: 10_000 },
  );
  t.diagnostic(`deep-unknown.json: ${(await options()) === 2 ? "imported (unknown key ignored)" : await alert.textContent()}`);

  // The page still works and nothing stored was lost.
  await page.locator(".profile-select select").selectOption({ index: 0 });
  await page.waitForFunction(() => document.querySelector('[name="company.name"]')?.value === "现有企业");
  assert.equal(await control(page, "financials.rd_expense.y1").inputValue(), "123");
  const kept = activeEntry(await savedState(page));
  assert.equal(kept.profile.company.name, "现有企业");
  assert.equal(Number(kept.profile.financials.rd_expense.y1), 123);
  if ((await options()) === 1) assert.deepEqual(await storageSnapshot(page), stored);
  noErrors(errors);
  assert.match(rootMsg, /sme-profile\/1|JSON 对象|object|不是企业档案/, `a root array reads as "not a profile document": ${rootMsg}`);
});

/** About 10 MB of plausible company rows. */
function tenMegabyteCsv() {
  const lines = ["企业名称,省份,城市,所属行业,职工总数,研发人员,营业收入总额（上年度）,研发费用总额（上年度）,净利润（上年度）"];
  let size = 0;
  for (let i = 0; size < 10 * MB; i++) {
    const line = `企业${i},山东省,临沂市,工业,${50 + (i % 300)},${i % 40},${1000 + (i % 9000)},${i % 500},${(i % 200) - 50}`;
    lines.push(line);
    size += Buffer.byteLength(line) + 1;
  }
  return { buffer: Buffer.from(lines.join("\n")), rows: lines.length - 1 };
}

test("portfolio: a 10 MB CSV is scored without freezing or crashing the page", async (t) => {
  const { page, errors } = await fresh(t);
  await open(page, "#/portfolio");
  const { buffer, rows } = tenMegabyteCsv();
  const t0 = Date.now();
  await givePortfolio(page, "ten-megabytes.csv", buffer);
  // While it scores, the page answers (it works in slices).
  let slowest = 0;
  let probes = 0;
  while (!(await page.locator("[data-portfolio-done]").count()) && Date.now() - t0 < 60_000) {
    const p0 = Date.now();
    await page.evaluate(() => document.querySelector("[data-progress]")?.dataset.progress);
    if (probes++ > 0) slowest = Math.max(slowest, Date.now() - p0); // the first probe waits for the file to be read
    await page.waitForTimeout(250);
  }
  await page.waitForSelector("[data-portfolio-done]", { timeout: 1000 });
  const wall = Date.now() - t0;
  const done = Number(await page.getAttribute("[data-portfolio-done]", "data-portfolio-done"));
  t.diagnostic(`${buffer.length} bytes, ${rows} rows: ${done} scored in ${wall} ms; slowest answer while scoring ${slowest} ms`);
  assert.equal(done, rows, "every row scored");
  assert.ok(slowest < 2000, `the page kept answering while scoring (slowest ${slowest} ms)`);
  assert.deepEqual((await portfolioRows(page)).slice(0, 2).map((r) => r.name), ["企业0", "企业1"]);
  noErrors(errors);
});

test("portfolio: a 10 MB CSV of one giant cell, and 10 MB of random bytes, are handled (scored or a clear message), no crash", async (t) => {
  const { page, errors } = await fresh(t);
  await open(page, "#/portfolio");
  // One company whose name is 3.5 million characters (10.5 MB in UTF-8).
  const t0 = Date.now();
  await givePortfolio(page, "one-cell.csv", Buffer.from(`企业名称,职工总数\n${"甲".repeat(3.5 * MB)},10\n`));
  await page.waitForSelector("[data-portfolio-done]", { timeout: 60_000 });
  t.diagnostic(`one giant cell: handled in ${Date.now() - t0} ms: ${(await page.textContent("[data-portfolio-done]")).slice(0, 80)}`);

  // 10 MB of noise (not UTF-8, no usable header).
  const noise = Buffer.alloc(10 * MB);
  let x = 7;
  for (let i = 0; i < noise.length; i++) (x = (x * 1103515245 + 12345) & 0x7fffffff), (noise[i] = x >> 16);
  const t1 = Date.now();
  await givePortfolio(page, "noise.csv", noise);
  await page.waitForFunction(() => document.querySelector(".portfolio-page")?.textContent.includes("noise.csv"), null, { timeout: 60_000 });
  await page.waitForSelector("[data-portfolio-done]", { timeout: 60_000 });
  const notes = await page.locator(".portfolio-page .notice").allTextContents();
  const done = Number(await page.getAttribute("[data-portfolio-done]", "data-portfolio-done"));
  t.diagnostic(`noise: handled in ${Date.now() - t1} ms; ${done} "companies" scored; notes: ${notes.map((n) => n.slice(0, 80)).join(" | ")}`);
  assert.ok(notes.some((n) => /noise\.csv/.test(n) && /UTF-8|无法识别|unrecognised/.test(n)), "a notice says the file is not what was expected");
  // No column of its "header" is known: the file is refused as a whole
  // (row 1 listed), rather than scored as thousands of blank companies.
  assert.equal(done, 0, "nothing scored from noise");
  assert.ok((await errorRows(page)).some((e) => e.row === 1 && /表头|header/.test(e.text)), "the header is named as the problem");
  // The page still works: a good file after it is scored.
  await givePortfolio(page, "good.csv", Buffer.from("企业名称,职工总数\n乙,10\n"));
  await page.waitForFunction(() => document.querySelector("[data-portfolio-done]")?.dataset.portfolioDone === "1");
  noErrors(errors);
});

test("portfolio: ragged rows (too few / too many cells) are listed as errors; the valid rows are scored", async (t) => {
  const { page, errors } = await fresh(t);
  await open(page, "#/portfolio");
  const csv = [
    "企业名称,职工总数,研发人员,营业收入总额（上年度）",
    "甲,100,10,500", // row 2: valid
    "乙,50,5", // row 3: one cell short
    "丙,60,6,600,9,9", // row 4: two cells too many
    "丁,70,7,700", // row 5: valid
    "戊公司,有限,80,8,800", // row 6: an unquoted comma in the name shifts every cell
  ].join("\n");
  await givePortfolio(page, "ragged.csv", Buffer.from(csv));
  await page.waitForSelector("[data-portfolio-done]");
  const scored = await portfolioRows(page);
  const listed = await errorRows(page);
  t.diagnostic(`scored: ${JSON.stringify(scored.map((r) => [r.row, r.name]))}; errors: ${JSON.stringify(listed)}`);
  const scoredRows = scored.map((r) => r.row);
  assert.ok(scoredRows.includes(2) && scoredRows.includes(5), "the valid rows 2 and 5 are scored");
  const errorRowSet = new Set(listed.map((e) => e.row));
  assert.ok(errorRowSet.has(6), "row 6 (shifted cells) is listed");
  assert.ok(errorRowSet.has(3), "row 3 (one cell short) is listed, not scored as if the cell were blank");
  assert.ok(errorRowSet.has(4), "row 4 (two cells too many) is listed, not scored with its extra cells dropped");
  for (const r of [3, 4, 6]) assert.ok(!scoredRows.includes(r), `row ${r} is not scored`);
  noErrors(errors);
});

test("portfolio: an unclosed quote does not swallow the rows after it; its row is listed, the valid rows are scored", async (t) => {
  const { page, errors } = await fresh(t);
  await open(page, "#/portfolio");
  const csv = [
    "企业名称,职工总数,研发人员,营业收入总额（上年度）",
    "甲,100,10,500", // row 2: valid
    '"乙,50,5,600', // row 3: a quote opened and never closed
    "丙,60,6,700", // row 4: valid
    "丁,70,7,800", // row 5: valid
  ].join("\n");
  await givePortfolio(page, "broken-quote.csv", Buffer.from(csv));
  await page.waitForSelector("[data-portfolio-done]");
  const scored = await portfolioRows(page);
  const listed = await errorRows(page);
  t.diagnostic(`scored: ${JSON.stringify(scored.map((r) => [r.row, r.name]))}; errors: ${JSON.stringify(listed)}`);
  assert.ok(scored.some((r) => r.row === 2 && r.name === "甲"), "row 2 is scored");
  for (const r of scored) assert.ok(!/[\n,]/.test(r.name), `no company is scored from several lines glued together: ${JSON.stringify(r.name)}`);
  assert.ok(listed.some((e) => e.row === 3), "the row with the broken quote is listed as an error");
  // Every line of the file is accounted for: scored, or listed as an error.
  const seen = new Set([...scored.map((r) => r.row), ...listed.map((e) => e.row)]);
  assert.deepEqual([2, 3, 4, 5].filter((r) => !seen.has(r)), [], "no row silently lost");
  noErrors(errors);
});

test("portfolio: formula-injection cells are neutralised in the exported CSV", async (t) => {
  const { page, errors } = await fresh(t, { acceptDownloads: true });
  await open(page, "#/portfolio");
  const hostile = ["=cmd|' /C calc'!A0", "+1+1", "-2+3", "@SUM(A1)", '=HYPERLINK("http://127.0.0.1:9/x","点我")', "=1+2", "-x"];
  const q = (s) => (/[",\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s);
  const csv = [
    "企业名称,省份,城市,职工总数",
    `${q(hostile[0])},山东省,临沂市,10`,
    `${q(hostile[1])},${q(hostile[5])},${q(hostile[3])},10`,
    `${q(hostile[2])},${q(hostile[6])},${q(hostile[1])},10`,
    `${q(hostile[3])},山东省,临沂市,10`,
    `${q(hostile[4])},山东省,临沂市,10`,
    `"\t=1+1",山东省,临沂市,10`,
    "普通公司,山东省,临沂市,10",
  ].join("\r\n");
  await givePortfolio(page, "formulas.csv", Buffer.from(csv));
  await page.waitForSelector("[data-portfolio-done]");
  assert.equal(await page.getAttribute("[data-portfolio-done]", "data-portfolio-done"), "7", "every row scored");
  // Shown as text in the page.
  assert.ok((await portfolioRows(page)).some((r) => r.name === hostile[0]), "the cell is shown as typed");

  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "导出 CSV" }).click()]);
  const exported = readFileSync(await download.path(), "utf8");
  assert.ok(exported.startsWith("\ufeff"), "UTF-8 with BOM");
  const rows = parseCsv(exported.slice(1));
  const header = rows[0];
  const cols = ["企业名称", "省份", "城市"].map((h) => header.indexOf(h));
  assert.ok(cols.every((i) => i >= 0), `header: ${header}`);
  const bad = [];
  for (const row of rows.slice(1)) {
    for (const i of cols) {
      const cell = row[i];
      if (/^[=+\-@\t\r]/.test(cell)) bad.push(`${header[i]}: ${JSON.stringify(cell)}`);
    }
  }
  assert.deepEqual(bad, [], "no exported text cell starts with = + - @ tab or CR");
  const cells = rows.slice(1).flatMap((r) => cols.map((i) => r[i]));
  for (const h of hostile) assert.ok(cells.includes(`'${h}`), `${JSON.stringify(h)} exported as '${h}`);
  assert.ok(cells.includes("普通公司") && cells.includes("山东省"), "ordinary text is not prefixed");
  noErrors(errors);
});

privacyCheck();
