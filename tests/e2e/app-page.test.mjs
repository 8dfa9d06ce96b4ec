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

privacyCheck();
