// The cross-engine suite's page helpers (cross-engine.mjs), written once for
// every engine's page (engines.mjs): reading the verdict cards and the
// controls, filling a profile by field name, page errors, the share link.

import assert from "node:assert/strict";
import { leaves } from "./profile-doc.mjs";

export { leaves };

/** The verdict cards as [tier, verdict, score, score-max, qualified]. */
export function cards(page) {
  return page.evaluate(() =>
    [...document.querySelectorAll("[data-tier]")].map((e) => [
      e.dataset.tier,
      e.dataset.verdict,
      e.dataset.score ?? null,
      e.dataset.scoreMax ?? null,
      e.dataset.qualified,
    ]),
  );
}

/** Every named control's value (checkboxes: checked), by name. */
export function controlValues(page) {
  return page.evaluate(() =>
    [...document.querySelectorAll("input[name], select[name], textarea[name]")].map((e) =>
      e.type === "checkbox" || e.type === "radio" ? `${e.name}=${e.value}:${e.checked}` : `${e.name}=${e.value}`,
    ),
  );
}

/** Waits until the cards read `expected` (a list of card rows), then checks them. */
export async function expectCards(page, expected, ms = 5000) {
  const key = JSON.stringify(expected);
  try {
    await page.waitFor(
      (k) => {
        const rows = [...document.querySelectorAll("[data-tier]")].map((e) => [e.dataset.tier, e.dataset.verdict, e.dataset.score ?? null, e.dataset.scoreMax ?? null, e.dataset.qualified]);
        const want = JSON.parse(k);
        return want.every((w) => rows.some((r) => JSON.stringify(r) === JSON.stringify(w)));
      },
      [key],
      "the expected cards",
      ms,
    );
  } catch {
    // fall through to a readable assertion
  }
  const got = await cards(page);
  for (const row of expected) assert.deepEqual(got.find((r) => r[0] === row[0]), row, `card ${row[0]} (all: ${JSON.stringify(got)})`);
}


export const byName = (path) => `[name="${path}"]`;

/** One control, by its profile path: fill, choose or tick, as a user would. */
export async function setField(page, path, value) {
  const sel = byName(path);
  page.step(`set ${path} to ${value}`);
  const [tag, now] = await page.evaluate((s) => {
    const all = document.querySelectorAll(s);
    return all.length === 1 ? [all[0].tagName, all[0].value] : [`${all.length} controls`, null];
  }, sel);
  // A user does not pick the choice a list already shows: no change event
  // in any engine (drivers that set the value would fire one, and the page
  // resets an achievement row when its kind "changes").
  if (tag === "SELECT") {
    if (now !== String(value)) await page.select(sel, String(value));
  } else if (tag === "INPUT") await page.fill(sel, String(value));
  else throw new Error(`one control named ${path}, found ${tag}`);
}

/** serde's snake_case name → the checkbox value the form uses. */
export const pascal = (s) => s.replace(/(^|_)([a-z])/g, (_, __, c) => c.toUpperCase());

/** Fills the form with a profile document, field by field, by name. */
export async function fillProfile(page, doc) {
  // The date first: it picks the rulebook, and with it the fields shown.
  page.step(`set the date to ${doc.assessment_date}`);
  await page.fill(byName("assessment_date"), doc.assessment_date);
  await page.waitFor((d) => document.querySelector(".rulebook-line")?.textContent.includes(d), [doc.assessment_date], "the rulebook line to show the date");
  for (const [path, value] of leaves(doc)) {
    if (path === "format" || path === "assessment_date" || value === null) continue;
    if (path === "qualifications.honors") {
      page.step(`tick ${path} ${value}`);
      if (value.length === 0) await page.check("#honor-none", true);
      for (const h of value) await page.check(`${byName(path)}[value="${pascal(h)}"]`, true);
    } else if (path === "achievements") {
      for (const [i, a] of value.entries()) {
        page.step(`add achievement ${i}`);
        await page.clickText("button", "＋ 添加成果");
        await page.waitFor((s) => !!document.querySelector(s), [byName(`achievements[${i}].kind`)], `achievement row ${i}`);
        // The kind first: it decides which of the other fields exist.
        for (const k of ["kind", ...Object.keys(a).filter((k) => k !== "kind")]) {
          if (a[k] !== null) await setField(page, `achievements[${i}].${k}`, a[k]);
        }
      }
    } else if (Array.isArray(value)) {
      throw new Error(`fillProfile cannot fill ${path}`);
    } else {
      await setField(page, path, value);
    }
  }
}

export async function noPageErrors(page, what) {
  const errors = await page.takeErrors();
  assert.deepEqual(errors, [], `page errors in ${page.engine} (${what})`);
}

/** What the page holds around its share button, for a message. */
export function shareState(page) {
  return page.evaluate(() => ({
    url: location.href,
    shareBox: !!document.querySelector(".share-box"),
    focused: document.activeElement?.outerHTML.slice(0, 80),
    scrollY,
  }));
}

/**
 * Presses 分享链接 and returns the link the page shows. In Firefox at phone
 * sizes a press now and then comes to nothing — no box, focus on the 自评
 * tab, no page error; the cause is not found (not the clipboard: the link
 * no longer waits on it). One more press, through the DOM, is allowed and
 * reported; a second miss fails with what the page held.
 */
export async function pressShare(page, t) {
  await page.clickText("button", "分享链接");
  const link = () => page.evaluate(() => document.querySelector("[data-share-url]")?.dataset.shareUrl);
  try {
    return await page.waitFor(() => document.querySelector("[data-share-url]")?.dataset.shareUrl, [], "the share link", 5000);
  } catch {
    t.diagnostic(`${page.engine}: 分享链接 pressed, no link after 5 s; pressed again: ${JSON.stringify(await shareState(page))}`);
  }
  await page.evaluate(() => [...document.querySelectorAll("button")].find((b) => b.textContent.trim() === "分享链接").click());
  try {
    return await page.waitFor(() => document.querySelector("[data-share-url]")?.dataset.shareUrl, [], "the share link", 15000);
  } catch (e) {
    throw new Error(`${e.message}\n  page: ${JSON.stringify(await shareState(page))}\n  errors: ${JSON.stringify(await page.takeErrors())}\n  link now: ${await link()}`);
  }
}
