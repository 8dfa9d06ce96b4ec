// What the app suites share (app.test.mjs, app-page.test.mjs): the app under
// test, a fresh context per test watched for requests, CSP reports and page
// errors (judged by the privacy check each suite ends with), and the
// page's hooks as small helpers.

import { test, before } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, mkdirSync, writeFileSync } from "node:fs";
import { dirname, resolve, join } from "node:path";
import { fileURLToPath } from "node:url";
import { appUnderTest } from "./harness.mjs";
import { leaves } from "./profile-doc.mjs";

export { leaves };

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
export const DIST = resolve(ROOT, process.env.DIST || "dist");
export const OUT = join(ROOT, "target", "e2e");

export const STRONG = JSON.parse(readFileSync(join(ROOT, "tests/golden/bases/strong.json"), "utf8"));
// The date of the golden cases on the strong base (tests/golden/*.toml).
export const STRONG_DATE = "2025-06-30";
export const EXAMPLE_SRDI = JSON.parse(readFileSync(join(ROOT, "examples/edge-srdi.json"), "utf8"));
export const RULEBOOK_2022 = "工信部企业〔2022〕63号";

export const app = appUnderTest(DIST);
// Everything the pages asked for, and every CSP report, over the session.
export const pageRequests = [];
export const cspReports = [];
export const pageErrors = [];

before(() => mkdirSync(OUT, { recursive: true }));

/** A fresh context and page, watched for requests, CSP reports and errors. */
export async function fresh(t, options = {}) {
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
export async function open(page, hash = "") {
  await page.goto(app.server.url + hash);
  if (hash === "#/rules") await page.waitForSelector(".rules-page");
  else {
    await page.waitForSelector('[data-tier="innovative"]');
    await fullForm(page);
  }
}

/** "完善详细信息" when the quick check is showing. */
export async function fullForm(page) {
  const next = page.locator("[data-full-form]");
  if ((await next.count()) > 0) {
    await next.click();
    await page.waitForSelector(".profile-form");
  }
}

/** Collects the page's securitypolicyviolation events into the session list. */
export async function collectCsp(page, name) {
  const list = await page.evaluate(() => window.__csp || []);
  for (const v of list) cspReports.push(`${name}: event: ${v}`);
  return list;
}

export const control = (page, path) => page.locator(`[name="${path}"]`);

export async function cards(page) {
  return page.$$eval("[data-tier]", (els) =>
    Object.fromEntries(
      els.map((e) => [e.dataset.tier, { score: e.dataset.score, qualified: e.dataset.qualified, verdict: e.dataset.verdict }]),
    ),
  );
}

/** Waits until the card of `tier` shows `attr` = `value`, then checks it. */
export async function expectCard(page, tier, attr, value) {
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
export async function scoreAfter(page, tier, action) {
  const sel = `[data-tier="${tier}"]`;
  await action();
  // Yew renders on its scheduler; two animation frames are plenty.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  return page.getAttribute(sel, "data-score");
}

/** Fills the form with a profile document, the way a user would. */
export async function fillProfile(page, doc) {
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

export async function setDate(page, date) {
  await page.fill("#assessment-date", date);
  await page.waitForFunction((d) => document.querySelector(".rulebook-line")?.textContent.includes(d), date);
}

export function exampleSelect(page) {
  return page.locator("select", { has: page.locator('option[value="edge-innovative"]') });
}

export async function loadExample(page, key) {
  const before = await page.locator(".profile-select option").count();
  await exampleSelect(page).selectOption(key);
  await page.waitForFunction((n) => document.querySelectorAll(".profile-select option").length === n + 1, before);
}


/** Registers the privacy check; call it last: it judges every request, page
 * error and CSP report of the suite. */
export function privacyCheck() {
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
}
