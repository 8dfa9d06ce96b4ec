// Screenshots for a person to look at (opt-in, not part of scripts/test.sh):
// a full-page PNG per engine × size of the calculator with the worked
// example (examples/edge-srdi.json, opened from the page's 打开示例 menu)
// loaded, and, where the results fold into the phone's summary bar
// (`data-summary`), another with that bar tapped open.
//
//   trunk build --release --skip-version-check
//   node tests/e2e/screens.mjs OUTDIR            # e.g. /work/screens
//
// E2E_ENGINES=firefox,webkit   only these engines (default: all three)
// SIZES=360x780,390x844        other sizes (default: 390x844,1280x800)
//
// Files: OUTDIR/<engine>-<w>x<h>-first.png (a new visitor's page, before
// anything is opened), <engine>-<w>x<h>.png (the example, the folds open on
// a phone) and <engine>-<w>x<h>-expanded.png.
// An engine that cannot start, or a page error, is reported and makes the
// exit status 1; the other engines still run.

import { mkdirSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { serve } from "./server.mjs";
import { ENGINES, PAGE_ERRORS_SCRIPT, launch } from "./engines.mjs";
import { scrollToFraction } from "./layout.mjs";
import { openFolds } from "./phone.mjs";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const DIST = resolve(ROOT, process.env.DIST || "dist");
const EXAMPLE_KEY = "edge-srdi";
const EXAMPLE_NAME = "示例二";
/** The phone's summary bar's button (issue 12 item 2), when the page has one. */
const SUMMARY_BUTTON = "[data-summary] button[aria-expanded]";

const out = process.argv[2];
if (!out) {
  console.error("usage: node tests/e2e/screens.mjs OUTDIR");
  process.exit(2);
}
const engines = (process.env.E2E_ENGINES || ENGINES.join(",")).split(",").filter(Boolean);
const sizes = (process.env.SIZES || "390x844,1280x800").split(",").map((s) => {
  const [width, height] = s.split("x").map(Number);
  if (!(width > 0 && height > 0)) throw new Error(`SIZES: not a size: ${s}`);
  return { width, height };
});

statSync(join(DIST, "index.html")); // build first
mkdirSync(out, { recursive: true });
const server = await serve(DIST, 0, { pageScript: PAGE_ERRORS_SCRIPT });
const sleep = (ms) => new Promise((ok) => setTimeout(ok, ms));
let failed = false;

/** Fonts loaded, at the top, the advice (150 ms after the last change) drawn. */
async function settle(page) {
  await scrollToFraction(page, 0);
  await page.evaluate(() => document.fonts.ready.then(() => true));
  await sleep(400);
}

async function save(page, file) {
  const png = await page.screenshot();
  writeFileSync(file, png);
  const [w, h] = [png.readUInt32BE(16), png.readUInt32BE(20)];
  const seen = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, innerWidth }));
  console.log(`${file}: ${w}×${h}${seen.scrollWidth > seen.innerWidth ? `, slides sideways (scrollWidth ${seen.scrollWidth} > ${seen.innerWidth})` : ""}`);
}

for (const name of engines) {
  let engine;
  try {
    engine = await launch(name);
  } catch (e) {
    console.error(`${name} could not start: ${e.message}`);
    failed = true;
    continue;
  }
  try {
    for (const size of sizes) {
      const page = await engine.newPage(size);
      const base = join(out, `${name}-${size.width}x${size.height}`);
      try {
        page.step("open the page");
        await page.goto(server.url);
        await page.waitFor(() => document.querySelectorAll("[data-tier]").length >= 3, [], "the verdict cards", 15000);
        page.step("open the worked example");
        await save(page, `${base}-first.png`); // the first screen of a new visitor
        await openFolds(page); // on a phone the menu waits behind 档案与导出
        await page.select(".examples select", EXAMPLE_KEY);
        await page.waitFor((n) => document.querySelector('[name="company.name"]')?.value.includes(n), [EXAMPLE_NAME], "the worked example");
        await settle(page);
        await save(page, `${base}.png`);
        const bar = await page.evaluate((s) => {
          const e = document.querySelector(s);
          return !!e && e.getBoundingClientRect().height > 0 && getComputedStyle(e).visibility !== "hidden";
        }, SUMMARY_BUTTON);
        if (bar) {
          page.step("expand the results");
          await page.click(SUMMARY_BUTTON);
          await page.waitFor((s) => document.querySelector(s).getAttribute("aria-expanded") === "true", [SUMMARY_BUTTON], "the results to expand");
          await sleep(400);
          await save(page, `${base}-expanded.png`);
        } else {
          console.log(`${base}: no summary bar shown at this size (the results are in the page)`);
        }
        const errors = await page.takeErrors();
        if (errors.length) {
          failed = true;
          console.error(`${name} ${size.width}×${size.height}: page errors:\n${errors.join("\n")}`);
        }
      } catch (e) {
        failed = true;
        console.error(`${name} ${size.width}×${size.height}: ${e.message}`);
      } finally {
        await page.close().catch(() => {});
      }
    }
  } finally {
    await engine.close();
  }
}
server.close();
process.exit(failed ? 1 : 0);
