// The key flows in three engines (Chromium, Firefox ESR, WebKitGTK), each at
// a phone's 390×844 and a desktop's 1280×800, on the release build:
//
//   trunk build --release && node --test tests/e2e/cross-engine.mjs
//
// Not named *.test.mjs on purpose: `node --test tests/e2e/` (Chromium only,
// the quick loop) leaves it out; scripts/test.sh runs it as its own step.
//
// E2E_ENGINES=firefox,webkit   only these engines (default: all three)
//
// Screenshots of each engine × size for a person to look at:
// tests/e2e/screens.mjs (opt-in).
//
// How each engine is driven is in engines.mjs. An engine that cannot start
// fails every one of its tests with the reason; none is skipped. Every test
// fails on a page error (uncaught exception or unhandled rejection) seen in
// its engine.
//
// Phone layout (issue 12): at 360×780 and 390×844, on every route with
// every disclosure and the results panel open, nothing slides sideways and
// what stays in view (fixed or sticky) takes at most 20% of the height.

import { describe, test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { serve } from "./server.mjs";
import { ENGINES, PAGE_ERRORS_SCRIPT, launch } from "./engines.mjs";
import { fixedShare, noSidewaysScroll, scrollToFraction } from "./layout.mjs";
import { SUMMARY_BUTTON, openDisclosures, overflowingElements, resultsOpen, summaryBar, touchProblems } from "./phone.mjs";
import { PROFILE_TOGGLE, firstScreen, openFolds, profileActions } from "./phone.mjs";
import { cards, controlValues, expectCards, byName, setField, leaves, pascal, fillProfile, noPageErrors, shareState, pressShare } from "./cross-kit.mjs";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const DIST = resolve(ROOT, process.env.DIST || "dist");
const STORAGE_KEY = "sme-calc.v1";
const EXAMPLE = JSON.parse(readFileSync(join(ROOT, "examples/edge-srdi.json"), "utf8"));
const RULEBOOK_2022 = "工信部企业〔2022〕63号";

const SIZES = [
  { width: 390, height: 844 },
  { width: 1280, height: 800 },
];
/** The phone sizes of the layout checks (issue 12's Done when). */
const PHONES = [
  { width: 360, height: 780 },
  { width: 390, height: 844 },
];
/** Every route, by fragment; the shared link is added by the test. */
const ROUTES = ["#/", "#/rules", "#/forerunner", "#/portfolio", "#/compare"];

/**
 * The worked example's verdicts, as Chromium shows them when the example is
 * opened from the menu (app.test.mjs pins the same scores): [tier, verdict,
 * data-score, data-score-max, data-qualified].
 */
const EXAMPLE_CARDS = [
  ["innovative", "qualified", "80", "80", "true"],
  ["srdi", "qualified", "60", "60", "true"],
  ["little_giant", "not_qualified", null, null, "false"],
];

/** Some of the example known, the rest unknown: a range, 待定. */
const PARTIAL = {
  "company.name": EXAMPLE.company.name,
  "company.industry": "industry",
  "company.employees": "200",
  "financials.operating_revenue.y1": "4000",
  "financials.rd_expense.y1": "120",
};
/** The innovative card for PARTIAL on the example's date, as in Chromium. */
const PARTIAL_INNOVATIVE = ["innovative", "depends", "20", "95", "false"];

const wanted = (process.env.E2E_ENGINES || ENGINES.join(",")).split(",").map((s) => s.trim()).filter(Boolean);
for (const name of wanted) assert.ok(ENGINES.includes(name), `E2E_ENGINES: unknown engine ${name} (known: ${ENGINES.join(", ")})`);

let server;
before(async () => {
  statSync(join(DIST, "index.html")); // fail early: build first
  server = await serve(DIST, 0, { pageScript: PAGE_ERRORS_SCRIPT });
});
after(() => server?.close());

// ---------------------------------------------------------------------------
// Flows, written once for every engine's page (engines.mjs); helpers in cross-kit.mjs.

async function open(page, hash = "") {
  page.step(`open ${hash || "/"}`);
  await page.goto(server.url + hash);
  await page.waitFor(() => document.querySelectorAll("[data-tier]").length >= 3, [], "the verdict cards", 15000);
  // A new profile opens on the quick check (tests/e2e/quick.test.mjs);
  // these flows use the full form.
  // (A DOM click: at 390 px the sticky summary may cover the button
  // wherever it is scrolled to; the quick check's own tests press it.)
  if (await page.evaluate(() => !!document.querySelector("[data-full-form]"))) {
    page.step("完善详细信息");
    await page.evaluate(() => document.querySelector("[data-full-form]").click());
    await page.waitFor(() => !!document.querySelector(".profile-form"), [], "the full form");
  }
  // On a phone the profile actions and the settings are folded: these
  // flows use them, as a user who taps them open first.
  await openFolds(page);
}

// ---------------------------------------------------------------------------

for (const name of wanted) {
  describe(name, () => {
    let engine;
    let startError;
    const pages = [];
    before(async () => {
      try {
        engine = await launch(name);
      } catch (e) {
        startError = e;
      }
    });
    after(async () => {
      for (const p of pages) await p.close().catch(() => {});
      await engine?.close();
    });
    /** A fresh page (its own browser context) of this engine; fails if the engine could not start. */
    async function newPage(size) {
      if (startError) throw new Error(`${name} could not start: ${startError.message}`);
      const page = await engine.newPage(size);
      pages.push(page);
      return page;
    }

    async function closePage(page) {
      pages.splice(pages.indexOf(page), 1);
      await page.close();
    }

    test(`${name} starts`, (t) => {
      if (startError) throw new Error(`${name} could not start: ${startError.stack || startError.message}`);
      t.diagnostic(`${engine.version}, driven by ${engine.driver}`);
    });

    test(`${name}: the page-error check sees an uncaught error and an unhandled rejection`, async () => {
      const page = await newPage(SIZES[1]);
      await open(page);
      await page.evaluate(() => {
        setTimeout(() => {
          throw new Error("e2e probe: uncaught");
        });
        Promise.reject(new Error("e2e probe: rejected"));
      });
      await new Promise((ok) => setTimeout(ok, 300));
      const errors = (await page.takeErrors()).join("\n");
      assert.match(errors, /e2e probe: uncaught/);
      assert.match(errors, /e2e probe: rejected/);
    });

    // Every list shows the choice the page holds, whatever the user picked
    // in it before. The page once marked the choice with the `selected`
    // attribute only, which a list ignores for an option once its choice
    // was changed: after switching profiles a list read — 未填写 — while
    // the profile held 农、林、牧、渔业 (Chromium and Firefox; WebKitGTK
    // followed the attribute), and in Firefox an achievement's lists kept a
    // stale choice after its kind changed. The page now sets each list to
    // its marked option after rendering (src/web/marked_choice.rs).
    test(`${name}: lists show the profile's choices after switching profiles`, async () => {
      const p = await newPage(SIZES[1]);
      await open(p);
      const industry = byName("company.industry");
      const shown = () => p.evaluate((s) => document.querySelector(s).value, industry);
      await setField(p, "company.industry", "agriculture");
      await p.waitFor((k) => (localStorage.getItem(k) || "").includes("agriculture"), [STORAGE_KEY], "the autosave");
      const first = await p.evaluate(() => document.querySelector(".profile-select select").value);
      p.step("open an example");
      await p.select(".examples select", "edge-srdi");
      await p.waitFor((s) => document.querySelector(s).value === "industry", [industry], "the example's industry");
      p.step("new profile");
      await p.clickText("button", "新建");
      // A new profile opens on the quick check, which asks the industry too.
      await p.waitFor(() => !!document.querySelector("[data-quick-check]") && document.querySelector('[name="company.industry"]').value === "", [], "the new, empty profile");
      assert.equal(await shown(), "", "a new profile: no industry");
      p.step("back to the first profile");
      await p.select(".profile-select select", first);
      // The page holds the first profile's choice (its option is marked)...
      await p.waitFor((s) => document.querySelector(`${s} option[value="agriculture"]`).hasAttribute("selected"), [industry], "the first profile's industry marked");
      await new Promise((ok) => setTimeout(ok, 200));
      // ...and the list shows it.
      assert.equal(await shown(), "agriculture", "the first profile's industry");
      await noPageErrors(p, "switching profiles");
    });

    test(`${name}: an achievement whose kind changes shows what the page holds`, async () => {
      const p = await newPage(SIZES[1]);
      await open(p);
      await p.fill(byName("assessment_date"), EXAMPLE.assessment_date);
      await p.clickText("button", "＋ 添加成果");
      await p.waitFor(() => !!document.querySelector('[name="achievements[0].kind"]'), [], "the new row");
      await setField(p, "achievements[0].kind", "forerunner");
      await setField(p, "achievements[0].kind", "standard");
      await p.waitFor(() => !!document.querySelector('[name="achievements[0].action"]'), [], "the standard's fields");
      const shown = await controlValues(p);
      await p.waitFor((k) => (localStorage.getItem(k) || "").includes("standard"), [STORAGE_KEY], "the autosave");
      await new Promise((ok) => setTimeout(ok, 400)); // the last edit's save
      await p.reload();
      await p.waitFor(() => !!document.querySelector('[name="achievements[0].kind"]'), [], "the row after reload", 15000);
      assert.deepEqual(await controlValues(p), shown, "the lists showed what the page stored");
      await noPageErrors(p, "changing a kind");
    });

    // The first screen (a phone's is 390×844, a small one's 360×780): the
    // title, what this is and the first guided question, the profile
    // actions behind one button that a tap opens; a wide screen shows them
    // all, no button.
    for (const size of [PHONES[0], ...SIZES]) {
      test(`${name} ${size.width}×${size.height}: the first question on the first screen, every profile action reachable`, async (t) => {
        const p = await newPage(size);
        p.step("open /");
        await p.goto(server.url);
        await p.waitFor((q) => document.querySelectorAll("[data-tier]").length >= 3 && !!document.querySelector(q), ["#f-company-industry"], "the quick check", 15000);
        await scrollToFraction(p, 0);
        const first = await firstScreen(p);
        t.diagnostic(`first question ends at ${first.question?.bottom} px of ${first.innerHeight}; folds: ${JSON.stringify(first.folds.map((f) => [f.controls, f.shown, f.expanded]))}`);
        assert.ok(first.question && first.question.bottom <= first.innerHeight, `the first question's input ends at ${first.question?.bottom} px, the screen at ${first.innerHeight}`);
        const fold = first.folds.find((f) => f.controls === "profile-actions");
        assert.ok(fold, "the profile actions have a fold button");
        const wanted = ["新建", "新建方案", "复制", "重命名", "删除", "导入 JSON", "导出 JSON", "分享链接", "打印报告"];
        const check = (actions) => {
          const names = actions.map((a) => a.name);
          for (const w of wanted) assert.ok(names.includes(w), `${w} among the profile actions: ${names.join(", ")}`);
          assert.deepEqual(actions.filter((a) => !a.shown).map((a) => a.name), [], "every profile action shown");
          assert.deepEqual(actions.filter((a) => a.right > size.width + 0.5).map((a) => `${a.name}: ${a.right}`), [], "within the screen's width");
        };
        if (size.width > 700) {
          assert.deepEqual(first.folds.filter((f) => f.shown).map((f) => f.controls), [], "no fold button on a wide screen");
          assert.ok(first.folds.every((f) => f.panelShown), "every panel shown");
          check(await profileActions(p));
          await noPageErrors(p, "first screen");
          return;
        }
        assert.equal(fold.shown, true, "the fold button is shown on a phone");
        assert.equal(fold.expanded, "false", "closed at first");
        assert.equal(fold.panelShown, false, "the profile actions wait behind it");
        assert.match(fold.name, /档案与导出/);
        assert.ok(fold.height >= 44, `the button is ${fold.height} px tall`);
        p.step("tap 档案与导出");
        await p.click(PROFILE_TOGGLE);
        await p.waitFor((s) => document.querySelector(s).getAttribute("aria-expanded") === "true", [PROFILE_TOGGLE], "the fold to open");
        const actions = await profileActions(p);
        check(actions);
        assert.deepEqual(actions.filter((a) => a.height + 0.5 < 44).map((a) => `${a.name}: ${a.height}`), [], "44 px targets");
        p.step("open the worked example from the fold");
        await p.select(".examples select", "edge-srdi");
        await expectCards(p, EXAMPLE_CARDS);
        p.step("tap 档案与导出 again");
        await p.click(PROFILE_TOGGLE);
        await p.waitFor((s) => document.querySelector(s).getAttribute("aria-expanded") === "false", [PROFILE_TOGGLE], "the fold to close");
        assert.equal((await profileActions(p)).some((a) => a.shown), false, "folded again");
        await noPageErrors(p, "first screen");
      });
    }

    for (const size of PHONES) {
      test(`${name} ${size.width}×${size.height}: no sideways scroll on any route, bar and panel in bounds`, async (t) => {
        const p = await newPage(size);
        await open(p);
        p.step("open the worked example");
        await p.select(".examples select", "edge-srdi");
        await expectCards(p, EXAMPLE_CARDS);
        p.step("share link");
        await scrollToFraction(p, 0);
        const link = await pressShare(p, t);

        /** Every disclosure open, at the top and mid-page: in bounds. */
        async function inBounds(where) {
          await openDisclosures(p);
          await scrollToFraction(p, 0);
          const wide = await noSidewaysScroll(p);
          assert.ok(wide.ok, `${where}: scrollWidth ${wide.scrollWidth} > ${wide.innerWidth}; sticking out: ${(await overflowingElements(p)).join("; ")}`);
          await scrollToFraction(p, 0.5);
          const share = await fixedShare(p);
          assert.ok(share <= 0.2, `${where}: fixed/sticky ${Math.round(share * 100)}% of the height mid-page`);
          await scrollToFraction(p, 0);
          t.diagnostic(`${where}: scrollWidth ${wide.scrollWidth}/${wide.innerWidth}, sticky ${Math.round(share * 100)}%`);
        }

        p.step("touch targets and type size");
        const touch = await touchProblems(p);
        assert.deepEqual(touch.small, [], "every control at least 44 px tall");
        assert.deepEqual(touch.tinyText, [], "inputs at 16 px or more (no zoom on focus)");

        for (const route of ROUTES) {
          p.step(`route ${route}`);
          await p.evaluate((h) => {
            location.hash = h;
          }, route);
          await p.waitFor((h) => location.hash === h || (h === "#/" && location.hash === ""), [route], `route ${route}`);
          await new Promise((ok) => setTimeout(ok, 150));
          await inBounds(route);
        }

        p.step("the summary bar");
        await p.evaluate(() => {
          location.hash = "#/";
        });
        await p.waitFor(() => !!document.querySelector("[data-summary]"), [], "the summary bar");
        const bar = await summaryBar(p);
        assert.ok(bar.shown, "the summary bar is shown on a phone");
        assert.ok(bar.share <= 0.2, `the bar takes ${Math.round(bar.share * 100)}% of the height`);
        assert.match(bar.text, /创新型/, "the bar names the tiers");
        assert.equal(bar.lines, 1, `the bar is one line: "${bar.text}"`);
        const cut = await p.evaluate(() => {
          const line = document.querySelector(".phone-bar-line");
          return line.scrollWidth > line.clientWidth + 1;
        });
        t.diagnostic(`bar: "${bar.text}", ${Math.round(bar.height)} px, ${bar.lines} line${cut ? ", its end cut with an ellipsis" : ", whole"}`);

        p.step("open the results panel");
        await p.evaluate((s) => document.querySelector(s).click(), SUMMARY_BUTTON);
        await p.waitFor(() => document.querySelector("#results-panel")?.classList.contains("open"), [], "the results panel");
        assert.ok(await resultsOpen(p), "the panel opens");
        await openDisclosures(p);
        const wide = await noSidewaysScroll(p);
        assert.ok(wide.ok, `results panel open: scrollWidth ${wide.scrollWidth}; sticking out: ${(await overflowingElements(p)).join("; ")}`);
        p.step("Esc closes it");
        await p.evaluate(() => document.activeElement?.dispatchEvent(new KeyboardEvent("keydown", { key: "Escape", bubbles: true })) || document.dispatchEvent(new KeyboardEvent("keydown", { key: "Escape", bubbles: true })));
        await p.waitFor(() => !document.querySelector("#results-panel")?.classList.contains("open"), [], "the panel to close on Esc");

        p.step("reload keeps the example");
        await p.reload();
        await p.waitFor(() => document.querySelectorAll("[data-tier]").length >= 3, [], "the cards after reload", 15000);
        await expectCards(p, EXAMPLE_CARDS);

        p.step("the shared link");
        await p.goto(link);
        const shared = () => document.querySelector("[data-shared-view]") && document.querySelectorAll("[data-tier]").length >= 3;
        try {
          await p.waitFor(shared, [], "the shared view", 10000);
        } catch {
          // Once in a CI run Firefox at 390 px showed no shared view after
          // this in-page hash change (not reproduced in 4 runs). As for
          // 分享链接 (pressShare), one more try — a load of the same link —
          // is allowed and reported; a second miss fails.
          t.diagnostic(`${p.engine}: the shared link opened in place showed no shared view in 10 s; loaded once more`);
          await p.reload();
          await p.waitFor(shared, [], "the shared view", 15000);
        }
        await inBounds("shared link");
        await noPageErrors(p, "phone routes");
      });
    }

    for (const size of SIZES) {
      describe(`${name} ${size.width}×${size.height}`, () => {
        let page; // holds the worked example from the fill test on
        const withExample = () => {
          if (!page) throw new Error("needs the worked example (see the fill test)");
          return page;
        };

        test("load and first score: every verdict 待定 with nothing entered", async () => {
          const p = await newPage(size);
          await open(p);
          const got = await cards(p);
          assert.ok(got.length >= 3, `verdict cards: ${JSON.stringify(got)}`);
          for (const [tier, verdict, , , qualified] of got) {
            assert.equal(verdict, "depends", `${tier} with nothing entered`);
            assert.equal(qualified, "false", tier);
          }
          const inno = got.find((r) => r[0] === "innovative");
          assert.ok(inno && Number(inno[2]) < Number(inno[3]), `innovative shows a range: ${inno}`);
          await noPageErrors(p, "load");
        });

        test("the 待定 range with unknown inputs, as in Chromium", async () => {
          const p = await newPage(size);
          await open(p);
          await p.fill(byName("assessment_date"), EXAMPLE.assessment_date);
          for (const [path, value] of Object.entries(PARTIAL)) await setField(p, path, value);
          await expectCards(p, [PARTIAL_INNOVATIVE]);
          const text = await p.evaluate(() => document.querySelector('[data-tier="innovative"]').innerText);
          assert.match(text, /待定/);
          assert.match(text, new RegExp(`${PARTIAL_INNOVATIVE[2]}–${PARTIAL_INNOVATIVE[3]} / 100 分`));
          await noPageErrors(p, "partial profile");
        });

        test("fills the worked example by field name: the scores as in Chromium", async () => {
          const p = await newPage(size);
          await open(p);
          await fillProfile(p, EXAMPLE);
          const refused = await p.evaluate(() => [...document.querySelectorAll(".field-error")].map((e) => e.textContent));
          assert.deepEqual(refused, [], "nothing typed was refused");
          assert.equal(await p.evaluate((s) => document.querySelector(s).value, byName("company.name")), EXAMPLE.company.name, "Chinese typed in full");
          await expectCards(p, EXAMPLE_CARDS);
          await noPageErrors(p, "filling the example");
          page = p;
        });

        test("reload keeps the example and its scores", async () => {
          const p = withExample();
          // Saved 300 ms after the last edit (and on pagehide).
          await p.waitFor((k) => /示例二[\s\S]*forerunner|forerunner[\s\S]*示例二/.test(localStorage.getItem(k) || ""), [STORAGE_KEY], "the autosave");
          const before = await cards(p);
          const controls = await controlValues(p);
          p.step("reload");
          await p.reload();
          await p.waitFor(() => document.querySelectorAll("[data-tier]").length >= 3, [], "the cards after reload", 15000);
          await expectCards(p, EXAMPLE_CARDS);
          assert.deepEqual(await cards(p), before);
          const values = await p.evaluate(() =>
            ["company.name", "financials.rd_expense.y1", "achievements[1].kind", "assessment_date"].map((n) => document.querySelector(`[name="${n}"]`)?.value),
          );
          assert.deepEqual(values, [EXAMPLE.company.name, EXAMPLE.financials.rd_expense.y1, "forerunner", EXAMPLE.assessment_date]);
          assert.equal(await p.evaluate(() => document.querySelector('[name="qualifications.honors"][value="HighTechEnterprise"]').checked), true);
          // Every control shows after the reload what it showed before: the
          // page showed what it had stored.
          assert.deepEqual(await controlValues(p), controls);
          await noPageErrors(p, "reload");
        });

        test("print preview shows the report, with no page error", async (t) => {
          const p = withExample();
          p.step("print preview");
          const done = await p.printPreview();
          t.diagnostic(`print: ${done.how}`);
          try {
            const seen = await p.evaluate(() => {
              const shown = (s) => {
                const e = document.querySelector(s);
                return !!e && getComputedStyle(e).display !== "none" && e.getBoundingClientRect().height > 0;
              };
              return { report: shown(".print-report"), header: shown(".site-header"), text: document.querySelector(".print-report")?.innerText ?? "" };
            });
            assert.equal(seen.report, true, "the report is shown for print");
            assert.equal(seen.header, false, "no site chrome in print");
            for (const want of [EXAMPLE.company.name, EXAMPLE.assessment_date, RULEBOOK_2022, "自评"]) {
              assert.ok(seen.text.includes(want), `${want} in the report: ${seen.text.slice(0, 200)}`);
            }
            if (done.pdf) {
              // Firefox packs its page objects into compressed streams: no page count here.
              const pdf = done.pdf.toString("latin1");
              assert.ok(pdf.startsWith("%PDF-") && pdf.trimEnd().endsWith("%%EOF") && pdf.length > 10_000, "a whole PDF");
              t.diagnostic(`PDF of ${done.pdf.length} bytes`);
            }
          } finally {
            await p.endPrintPreview();
          }
          await noPageErrors(p, "print");
        });

        test("share link: the same verdicts in a fresh browser", async () => {
          const p = withExample();
          p.step("share link");
          await openFolds(p); // folded again on a phone since the reload
          await p.clickText("button", "分享链接");
          const link = await p.waitFor(() => document.querySelector("[data-share-url]")?.dataset.shareUrl, [], "the share link");
          assert.ok(link.startsWith(server.url) && link.includes("#share/"), link);
          const expected = await cards(p);
          await noPageErrors(p, "share");

          const other = await newPage(size);
          other.step("open the share link");
          await other.goto(link);
          await other.waitFor(() => document.querySelector("[data-shared-view]") && document.querySelectorAll("[data-tier]").length >= 3, [], "the shared view", 15000);
          assert.deepEqual(await cards(other), expected);
          assert.equal(await other.evaluate((k) => (localStorage.getItem(k) || "").includes("示例二"), STORAGE_KEY), false, "a fresh browser: nothing of the sender stored");
          await noPageErrors(other, "opening the link");
          await closePage(other);
        });

      });
    }
  });
}
