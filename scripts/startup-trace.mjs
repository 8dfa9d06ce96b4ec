// Where a cold load's time goes before the first score: one traced cold
// load in headless Chromium (the timeline, the network, V8's wasm compile
// events and its sampling profiler), split into the main thread's tasks
// and, within them, the functions that ran. Usage:
//   node scripts/startup-trace.mjs [dist] [--top N] [--dump trace.json]
// For Rust names, serve a copy of dist whose wasm keeps them (see the
// comment at the top of scripts/typing.mjs) and drop the integrity
// attributes from its index.html (the named wasm hashes differently).
import { chromium } from "playwright-core";
import { writeFileSync } from "node:fs";
import { serve, CHROMIUM, CHROMIUM_ARGS } from "../tests/e2e/server.mjs";
import { cpuSamples, timeByFunction, largest } from "./cpu-samples.mjs";

const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : dflt;
};
const dist = args.find((a, i) => !a.startsWith("--") && !(i > 0 && args[i - 1].startsWith("--"))) ?? "dist";
const top = Number(opt("--top", 25));
const dump = opt("--dump");
// Without the sampling profiler: its overhead off the task times.
const sampling = !args.includes("--no-samples");
const selector = "[data-tier][data-score]";

const server = await serve(dist);
const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
const context = await browser.newContext();
await context.addInitScript(`(() => {
  const mark = () => { if (!window.__first && document.querySelector(${JSON.stringify(selector)})) { window.__first = performance.now(); window.__elements = document.querySelectorAll("#app *").length; performance.mark("first-score"); } };
  new MutationObserver(mark).observe(document, { subtree: true, childList: true, attributes: true });
})();`);
const page = await context.newPage();
await page.goto("about:blank");
const cdp = await context.newCDPSession(page);
const events = [];
cdp.on("Tracing.dataCollected", (e) => events.push(...e.value));
await cdp.send("Tracing.start", {
  categories: [
    "devtools.timeline",
    "disabled-by-default-devtools.timeline",
    ...(sampling ? ["disabled-by-default-v8.cpu_profiler"] : []),
    "v8",
    "v8.wasm",
    "disabled-by-default-v8.wasm.detailed",
    "blink.user_timing",
    "loading",
  ].join(","),
  options: "sampling-frequency=10000",
});
await page.goto(server.url);
await page.waitForFunction(() => window.__first, null, { timeout: 60000 });
const { first, elements } = await page.evaluate(() => ({ first: window.__first, elements: window.__elements }));
await page.waitForTimeout(300);
const done = new Promise((resolve) => cdp.once("Tracing.tracingComplete", resolve));
await cdp.send("Tracing.end");
await done;
await browser.close();
await server.close();
if (dump) writeFileSync(dump, JSON.stringify(events));

// The renderer's main thread: the one that marked the first score.
const mark = events.find((e) => e.name === "first-score");
const nav = events.find((e) => e.name === "navigationStart" && e.pid === mark.pid && e.args?.data?.documentLoaderURL?.startsWith("http"))
  ?? events.filter((e) => e.name === "navigationStart" && e.pid === mark.pid).at(-1);
const t0 = nav.ts;
const ms = (ts) => (ts - t0) / 1000;
const { pid, tid } = mark;
console.log(`first score at ${first.toFixed(1)} ms (page clock), ${elements} elements under #app; trace mark at ${ms(mark.ts).toFixed(1)} ms`);

// The network, as the renderer saw it.
const sends = events.filter((e) => e.name === "ResourceSendRequest");
console.log("\nnetwork (ms from navigation): request → response → finished");
for (const s of sends) {
  const id = s.args.data.requestId;
  const resp = events.find((e) => e.name === "ResourceReceiveResponse" && e.args.data.requestId === id);
  const fin = events.find((e) => e.name === "ResourceFinish" && e.args.data.requestId === id);
  const path = new URL(s.args.data.url).pathname.replace(/-[0-9a-f]{16}/, "");
  console.log(`  ${ms(s.ts).toFixed(1).padStart(7)} → ${resp ? ms(resp.ts).toFixed(1).padStart(7) : "      -"} → ${fin ? ms(fin.ts).toFixed(1).padStart(7) : "      -"}  ${path}`);
}

// V8's wasm events (compile, streaming, tier-up), any thread.
console.log("\nwasm (ms from navigation, duration, thread)");
for (const e of events.filter((e) => /wasm/i.test(e.cat) && /^wasm\.(StartStreaming|FinishStreaming|FinishAsyncCompile|AsyncInstantiate)/.test(e.name))) {
  console.log(`  ${ms(e.ts).toFixed(1).padStart(7)} ${e.dur !== undefined ? (e.dur / 1000).toFixed(1).padStart(6) : "     -"}  ${e.name}${e.tid === tid ? " (main)" : ` (tid ${e.tid})`}`);
}

// The main thread's tasks until the first score.
const main = events.filter((e) => e.pid === pid && e.tid === tid && e.ph === "X");
const tasks = main.filter((e) => e.name === "RunTask" && e.ts >= t0 && e.ts <= mark.ts + 50000).sort((a, b) => a.ts - b.ts);
const inside = (t) => main.filter((e) => e !== t && e.ts >= t.ts && e.ts + e.dur <= t.ts + t.dur && e.dur >= 300);
console.log("\nmain thread tasks ≥ 1 ms (start, duration, its thread's CPU time, what ran in them ≥ 0.3 ms)");
let busy = 0;
let cpu = 0;
for (const t of tasks) {
  if (t.ts > mark.ts) break;
  busy += t.dur / 1000;
  cpu += (t.tdur ?? 0) / 1000;
  if (t.dur < 1000) continue;
  const what = inside(t)
    .map((e) => `${e.name}${e.args?.data?.url ? `(${e.args.data.url.split("/").pop().replace(/-[0-9a-f]{16}/, "")})` : ""} ${(e.dur / 1000).toFixed(1)}`)
    .slice(0, 8)
    .join(", ");
  console.log(`  ${ms(t.ts).toFixed(1).padStart(7)} ${(t.dur / 1000).toFixed(1).padStart(6)} ${((t.tdur ?? 0) / 1000).toFixed(1).padStart(6)}  ${what}`);
}
console.log(`main thread before the first score: busy ${busy.toFixed(1)} ms, CPU ${cpu.toFixed(1)} ms, of ${ms(mark.ts).toFixed(1)}`);

// Samples, with their stacks, until the first score.
const { self, incl, total } = timeByFunction(cpuSamples(events, pid), (ts) => ts >= t0 && ts <= mark.ts);
const list = (m, k) => largest(m, k);
console.log(`\nsampled (non-idle) before the first score: ${total.toFixed(1)} ms\nself:\n${list(self, top)}\ninclusive:\n${list(incl, top * 3)}`);
