// End-to-end checks of the built app (dist/) as a whole page, in headless
// Chromium: the Content-Security-Policy, accessibility (axe), the README's
// screenshot and keyboard use. Split from app.test.mjs (same helpers,
// app-kit.mjs).
//
//   trunk build --release && node --test tests/e2e/app-page.test.mjs
//
// SCREENSHOT=1  also write docs/screenshot.png (the README embeds it)

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
import { PROFILE_TOGGLE, SETTINGS_TOGGLE, firstScreen } from "./phone.mjs";

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

// A phone (390×844): the first screen holds the first question; the
// profile actions wait behind 档案与导出, which the keyboard opens and
// walks through as it does any toolbar; a name typed in a closed fold stays.
test("phone keyboard: 档案与导出 opens with Enter, Tab walks every profile action, a closed fold keeps what was typed", async (t) => {
  const { page } = await fresh(t, { viewport: { width: 390, height: 844 } });
  await page.goto(app.server.url);
  await page.waitForSelector("#f-company-industry");
  const first = await firstScreen(page);
  assert.ok(first.question.bottom <= 844, `the first question ends at ${first.question.bottom} px`);
  const focused = () =>
    page.evaluate(() => {
      const a = document.activeElement;
      const label = a?.id ? document.querySelector(`label[for="${a.id}"]`)?.textContent.trim() : null;
      return { inPanel: !!a?.closest("#profile-actions"), name: a?.getAttribute("aria-label") || label || a?.textContent.trim().slice(0, 12), toggle: a?.matches(".fold-toggle") ? a.getAttribute("aria-controls") : null };
    });
  let at = null;
  for (let i = 0; i < 30 && at?.toggle !== "profile-actions"; i++) {
    await page.keyboard.press("Tab");
    at = await focused();
    assert.equal(at.inPanel, false, "nothing in the closed fold takes focus");
  }
  assert.equal(at.toggle, "profile-actions", "Tab reaches 档案与导出");
  await page.keyboard.press("Enter");
  assert.equal(await page.getAttribute(PROFILE_TOGGLE, "aria-expanded"), "true", "Enter opens it");
  const walked = [];
  for (;;) {
    await page.keyboard.press("Tab");
    const f = await focused();
    if (!f.inPanel) break;
    walked.push(f.name);
  }
  t.diagnostic(`Tab in the open fold: ${walked.join(" | ")}`);
  // 删除 is disabled with one profile (at least one is kept).
  for (const want of ["选择企业档案", "新建", "新建方案", "复制", "重命名", "导入 JSON", "导出 JSON", "打开示例…", "分享链接", "打印报告"]) {
    assert.ok(walked.some((n) => n.startsWith(want)), `Tab reaches ${want}: ${walked.join(" | ")}`);
  }
  await page.getByRole("button", { name: "重命名" }).press("Enter");
  await page.locator("#rename-input").fill("甲公司");
  await page.locator(PROFILE_TOGGLE).press("Space");
  assert.equal(await page.getAttribute(PROFILE_TOGGLE, "aria-expanded"), "false", "Space closes it");
  assert.equal(await page.locator("#rename-input").isVisible(), false, "the rename box folded away");
  await page.locator(PROFILE_TOGGLE).press("Enter");
  assert.equal(await page.locator("#rename-input").inputValue(), "甲公司", "what was typed is still there");
  await page.locator("#rename-input").press("Enter");
  await page.waitForFunction(() => document.querySelector(".profile-select select option:checked")?.textContent.includes("甲公司"));
  assert.match(await page.locator(PROFILE_TOGGLE).innerText(), /甲公司/, "the button names the profile");
  // The settings fold: the date and the rules in its words, opened by keyboard.
  assert.match(await page.locator(SETTINGS_TOGGLE).innerText(), /评估日期 \d{4}-\d{2}-\d{2} · 适用规则：/);
  await page.locator(SETTINGS_TOGGLE).press("Enter");
  assert.equal(await page.locator("#assessment-date").isVisible(), true, "the date opens with the fold");
});

privacyCheck();
