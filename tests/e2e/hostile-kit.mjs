// What the hostile-input suites share (hostile.test.mjs, hostile-storage.test.mjs):
// the app under test, a fresh context per test with its page errors
// collected, every request of the session (for the privacy check each
// suite ends with), and the page's hooks as small helpers.

import { test } from "node:test";
import assert from "node:assert/strict";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { appUnderTest } from "./harness.mjs";

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
export const DIST = resolve(ROOT, process.env.DIST || "dist");
export const KEY = "sme-calc.v1";
// A fixed assessment date, so the rulebook (and the scores) do not depend on today.
export const DATE = "2025-06-30";
export const MB = 1024 * 1024;

export const app = appUnderTest(DIST);
// Every request any page, worker or context made over the session.
export const requests = [];

/**
 * A fresh context and page. `init` (a function, with `arg`) runs before the
 * app's scripts on every load. `errors` collects uncaught page errors and
 * crashes; each test ends with `noErrors`.
 */
export async function fresh(t, { init, arg, ...options } = {}) {
  const context = await app.browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  t.after(() => context.close());
  context.on("request", (r) => requests.push({ test: t.name, url: r.url() }));
  if (init) await context.addInitScript(init, arg);
  const errors = [];
  const watch = (page) => {
    page.setDefaultTimeout(5000);
    page.on("pageerror", (e) => errors.push(`pageerror: ${e.message}`));
    page.on("crash", () => errors.push("the page crashed"));
  };
  context.on("page", watch);
  const page = await context.newPage();
  return { context, page, errors };
}

export function noErrors(errors) {
  assert.deepEqual(errors, [], "no uncaught page error, no crash");
}

/** Opens the app (optionally at a route) and waits for the wasm to render. */
export async function open(page, hash = "") {
  await page.goto(app.server.url + hash);
  if (hash.startsWith("#/portfolio")) await page.waitForSelector(".portfolio-page");
  else if (hash.startsWith("#share/")) await page.waitForSelector("[data-share-error], [data-shared-view]");
  else {
    await page.waitForSelector('[data-tier="innovative"]');
    // A new profile opens on the quick check; these tests use the full form.
    const next = page.locator("[data-full-form]");
    if ((await next.count()) > 0) {
      await next.click();
      await page.waitForSelector(".profile-form");
    }
  }
}

export const control = (page, path) => page.locator(`[name="${path}"]`);
export const errorOf = (path) => `#f-${path.replaceAll(".", "-")}-err`;

/** Two animation frames: Yew has rendered whatever the last event caused. */
export const settle = (page) => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));

export const score = (page, tier = "innovative") => page.getAttribute(`[data-tier="${tier}"]`, "data-score");

export async function waitScore(page, tier, value) {
  await page
    .waitForFunction(([t, v]) => document.querySelector(`[data-tier="${t}"]`)?.dataset.score === v, [tier, value], { timeout: 3000 })
    .catch(() => {});
  assert.equal(await score(page, tier), value, `${tier} data-score`);
}

export async function setDate(page, date) {
  await page.fill("#assessment-date", date);
  await page.waitForFunction((d) => document.querySelector(".rulebook-line")?.textContent.includes(d), date);
}

/** Every key and value in the page's localStorage, sorted by key. */
export const storageSnapshot = (page) =>
  page.evaluate(() => Object.keys(localStorage).sort().map((k) => [k, localStorage.getItem(k)]));

/** The saved state (parsed), or null while nothing readable is saved yet
 *  (saves are debounced, so a seeded unreadable value may still be there). */
export const savedState = (page) =>
  page.evaluate((k) => {
    try {
      return JSON.parse(localStorage.getItem(k) ?? "null");
    } catch {
      return null;
    }
  }, KEY);

export function activeEntry(state) {
  return state.entries.find((e) => e.id === state.active) ?? state.entries[0];
}

/** Waits until the saved state satisfies `pred` (the app saves in an effect). */
export async function waitSaved(page, pred, what) {
  const t0 = Date.now();
  let state;
  while (Date.now() - t0 < 5000) {
    state = await savedState(page);
    if (state && pred(state)) return state;
    await page.waitForTimeout(50);
  }
  assert.fail(`saved state never showed ${what}: ${JSON.stringify(state)?.slice(0, 300)}`);
}

/** A minimal RFC 4180 reader: rows of cells. */
export function parseCsv(text) {
  const rows = [];
  let row = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") row.push(cell), (cell = "");
    else if (c === "\n" || c === "\r") {
      if (c === "\r" && text[i + 1] === "\n") i++;
      row.push(cell), rows.push(row), (row = []), (cell = "");
    } else cell += c;
  }
  if (cell !== "" || row.length) row.push(cell), rows.push(row);
  return rows;
}

export async function givePortfolio(page, name, buffer) {
  await page.setInputFiles("#portfolio-files", { name, mimeType: name.endsWith(".json") ? "application/json" : "text/csv", buffer });
}

/** The portfolio table: [{row, name, region}] of the rows shown and scored
 * (a row whose cells could not be placed stays in the table, unscored). */
export const portfolioRows = (page) =>
  page.$$eval("[data-portfolio-row]", (trs) =>
    trs
      .filter((tr) => tr.querySelector("[data-tier]"))
      .map((tr) => ({ row: Number(tr.dataset.portfolioRow), name: tr.querySelector(".company-name").textContent, region: tr.children[2].textContent })),
  );
export const errorRows = (page) =>
  page.$$eval("[data-error-row]", (trs) => trs.map((tr) => ({ row: Number(tr.dataset.errorRow), text: tr.textContent })));

/** Registers the privacy check; call it last: it judges every request of the suite. */
export function privacyCheck() {
  test("privacy: every request of the session went to the test server only", async () => {
    assert.ok(requests.length > 0 && app.server.requests.length > 0, "the session made requests");
    const foreign = requests.filter(({ url }) => !/^(data|blob):/.test(url) && new URL(url).origin !== app.origin);
    assert.deepEqual(foreign, [], "requests to another origin");
    for (const url of app.server.requests) assert.match(url, /^\/(?!\/)/, `the server saw an origin-relative path: ${url}`);
  });
}
