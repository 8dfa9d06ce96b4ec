// 分享链接 shows the link at once and says "已复制" only when the clipboard
// took it: a clipboard that never answers (a permission prompt an in-app
// browser keeps hidden) does not hold the link back, and an answer that
// comes after the box was closed does not open it again.
//
//   trunk build --release && node --test tests/e2e/share-link.test.mjs

import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { inflateSync } from "node:zlib";
import { fileURLToPath } from "node:url";
import { appUnderTest } from "./harness.mjs";
import { openFolds } from "./phone.mjs";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const app = appUnderTest(resolve(ROOT, process.env.DIST || "dist"));

/** A page whose clipboard answers writeText after `ms` (never, if null). */
async function pageWithClipboard(ms, viewport = { width: 390, height: 844 }) {
  const context = await app.browser.newContext({ viewport, acceptDownloads: true });
  await context.addInitScript((ms) => {
    const answer = () => (ms === null ? new Promise(() => {}) : new Promise((ok) => setTimeout(ok, ms)));
    Object.defineProperty(navigator, "clipboard", { value: { writeText: answer }, configurable: true });
  }, ms);
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(app.server.url);
  await page.waitForSelector("[data-tier]", { state: "attached" });
  await openFolds(page); // 390 px: the profile actions are folded
  await page.locator(".examples select").selectOption("edge-srdi");
  await page.waitForFunction(() => document.querySelector('[data-tier="srdi"]')?.dataset.score === "60");
  return { page, errors };
}

const box = (page) => page.locator(".share-box");

test("a clipboard that never answers: the link shows at once, not marked as copied", async () => {
  const { page, errors } = await pageWithClipboard(null);
  await page.getByRole("button", { name: "分享链接" }).click();
  const link = await page.getAttribute("[data-share-url]", "data-share-url", { timeout: 2000 });
  assert.ok(link.startsWith(app.server.url) && link.includes("#share/"), link);
  assert.match(await box(page).innerText(), /请复制以下链接/);
  assert.deepEqual(errors, []);
});

test("a clipboard that takes it: the box says 链接已复制", async () => {
  const { page, errors } = await pageWithClipboard(50);
  await page.getByRole("button", { name: "分享链接" }).click();
  await page.waitForFunction(() => document.querySelector(".share-box")?.innerText.includes("链接已复制"), null, { timeout: 3000 });
  assert.deepEqual(errors, []);
});

test("closed before the clipboard answers: it stays closed", async () => {
  const { page, errors } = await pageWithClipboard(600);
  await page.getByRole("button", { name: "分享链接" }).click();
  await box(page).getByRole("button", { name: "关闭" }).click();
  await page.waitForTimeout(1000); // the clipboard has answered by now
  assert.equal(await box(page).count(), 0, "the box stayed closed");
  assert.deepEqual(errors, []);
});

// The header does not re-render on a keystroke (it shows nothing one
// changes): its export and share read the profile when pressed.
test("an edit, then at once 导出 JSON and 分享链接: both carry the edit", async () => {
  const { page, errors } = await pageWithClipboard(null, { width: 1280, height: 900 });
  for (const value of ["123.4", "56"]) {
    await page.evaluate((v) => {
      const input = document.querySelector('[name="financials.rd_expense.y1"]');
      Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value").set.call(input, v);
      input.dispatchEvent(new InputEvent("input", { bubbles: true }));
    }, value);
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "导出 JSON" }).click()]);
    const exported = JSON.parse(readFileSync(await download.path(), "utf8"));
    assert.equal(String(exported.financials.rd_expense.y1), value, "the export");
    const before = await page.evaluate(() => document.querySelector("[data-share-url]")?.dataset.shareUrl ?? null);
    await page.getByRole("button", { name: "分享链接" }).click();
    const link = await page.waitForFunction(
      (old) => { const l = document.querySelector("[data-share-url]")?.dataset.shareUrl; return l && l !== old && l; },
      before,
      { timeout: 2000 },
    ).then((h) => h.jsonValue());
    const payload = link.split("/").pop();
    assert.equal(payload[0], "1", link);
    const shared = JSON.parse(inflateSync(Buffer.from(payload.slice(1), "base64url")).toString("utf8"));
    assert.equal(String(shared.financials.rd_expense.y1), value, "the share link");
  }
  assert.deepEqual(errors, []);
});
