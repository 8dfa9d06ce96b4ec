// 分享链接 shows the link at once and says "已复制" only when the clipboard
// took it: a clipboard that never answers (a permission prompt an in-app
// browser keeps hidden) does not hold the link back, and an answer that
// comes after the box was closed does not open it again.
//
//   trunk build --release && node --test tests/e2e/share-link.test.mjs

import { test } from "node:test";
import assert from "node:assert/strict";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { appUnderTest } from "./harness.mjs";
import { openFolds } from "./phone.mjs";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const app = appUnderTest(resolve(ROOT, process.env.DIST || "dist"));

/** A page whose clipboard answers writeText after `ms` (never, if null). */
async function pageWithClipboard(ms) {
  const context = await app.browser.newContext({ viewport: { width: 390, height: 844 } });
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
