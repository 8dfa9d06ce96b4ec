// Tabs that agree (issue 18 item 3): two pages of one browser context on
// the same saved profiles. A profile created in one appears in the other;
// an edit in each is neither lost nor silently overwritten: edits to
// different fields are both kept, edits to the same field are offered
// (另一窗口已修改此档案：载入 / 保留我的), and the choice is saved.
//
//   trunk build --release && node --test tests/e2e/tabs.test.mjs

import { test } from "node:test";
import assert from "node:assert/strict";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { appUnderTest } from "./harness.mjs";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const DIST = resolve(ROOT, process.env.DIST || "dist");
const KEY = "sme-calc.v1";
const app = appUnderTest(DIST);

async function twoTabs(t) {
  const context = await app.browser.newContext({ viewport: { width: 1400, height: 1000 } });
  t.after(() => context.close());
  const errors = [];
  const open = async () => {
    const page = await context.newPage();
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto(app.server.url);
    await page.waitForSelector("[data-tier]");
    return page;
  };
  const a = await open();
  // The first tab's blank profile is saved before the second opens.
  await a.waitForFunction((k) => localStorage.getItem(k) !== null, KEY);
  const b = await open();
  return { context, a, b, errors };
}

const names = (page) => page.locator(".profile-select select option").allTextContents();
const stored = (page) => page.evaluate((k) => JSON.parse(localStorage.getItem(k)), KEY);
const activeOf = async (page) => {
  const s = await stored(page);
  return s.entries.find((e) => e.name.startsWith("示例"));
};

async function openSame(a, b) {
  await a.locator(".examples select").selectOption("edge-srdi");
  // Created in a, it appears in b without a reload.
  await b.waitForFunction(() => [...document.querySelectorAll(".profile-select select option")].some((o) => o.textContent.startsWith("示例")), null, { timeout: 5000 });
  const name = (await names(b)).find((n) => n.startsWith("示例"));
  await b.locator(".profile-select select").selectOption({ label: name });
  for (const p of [a, b]) await p.waitForFunction(() => document.querySelector('[name="company.employees"]')?.value !== "");
  return name;
}

test("two tabs: a profile created in one appears in the other; edits to different fields are both kept", async (t) => {
  const { a, b, errors } = await twoTabs(t);
  await openSame(a, b);
  // An edit in each, at the same moment (before either has saved).
  await Promise.all([a.fill('[name="company.employees"]', "321"), b.fill('[name="company.name"]', "双窗口测试有限公司")]);
  for (const p of [a, b]) {
    await p.waitForFunction(() => document.querySelector('[name="company.employees"]').value === "321"
      && document.querySelector('[name="company.name"]').value === "双窗口测试有限公司", null, { timeout: 5000 });
  }
  await a.waitForFunction((k) => {
    const e = JSON.parse(localStorage.getItem(k)).entries.find((x) => x.name.startsWith("示例"));
    return e.profile.company.employees === 321 && e.profile.company.name === "双窗口测试有限公司";
  }, KEY, { timeout: 5000 });
  assert.equal(await a.locator("[data-tab-conflict]").count(), 0);
  assert.equal(await b.locator("[data-tab-conflict]").count(), 0);
  // Deleted in b, it disappears from a.
  const before = (await names(a)).length;
  await b.getByRole("button", { name: "删除", exact: true }).click();
  await a.waitForFunction((n) => document.querySelectorAll(".profile-select select option").length === n - 1, before, { timeout: 5000 });
  assert.deepEqual(errors, []);
});

test("two tabs: the same field edited in both is offered, never silently overwritten; 保留我的 is saved", async (t) => {
  const { a, b, errors } = await twoTabs(t);
  await openSame(a, b);
  await Promise.all([a.fill('[name="financials.rd_expense.y1"]', "111"), b.fill('[name="financials.rd_expense.y1"]', "222")]);
  // One of them saved first; the other is told, keeps its own on screen,
  // and storage keeps the first one's until the user chooses.
  const notice = await Promise.race([a, b].map((p) => p.waitForSelector("[data-tab-conflict]", { timeout: 5000 }).then(() => p)));
  const [mine, other, mineValue, otherValue] = notice === a ? [a, b, "111", "222"] : [b, a, "222", "111"];
  const box = mine.locator("[data-tab-conflict]");
  assert.equal(await box.getAttribute("role"), "alert");
  assert.match(await box.innerText(), /另一窗口已修改此档案/);
  assert.equal(await mine.inputValue('[name="financials.rd_expense.y1"]'), mineValue);
  assert.equal(String((await activeOf(mine)).profile.financials.rd_expense.y1), otherValue, "not overwritten");
  assert.equal(await other.inputValue('[name="financials.rd_expense.y1"]'), otherValue);
  // 载入 comes first, 保留我的 second; both reached by keyboard.
  const buttons = await box.locator("button").allTextContents();
  assert.deepEqual(buttons, ["载入", "保留我的"]);
  await box.locator("[data-load-theirs]").focus();
  await mine.keyboard.press("Tab");
  assert.equal(await mine.evaluate(() => document.activeElement?.dataset.keepMine), "true");
  await mine.keyboard.press("Enter");
  await mine.waitForSelector("[data-tab-conflict]", { state: "detached" });
  // Mine is saved, and the other tab (no edits of its own since) loads it.
  await mine.waitForFunction(([k, v]) => JSON.parse(localStorage.getItem(k)).entries.some((e) => String(e.profile.financials?.rd_expense?.y1) === v), [KEY, mineValue], { timeout: 5000 });
  await other.waitForFunction((v) => document.querySelector('[name="financials.rd_expense.y1"]').value === v, mineValue, { timeout: 5000 });
  assert.equal(String((await activeOf(other)).profile.financials.rd_expense.y1), mineValue);
  assert.equal(await other.locator("[data-tab-conflict]").count(), 0);
  assert.deepEqual(errors, []);
});
