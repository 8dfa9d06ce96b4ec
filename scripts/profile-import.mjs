// Where the milliseconds of a portfolio import go: a CPU profile (the
// DevTools protocol's sampling profiler) of one 10,000-row import in the
// page, summed by function — self time, and inclusive time counted once
// per stack. The shipped wasm has no function names, so this serves a
// copy of dist/ whose two wasm files are the release builds' names-bearing
// outputs (target/…/sme-calc-web.wasm, …/fast/sme-excel-read.wasm) run
// through wasm-bindgen --keep-debug, not wasm-opt: the same code, a little
// slower. Pages settle first; the pointer goes to the import button first.
//
//   trunk build --release && node scripts/profile-import.mjs [csv|xlsx|both] [--dialog=MS]
//
// csv: a CSV in a fresh page; xlsx: an .xlsx in a fresh page (first use);
// both: an .xlsx twice in one page (first use, then again).
import { execFileSync } from "node:child_process";
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium } from "playwright-core";
import { serve, CHROMIUM, CHROMIUM_ARGS } from "../tests/e2e/server.mjs";
import { timedImport } from "../tests/e2e/timed-import.mjs";
import { excelModule, portfolioXlsxBytes } from "./bench.mjs";
import { portfolioCsv } from "../benchmarks/profiles.mjs";

const which = process.argv[2] || "csv";
// As in time-xlsx.mjs: the first file is chosen MS after pointing.
const dialog = Number(process.argv.find((a) => a.startsWith("--dialog="))?.slice(9) || 0);
const dist = mkdtempSync(join(tmpdir(), "profile-dist-"));
cpSync("dist", dist, { recursive: true });
const named = mkdtempSync(join(tmpdir(), "profile-wasm-"));
for (const wasm of ["release/sme-calc-web.wasm", "fast/sme-excel-read.wasm"]) {
  execFileSync("wasm-bindgen", ["--target", "web", "--no-typescript", "--keep-debug", "--out-dir", named, `target/wasm32-unknown-unknown/${wasm}`]);
}
const app = readdirSync(dist).find((f) => /^sme-calc-web-.*_bg\.wasm$/.test(f));
cpSync(join(named, "sme-calc-web_bg.wasm"), join(dist, app));
const excel = readdirSync(dist).find((f) => f.startsWith("excel-"));
cpSync(join(named, "sme-excel-read_bg.wasm"), join(dist, excel, "sme-excel-read_bg.wasm"));
// The preload's integrity no longer matches the replaced wasm.
const index = join(dist, "index.html");
writeFileSync(index, readFileSync(index, "utf8").replace(/ integrity=sha384-[A-Za-z0-9+/=]*/g, ""));

const server = await serve(dist);
const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
const { m } = await excelModule("dist");
const files = { csv: ["a.csv", Buffer.from(portfolioCsv(10_000), "utf8")], xlsx: ["a.xlsx", portfolioXlsxBytes(m, 10_000)] };
const runs = which === "both" ? [files.xlsx, ["b.xlsx", files.xlsx[1]]] : [files[which]];
const context = await browser.newContext();
const page = await context.newPage();
await page.goto(server.url + "#/portfolio");
await page.waitForSelector(".portfolio-page");
await page.waitForLoadState("networkidle");
const cdp = await context.newCDPSession(page);
await cdp.send("Profiler.enable");
await cdp.send("Profiler.setSamplingInterval", { interval: 250 });
try {
  for (const [name, buffer] of runs) {
    if (dialog) {
      // Pointing and the dialog's wait outside the profile.
      await page.hover("label[for=portfolio-files]");
      await page.waitForTimeout(dialog);
    }
    await cdp.send("Profiler.start");
    const ms = await timedImport(page, name, buffer);
    const { profile } = await cdp.send("Profiler.stop");
    const scoring = await page.getAttribute("[data-portfolio-ms]", "data-portfolio-ms");
    console.log(`== ${name}: ${ms} ms file chosen → table (scoring ${scoring} ms)`);
    report(profile);
  }
} finally {
  await browser.close();
  await server.close();
}

function report(p) {
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of p.nodes) for (const c of n.children || []) parent.set(c, n.id);
  const spent = new Map();
  p.samples.forEach((s, i) => spent.set(s, (spent.get(s) || 0) + (p.timeDeltas[i + 1] || 0) / 1000));
  const name = (n) => (n.callFrame.functionName || "(anonymous)") + (n.callFrame.url && !n.callFrame.url.includes("wasm") ? ` ${n.callFrame.url.split("/").pop()}:${n.callFrame.lineNumber}` : "");
  const self = new Map();
  const inclusive = new Map();
  let total = 0;
  for (const [id, t] of spent) {
    total += t;
    const k = name(byId.get(id));
    self.set(k, (self.get(k) || 0) + t);
    const seen = new Set();
    for (let x = id; x !== undefined; x = parent.get(x)) {
      const f = name(byId.get(x));
      if (!seen.has(f)) inclusive.set(f, (inclusive.get(f) || 0) + t);
      seen.add(f);
    }
  }
  const top = (m, n) => [...m].sort((a, b) => b[1] - a[1]).slice(0, n).map(([k, v]) => `${v.toFixed(1).padStart(8)}  ${k.slice(0, 150)}`).join("\n");
  console.log(`sampled ${total.toFixed(0)} ms\n-- self (ms)\n${top(self, 30)}\n-- inclusive (ms)\n${top(inclusive, 60)}`);
}
