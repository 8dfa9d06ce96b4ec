// The local policy catalog as a data asset (issue 16 item 2): the wasm's
// first load carries no policy, no non-monetary measure and no 领跑者 list;
// the page fetches /data/catalog-<hash>.bin (all three) after the first score. Until it has arrived every place that shows
// incentives says so; a failed fetch offers 重试; the service worker keeps
// it, so after one visit everything works with the network gone.
//
//   trunk build --release && node --test tests/e2e/catalog.test.mjs

import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { appUnderTest } from "./harness.mjs";
import { serve } from "./server.mjs";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const DIST = resolve(ROOT, process.env.DIST || "dist");
const app = appUnderTest(DIST);
const ASSET = /\/data\/catalog-[0-9a-f]{16}\.bin$/;

/** A context without the service worker (it would fetch the asset itself),
 * errors collected. */
async function fresh(t) {
  const context = await app.browser.newContext({ serviceWorkers: "block", viewport: { width: 1280, height: 900 } });
  t.after(() => context.close());
  const page = await context.newPage();
  page.setDefaultTimeout(10000);
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  return { context, page, errors };
}

/** Opens the app, goes on to the full form, loads example 2 (天津, a
 * national standard led: the 天津 policies pay for it). */
async function openExample(page, url) {
  await page.goto(url);
  await page.waitForSelector('[data-tier="innovative"]');
  const full = page.locator("[data-full-form]");
  if ((await full.count()) > 0) await full.click();
  await page.locator(".examples select").selectOption("edge-srdi");
  await page.waitForSelector('[data-tier="srdi"][data-score="60"]');
}

// The phone's summary bar (hidden at this width, the same line).
const summaryBar = (page) => page.getAttribute(".phone-bar", "data-summary");

test("catalog: the panels say the policies are loading, then show the amounts", async (t) => {
  const { page, errors } = await fresh(t);
  let release;
  const held = new Promise((ok) => (release = ok));
  const asked = [];
  await page.route(ASSET, async (route) => {
    asked.push(route.request().url());
    await held;
    await route.continue();
  });
  await openExample(page, app.server.url);
  // The scores are there; the incentives say they are loading, everywhere.
  assert.match(await page.textContent(".incentive-line [data-catalog=loading]"), /正在加载地方政策…/);
  assert.match(await summaryBar(page), /激励 加载中…/);
  await page.getByRole("tab", { name: "地方激励" }).click();
  assert.match(await page.textContent(".incentives [data-catalog=loading]"), /正在加载地方政策…/);
  assert.equal(await page.locator("[data-incentives-total], [data-incentives-min]").count(), 0);
  assert.equal(asked.length, 1, "one fetch of the asset");

  release();
  await page.waitForSelector(".incentives [data-incentives-min]");
  const total = await page.getAttribute("[data-incentives-total]", "data-incentives-total");
  assert.ok(Number(total) > 0, `a total in 万元 once the policies are there: ${total}`);
  assert.equal(await page.locator("[data-catalog]").count(), 0, "no loading text left");
  // The non-monetary measures came in the same asset (an SRDI SME has some).
  assert.ok((await page.locator(".incentives ul.measures li").count()) > 0, "the measures listed");
  assert.doesNotMatch(await summaryBar(page), /加载中/);
  assert.match(await summaryBar(page), /激励 [\d.]+/);
  assert.deepEqual(errors, []);
});

test("catalog: the 领跑者 page says its lists are loading, then searches them", async (t) => {
  const { page, errors } = await fresh(t);
  let release;
  const held = new Promise((ok) => (release = ok));
  await page.route(ASSET, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(`${app.server.url}#/forerunner`);
  await page.waitForSelector(".forerunner-page");
  assert.match(await page.textContent(".forerunner-page [data-catalog=loading]"), /正在加载“领跑者”名单…/);
  assert.equal(await page.locator(".forerunner-page ol.path li").count(), 0);
  await page.fill("#area-search", "电池");
  assert.equal(await page.locator("[data-key-area]").count(), 0, "no result before the lists are there");

  release();
  await page.waitForSelector(".forerunner-page ol.path li");
  // The search typed meanwhile is answered once they arrive: 电池 is in both lists.
  await page.waitForSelector("[data-key-area]");
  assert.equal(await page.locator("[data-key-area]").count(), 2);
  assert.match(await page.textContent(".forerunner-page .help"), /2021 \(202 个领域\).*2022 \(240 个领域\)/);
  await page.fill("#grain-search", "花生油");
  await page.waitForSelector("#grain-title ~ table tbody tr");
  assert.equal(await page.locator(".forerunner-page [data-catalog]").count(), 0, "no loading text left");
  assert.deepEqual(errors, []);
});

test("catalog: a failed fetch says so and offers 重试; the retry loads it; nothing else breaks", async (t) => {
  const { page, errors } = await fresh(t);
  let failures = 1;
  await page.route(ASSET, (route) => (failures-- > 0 ? route.abort("failed") : route.continue()));
  await openExample(page, app.server.url);
  await page.waitForSelector(".incentive-line [data-catalog=failed]");
  assert.match(await page.textContent(".incentive-line [data-catalog=failed]"), /地方政策未能加载。\s*重试/);
  assert.match(await summaryBar(page), /激励 未能加载/);
  // Scores and advice work meanwhile.
  await page.fill('[name="financials.rd_expense.y1"]', "400");
  await page.waitForSelector('[data-tier="srdi"][data-score="68"]');
  await page.getByRole("tab", { name: "提升建议" }).click();
  await page.locator(".advice, .tab-panel .good").first().waitFor();
  await page.getByRole("tab", { name: "地方激励" }).click();
  await page.waitForSelector(".incentives [data-catalog=failed]");

  await page.locator(".incentives .catalog-retry").click();
  await page.waitForSelector(".incentives [data-incentives-min]");
  assert.ok(Number(await page.getAttribute("[data-incentives-total]", "data-incentives-total")) > 0);
  assert.equal(await page.locator("[data-catalog]").count(), 0);
  assert.deepEqual(errors, []);
});

test("catalog: the portfolio opened before the policies arrive computes the incentives once they have", async (t) => {
  const { page, errors } = await fresh(t);
  let release;
  const held = new Promise((ok) => (release = ok));
  await page.route(ASSET, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(`${app.server.url}#/portfolio`);
  await page.waitForSelector(".portfolio-page");
  // Example 2 as a profile file, on its own date (the 天津 policies in force).
  const json = readFileSync(join(ROOT, "examples/edge-srdi.json"));
  await page.fill("#portfolio-date", "2024-06-30");
  await page.setInputFiles("#portfolio-files", { name: "edge-srdi.json", mimeType: "application/json", buffer: json });
  await page.waitForSelector('[data-portfolio-done="1"]');
  assert.match(await page.textContent("[data-portfolio-awaits-policies]"), /正在加载地方政策…/);
  release();
  await page.waitForSelector("[data-portfolio-awaits-policies]", { state: "detached" });
  await page.waitForFunction(() => Number(document.querySelector("[data-summary-incentives]")?.dataset.summaryIncentives) > 0);
  assert.match(await page.textContent("[data-portfolio-summary]"), /地方激励合计：[\d.]+ 万元/);
  assert.deepEqual(errors, []);
});

test("offline: after one visit every panel works, the incentives too (the worker keeps the asset)", async (t) => {
  const own = await serve(DIST);
  const context = await app.browser.newContext();
  t.after(async () => {
    await context.close();
    own.server.closeAllConnections();
    await own.close();
  });
  const page = await context.newPage();
  page.setDefaultTimeout(10000);
  await page.goto(own.url);
  await page.waitForSelector("[data-tier]");
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.reload();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);

  // The network cut: the server gone, and the browser offline.
  own.server.closeAllConnections();
  await own.close();
  await context.setOffline(true);
  await page.reload();
  await openExample(page, page.url());
  await page.waitForSelector("[data-incentives-total]");
  assert.ok(Number(await page.getAttribute("[data-incentives-total]", "data-incentives-total")) > 0);
  for (const [tab, ready] of [
    ["提升建议", ".advice, .tab-panel .good"],
    ["地方激励", ".incentives [data-incentives-min]"],
    ["评分明细", "[role=tabpanel]"],
  ]) {
    await page.getByRole("tab", { name: tab }).click();
    await page.locator(ready).first().waitFor();
    if (tab === "地方激励") assert.ok((await page.locator(".incentives ul.measures li").count()) > 0, "the measures, offline");
  }
  await page.evaluate(() => (location.hash = "#/rules"));
  await page.waitForSelector(".catalog-policy");
  assert.ok((await page.locator(".catalog-policy").count()) >= 22, "the whole catalog on the rules page");
  await page.evaluate(() => (location.hash = "#/forerunner"));
  await page.waitForSelector(".forerunner-page ol.path li");
  await page.fill("#area-search", "电池");
  await page.waitForSelector("[data-key-area]");
  assert.equal(await page.locator("[data-catalog]").count(), 0, "nothing left loading");
});
