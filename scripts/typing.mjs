// Quick input → score measurement only (the two rows of ./bench that time
// typing), for iterating on the form without the 13-minute ./bench:
//   trunk build --release --skip-version-check && node scripts/typing.mjs [edits] [--profile]
// --profile also samples the edits with Chromium's profiler and prints where
// the time went (self and inclusive, by function). The shipped wasm has no
// names; for Rust names, serve a copy of dist/ whose wasm keeps them:
//   wasm-bindgen --target web --keep-debug --out-dir target/named \
//     target/wasm32-unknown-unknown/release/sme-calc-web.wasm
//   wasm-opt -Oz --debuginfo target/named/sme-calc-web_bg.wasm -o dist/<the _bg.wasm dist/ holds>
// (the same code as shipped; only the name section differs).
import { chromium } from "playwright-core";
import { serve, CHROMIUM, CHROMIUM_ARGS } from "../tests/e2e/server.mjs";
import { inputLatency } from "./bench.mjs";
import { fullProfile } from "../benchmarks/profiles.mjs";
import { cpuSamples, timeByFunction, largest } from "./cpu-samples.mjs";

const args = process.argv.slice(2);
const profiling = args.includes("--profile");
const edits = Number(args.find((a) => !a.startsWith("--")) ?? 60);
const pct = (xs, p) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))];

/**
 * Traces `page` (Chromium's timeline with its sampling profiler); the
 * returned function stops and prints, per edit, the work of the task the
 * `input` event ran in (what the latency measures: the handler, the
 * render, the DOM) and of the tasks after it, by function.
 */
async function profiler(page, rows) {
  const cdp = await page.context().newCDPSession(page);
  const events = [];
  cdp.on("Tracing.dataCollected", (e) => events.push(...e.value));
  await cdp.send("Tracing.start", {
    categories: "devtools.timeline,disabled-by-default-devtools.timeline,disabled-by-default-v8.cpu_profiler",
    options: "sampling-frequency=10000",
  });
  return async () => {
    const finished = new Promise((resolve) => cdp.once("Tracing.tracingComplete", resolve));
    await cdp.send("Tracing.end");
    await finished;
    // The renderer's main thread: the one that dispatched the input events.
    const inputs = events.filter((e) => e.name === "EventDispatch" && e.args?.data?.type === "input");
    const { pid, tid } = inputs[0];
    const tasks = events.filter((e) => e.pid === pid && e.tid === tid && e.name === "RunTask" && e.ph === "X");
    const keyTasks = inputs.map((i) => tasks.find((t) => t.ts <= i.ts && i.ts <= t.ts + t.dur)).filter(Boolean);
    const profile = cpuSamples(events);
    const report = (label, inTask) => {
      const { self, incl, total } = timeByFunction(profile, inTask);
      const top = (m, k) => largest(m, k, inputs.length, 3);
      console.log(`\n${rows} rows, ${label}: ${(total / inputs.length).toFixed(2)} ms of samples per edit\nself:\n${top(self, 20)}\ninclusive:\n${top(incl, 400)}`);
    };
    const inKey = (ts) => keyTasks.some((k) => k.ts <= ts && ts <= k.ts + k.dur);
    const durs = keyTasks.map((k) => k.dur / 1000).sort((a, b) => a - b);
    console.log(`\n${rows} rows: ${inputs.length} input events; their tasks p50 ${durs[Math.floor(durs.length / 2)].toFixed(2)} ms`);
    report("the input event's task", inKey);
    report("… of which the input event's dispatch (its handlers, the reducer)", (ts) => inputs.some((i) => i.ts <= ts && ts <= i.ts + i.dur));
    const first = keyTasks[0].ts;
    const last = keyTasks[keyTasks.length - 1].ts + keyTasks[keyTasks.length - 1].dur;
    report("other tasks between the edits", (ts) => ts >= first && ts <= last && !inKey(ts));
  };
}

const server = await serve(process.env.DIST ?? new URL("../dist/", import.meta.url).pathname);
const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
for (const rows of [50, 200]) {
  const r = await inputLatency(browser, server.url, fullProfile(rows), edits, profiling ? (page) => profiler(page, rows) : undefined);
  if (r.error) console.log(`${rows} rows: ${r.error}`);
  else console.log(`${rows} rows: import ${r.importMs} ms, p50 ${pct(r.times, 50).toFixed(2)} ms, p95 ${pct(r.times, 95).toFixed(2)} ms (${r.times.length} edits)`);
}
await browser.close();
await server.close();
