// Hostile storage and share links, end to end, on the built app (dist/) in
// headless Chromium: full, disabled and corrupt localStorage (and corrupt
// beyond room for a backup), and share links altered by one character or
// cut short. The rule: a clear message, the page keeps working, and nothing
// stored is lost. Split from hostile.test.mjs (same helpers, hostile-kit.mjs).
//
//   trunk build --release && node --test tests/e2e/hostile-storage.test.mjs

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
// Storage

test("storage full: editing shows the storage notice, scores still update, the data on screen and the last save are kept", async (t) => {
  const { page, errors } = await fresh(t, {
    // After the first save, every setItem fails as a full storage does,
    // until the test sets window.__heal.
    init: () => {
      const setItem = Storage.prototype.setItem;
      window.__saves = 0;
      window.__refused = 0;
      Storage.prototype.setItem = function (k, v) {
        if (window.__saves >= 1 && !window.__heal) {
          window.__refused++;
          throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
        }
        window.__saves++;
        return setItem.call(this, k, v);
      };
    },
  });
  await open(page);
  await page.waitForFunction(() => window.__saves === 1);
  const firstSave = await storageSnapshot(page);
  assert.ok(firstSave.some(([k]) => k === KEY), "the first load saved");
  assert.equal(await page.locator("[data-storage-error]").count(), 0, "no notice before anything fails");

  await setDate(page, DATE);
  const notice = page.locator("[data-storage-error]");
  await notice.waitFor({ timeout: 3000 });
  assert.match(await notice.textContent(), /已满|full/, "the notice says the storage is full");
  assert.match(await notice.textContent(), /导出|export/i, "and what to do");

  // The page keeps working: typing changes the scores.
  await control(page, "company.name").fill("存储已满公司");
  await control(page, "financials.operating_revenue.y1").fill("10000");
  await control(page, "financials.rd_expense.y1").fill("300");
  await settle(page);
  const s300 = await score(page);
  await control(page, "financials.rd_expense.y1").fill("1200");
  await page.waitForFunction((s) => document.querySelector('[data-tier="innovative"]')?.dataset.score !== s, s300);
  // Saves follow a pause in typing: at least one more was attempted.
  await page.waitForFunction(() => window.__refused > 1, null, { timeout: 3000 });
  assert.equal(await notice.count(), 1, "one notice, not one per failed save");

  // The data on screen is kept; the last good save is not damaged.
  assert.equal(await control(page, "company.name").inputValue(), "存储已满公司");
  assert.equal(await control(page, "financials.rd_expense.y1").inputValue(), "1200");
  assert.equal(await page.inputValue("#assessment-date"), DATE);
  assert.deepEqual(await storageSnapshot(page), firstSave, "what was stored before is intact");

  // Space again: the next edit is saved (everything on screen) and the notice goes.
  await page.evaluate(() => (window.__heal = true));
  await control(page, "financials.net_profit.y1").fill("5");
  await notice.waitFor({ state: "detached", timeout: 3000 });
  const saved = activeEntry(await savedState(page));
  assert.equal(saved.profile.company.name, "存储已满公司");
  assert.equal(Number(saved.profile.financials.rd_expense.y1), 1200);
  assert.equal(saved.profile.assessment_date, DATE);
  noErrors(errors);
});

test("storage disabled (localStorage throws SecurityError): the app loads, shows the notice, scores update as you type", async (t) => {
  const { page, errors } = await fresh(t, {
    init: () => {
      Object.defineProperty(window, "localStorage", {
        configurable: true,
        get() {
          throw new DOMException("The operation is insecure.", "SecurityError");
        },
      });
    },
  });
  await open(page);
  const notice = page.locator("[data-storage-error]");
  await notice.waitFor({ timeout: 3000 });
  assert.match(await notice.textContent(), /禁止了本地存储|blocks local storage/);
  await setDate(page, DATE);
  await control(page, "financials.operating_revenue.y1").fill("10000");
  const rd = control(page, "financials.rd_expense.y1");
  await rd.fill("300");
  await settle(page);
  const s300 = await score(page);
  await rd.click();
  await rd.press("End");
  await page.keyboard.press("0"); // 3000: 30% of revenue
  await page.waitForFunction((s) => document.querySelector('[data-tier="innovative"]')?.dataset.score !== s, s300);
  assert.equal(await rd.inputValue(), "3000");
  assert.equal(await page.evaluate(() => document.activeElement?.getAttribute("name")), "financials.rd_expense.y1", "focus stays in the field");
  assert.equal(await notice.count(), 1, "still one notice");
  // Other pages work too.
  await page.evaluate(() => (location.hash = "#/rules"));
  await page.waitForSelector(".rules-page");
  noErrors(errors);
});

/** Puts `value` under `key` before the app's first load (once per tab). */
function seed(key, value) {
  return {
    init: ([k, v]) => {
      if (location.origin === "null") return; // about:blank before the first navigation
      if (!sessionStorage.getItem("__seeded")) {
        localStorage.setItem(k, v);
        sessionStorage.setItem("__seeded", "1");
      }
    },
    arg: [key, value],
  };
}

test("corrupt saved data: a blank profile, a notice, and the garbage kept under a backup key", async (t) => {
  const garbage = '{"entries":[{"id":"p1","name":"旧数据","profile":{"format":"sme-profile/1"' + "\u0000\ufffd<script>alert(1)</script>";
  const { page, errors } = await fresh(t, seed(KEY, garbage));
  await open(page);
  const notice = page.locator("[data-storage-error]");
  await notice.waitFor({ timeout: 3000 });
  const text = await notice.textContent();
  assert.match(text, /无法读取|could not be read/);
  const keys = await page.evaluate(() => Object.keys(localStorage));
  const backups = keys.filter((k) => k.startsWith(`${KEY}.corrupt-`));
  assert.equal(backups.length, 1, `one backup key: ${keys}`);
  assert.match(backups[0], /^sme-calc\.v1\.corrupt-\d+$/);
  assert.equal(await page.evaluate((k) => localStorage.getItem(k), backups[0]), garbage, "the garbage is kept byte for byte");
  assert.ok(text.includes(backups[0]), "the notice names the backup key");
  // A blank profile.
  assert.equal(await page.locator(".profile-select option").count(), 1);
  assert.equal(await control(page, "company.name").inputValue(), "");
  assert.equal(await control(page, "financials.rd_expense.y1").inputValue(), "");
  // It works, and a reload keeps the new data and the backup, with no notice.
  await control(page, "company.name").fill("新数据");
  await waitSaved(page, (s) => activeEntry(s).profile.company.name === "新数据", "the new name");
  await page.reload();
  await page.waitForSelector('[data-tier="innovative"]');
  assert.equal(await control(page, "company.name").inputValue(), "新数据");
  assert.equal(await page.locator("[data-storage-error]").count(), 0, "no notice once the data reads");
  assert.equal(await page.evaluate((k) => localStorage.getItem(k), backups[0]), garbage, "the backup is still there");
  noErrors(errors);
});

test("corrupt saved data too large to back up (over half the quota): it is not overwritten", async (t) => {
  // Chromium allows about 5 million characters per origin: a 3-million-
  // character unreadable save cannot be copied to a backup key beside itself.
  const garbage = `{"entries":"${"x".repeat(3 * MB)}`;
  const { page, errors } = await fresh(t, { ...seed(KEY, garbage), acceptDownloads: true });
  await open(page);
  await page.locator("[data-storage-error]").waitFor({ timeout: 3000 });
  t.diagnostic(`notice: ${await page.textContent("[data-storage-error]")}`);
  await control(page, "company.name").fill("新数据");
  await settle(page);
  // Well past the save delay, and past a page hide (which saves at once).
  await page.waitForTimeout(1000);
  await page.evaluate(() => window.dispatchEvent(new Event("pagehide")));
  const kept = await page.evaluate((g) => Object.keys(localStorage).filter((k) => localStorage.getItem(k) === g), garbage);
  assert.ok(kept.length > 0, `the unreadable save is still somewhere in localStorage (keys now: ${await page.evaluate(() => Object.keys(localStorage))})`);
  // The notice offers the old data as a file, and saving resumes only when
  // the user lets the old data go.
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "下载原数据" }).click()]);
  assert.match(download.suggestedFilename(), /^sme-calc-unreadable-\d+\.json$/);
  assert.equal(readFileSync(await download.path(), "utf8"), garbage, "the download is the old data, byte for byte");
  await page.getByRole("button", { name: "放弃原数据，开始保存" }).click();
  await waitSaved(page, (s) => activeEntry(s).profile.company.name === "新数据", "the edits, once the old data was discarded");
  assert.equal(await page.locator("[data-storage-error]").count(), 0, "the notice is gone");
  noErrors(errors);
});

// ---------------------------------------------------------------------------
// Share links

test("share links altered by one character or cut short are refused; localStorage is unchanged", async (t) => {
  // A real link, made by the app.
  const maker = await fresh(t);
  await maker.context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: app.origin });
  await open(maker.page);
  await maker.page.locator(".examples select").selectOption("edge-little-giant");
  await maker.page.waitForFunction(() => document.querySelectorAll(".profile-select option").length === 2);
  await maker.page.getByRole("button", { name: "分享链接" }).click();
  const link = await maker.page.getAttribute("[data-share-url]", "data-share-url");
  const at = link.lastIndexOf("/") + 1; // the payload: "1" + base64url
  assert.equal(link[at], "1", link);

  // A browser with its own saved data.
  const { context, page, errors } = await fresh(t);
  await open(page);
  await control(page, "company.name").fill("我的企业数据");
  await control(page, "financials.rd_expense.y1").fill("456");
  await waitSaved(page, (s) => activeEntry(s).profile.company.name === "我的企业数据", "the edits");
  const before = await storageSnapshot(page);

  // The untampered link opens (so the refusals below are about the damage).
  const ok = await context.newPage();
  await open(ok, link.slice(link.indexOf("#")));
  assert.equal(await ok.locator("[data-shared-view]").count(), 1, "the real link opens");
  await ok.close();

  const swap = (s, i) => s.slice(0, i) + (s[i] === "A" ? "B" : "A") + s.slice(i + 1);
  const payloadLength = link.length - at;
  const bad = {
    "payload: first character altered": swap(link, at + 1),
    "payload: middle character altered": swap(link, at + Math.floor(payloadLength / 2)),
    "payload: last character altered": swap(link, link.length - 1),
    "version altered": link.slice(0, at) + "2" + link.slice(at + 1),
    "cut by one character": link.slice(0, -1),
    "cut in half": link.slice(0, at + Math.floor(payloadLength / 2)),
    "payload cut off": link.slice(0, at),
  };
  for (const [what, url] of Object.entries(bad)) {
    const p = await context.newPage();
    await p.goto(url);
    await p.waitForSelector("[data-share-error], [data-shared-view]");
    assert.equal(await p.locator("[data-shared-view]").count(), 0, `${what}: not opened`);
    const msg = await p.textContent("[data-share-error]");
    assert.match(msg, /损坏|不完整|不是本工具/, `${what}: a clear message (${msg})`);
    await settle(p);
    assert.deepEqual(await storageSnapshot(p), before, `${what}: localStorage unchanged`);
    await p.close();
  }
  // The fragment never reached the server.
  assert.ok(app.server.requests.every((u) => !u.includes("share")), "no share payload in any request");
  // The saved profile is still there.
  await page.reload();
  await page.waitForSelector('[data-tier="innovative"]');
  assert.equal(await control(page, "company.name").inputValue(), "我的企业数据");
  assert.equal(await control(page, "financials.rd_expense.y1").inputValue(), "456");
  noErrors(errors);
  noErrors(maker.errors);
});

privacyCheck();
