// Chromium's sampling profiler as it arrives in a trace (Profile and
// ProfileChunk events): the samples with their stacks, and the time spent
// per function within a window. Shared by scripts/typing.mjs (a
// keystroke's task) and scripts/startup-trace.mjs (a cold load).

/** The samples `{ id, t }` (t in trace µs) and the stack nodes by id, of process `pid` (all if omitted). */
export function cpuSamples(events, pid) {
  const nodes = new Map();
  const samples = [];
  let t = 0;
  for (const e of events) {
    if ((e.name !== "Profile" && e.name !== "ProfileChunk") || (pid !== undefined && e.pid !== pid)) continue;
    if (e.name === "Profile") {
      t = e.args.data.startTime;
      continue;
    }
    const d = e.args.data;
    for (const n of d.cpuProfile?.nodes ?? []) nodes.set(n.id, n);
    (d.cpuProfile?.samples ?? []).forEach((id, i) => {
      t += d.timeDeltas[i];
      samples.push({ id, t });
    });
  }
  return { nodes, samples };
}

const frameName = (n) => n.callFrame.functionName || `(anonymous ${(n.callFrame.url ?? "").split("/").pop()}:${n.callFrame.lineNumber})`;

/**
 * Milliseconds per function over the samples whose time `inWindow(t)`
 * accepts: `self` (the function on top of the stack) and `incl` (anywhere
 * on it, once per sample), with their `total`. `(idle)` is left out.
 */
export function timeByFunction({ nodes, samples }, inWindow) {
  const self = new Map();
  const incl = new Map();
  let total = 0;
  for (let i = 0; i < samples.length - 1; i++) {
    const s = samples[i];
    if (!inWindow(s.t)) continue;
    const own = frameName(nodes.get(s.id));
    if (own === "(idle)") continue;
    const dt = (samples[i + 1].t - s.t) / 1000;
    total += dt;
    self.set(own, (self.get(own) ?? 0) + dt);
    const seen = new Set();
    for (let x = s.id; x !== undefined; x = nodes.get(x)?.parent) {
      const n = nodes.get(x);
      if (!n) break;
      const nm = frameName(n);
      if (!seen.has(nm)) {
        seen.add(nm);
        incl.set(nm, (incl.get(nm) ?? 0) + dt);
      }
    }
  }
  return { self, incl, total };
}

/** The `k` largest entries of a map of milliseconds, one per line, each divided by `per`. */
export const largest = (m, k, per = 1, digits = 1) =>
  [...m]
    .sort((a, b) => b[1] - a[1])
    .slice(0, k)
    .map(([n, v]) => `  ${(v / per).toFixed(digits).padStart(7)}  ${n.slice(0, 160)}`)
    .join("\n");
