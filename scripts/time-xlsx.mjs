// Times only the portfolio's 10,000-row imports (issue 15 item 6), the
// same way ./bench's rows do but without the rest of its 13 minutes, RUNS
// times, each in fresh pages that have settled (the policy catalog in):
// a CSV; then in another fresh page the same rows as .xlsx twice — first
// use (the Excel reader and the page's import and scoring code never run
// before in it) and again (all loaded and warm). As a user does, the
// pointer goes to the import button before each file is chosen (that
// starts loading the reader); the clock starts when the file is chosen.
// Prints each run and the medians; the page's console lines are echoed
// with --console. --dialog=MS waits MS between the pointer reaching the
// button and the file being chosen, as the file dialog makes a user wait
// (the reader loads and the import warms up meanwhile); without it the
// file is chosen at once.
//
//   trunk build --release && node scripts/time-xlsx.mjs [dist] [runs] [--console] [--dialog=MS]
import { chromium } from "playwright-core";
import { serve, CHROMIUM, CHROMIUM_ARGS } from "../tests/e2e/server.mjs";
import { timedImport } from "../tests/e2e/timed-import.mjs";
import { excelModule, portfolioXlsxBytes } from "./bench.mjs";
import { portfolioCsv } from "../benchmarks/profiles.mjs";

const args = process.argv.slice(2).filter((a) => !a.startsWith("--"));
const dist = args[0] || "dist";
const runs = Number(args[1] || 3);
const echo = process.argv.includes("--console");
const dialog = Number(process.argv.find((a) => a.startsWith("--dialog="))?.slice(9) || 0);

const server = await serve(dist);
const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
const { m } = await excelModule(dist);
const xlsx = portfolioXlsxBytes(m, 10_000);
const csv = Buffer.from(portfolioCsv(10_000), "utf8");
const scoring = (page) => page.getAttribute("[data-portfolio-ms]", "data-portfolio-ms").then(Number);
const out = { csv: [], csvScore: [], first: [], firstScore: [], again: [], againScore: [] };
const open = async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  if (echo) page.on("console", (msg) => console.log(`  page: ${msg.text()}`));
  await page.goto(server.url + "#/portfolio");
  await page.waitForSelector(".portfolio-page");
  await page.waitForLoadState("networkidle");
  return { context, page };
};
try {
  for (let i = 0; i < runs; i++) {
    let { context, page } = await open();
    out.csv.push(await timedImport(page, "bench.csv", csv, 10_000, { dialog }));
    out.csvScore.push(await scoring(page));
    await context.close();
    ({ context, page } = await open());
    out.first.push(await timedImport(page, "bench.xlsx", xlsx, 10_000, { dialog }));
    out.firstScore.push(await scoring(page));
    out.again.push(await timedImport(page, "again.xlsx", xlsx));
    out.againScore.push(await scoring(page));
    console.log(`run ${i + 1}: csv ${out.csv.at(-1)} ms (scoring ${out.csvScore.at(-1)}), xlsx first ${out.first.at(-1)} ms (scoring ${out.firstScore.at(-1)}), again ${out.again.at(-1)} ms (scoring ${out.againScore.at(-1)})`);
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
console.log(`median of ${runs}${dialog ? `, file chosen ${dialog} ms after pointing` : ""}: ${Object.entries(out).map(([k, v]) => `${k} ${median(v)}`).join(", ")} ms (.xlsx ${(xlsx.length / 1024).toFixed(1)} KB)`);
