// A small classic-WebDriver (W3C) client over fetch, enough to drive
// WebKitGTK's WebKitWebDriver: the commands the cross-engine suite uses and
// nothing else. Every failed command throws with the driver's own error
// text, so a test names what went wrong.
import { spawn } from "node:child_process";
import { createServer } from "node:net";

const COMMAND_TIMEOUT_MS = 60_000;

/** Child processes still running: ended when node exits, however it exits. */
export const children = new Set();
process.on("exit", () => {
  for (const c of children) c.kill();
});

/** The W3C key for an element reference in command results. */
const ELEMENT = "element-6066-11e4-a52e-4f735466cecf";

/** A free TCP port on 127.0.0.1 (the driver has no "port 0 then tell me"). */
export function freePort() {
  return new Promise((ok, fail) => {
    const srv = createServer();
    srv.on("error", fail);
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address();
      srv.close(() => ok(port));
    });
  });
}

/**
 * Starts a driver binary on a free port and waits until `/status` answers.
 * Returns `{ base, process, log, stop }`; `log()` is the driver's output so
 * far (for failure messages).
 */
export async function startDriver(binary, { args = [], env = process.env, timeoutMs = 10_000 } = {}) {
  const port = await freePort();
  let out = "";
  const child = spawn(binary, [`--port=${port}`, ...args], { env, stdio: ["ignore", "pipe", "pipe"] });
  children.add(child);
  child.once("exit", () => children.delete(child));
  child.stdout.on("data", (d) => (out += d));
  child.stderr.on("data", (d) => (out += d));
  const exited = new Promise((ok) => child.once("exit", (code, signal) => ok(`${binary} exited (${code ?? signal}) before it listened: ${out.trim()}`)));
  child.once("error", (e) => (out += `\n${e.message}`));
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const r = await Promise.race([exited, fetch(`${base}/status`).then((x) => x.ok).catch(() => false)]);
    if (typeof r === "string") throw new Error(r);
    if (r) break;
    if (Date.now() > deadline) {
      child.kill();
      throw new Error(`${binary} did not answer on ${base} within ${timeoutMs} ms: ${out.trim()}`);
    }
    await new Promise((ok) => setTimeout(ok, 50));
  }
  const stop = () =>
    new Promise((ok) => {
      if (child.exitCode !== null || child.signalCode !== null) return ok();
      child.once("exit", () => ok());
      child.kill();
    });
  return { base, process: child, log: () => out, stop };
}

/** One WebDriver session: `await Session.create(base, capabilities)`. */
export class Session {
  static async create(base, capabilities) {
    const value = await command(base, "POST", "/session", { capabilities: { alwaysMatch: capabilities } });
    return new Session(base, value.sessionId, value.capabilities);
  }

  constructor(base, id, capabilities) {
    this.base = base;
    this.id = id;
    this.capabilities = capabilities;
  }

  cmd(method, path, body) {
    return command(this.base, method, `/session/${this.id}${path}`, body);
  }

  navigate(url) {
    return this.cmd("POST", "/url", { url });
  }
  refresh() {
    return this.cmd("POST", "/refresh", {});
  }
  currentUrl() {
    return this.cmd("GET", "/url");
  }
  windowRect() {
    return this.cmd("GET", "/window/rect");
  }
  setWindowRect(rect) {
    return this.cmd("POST", "/window/rect", rect);
  }

  /** Runs `script` (a function body) with `args`; its return value comes back. */
  execute(script, args = []) {
    return this.cmd("POST", "/execute/sync", { script, args });
  }
  /** Runs `script` (a function body); it ends by calling its last argument. */
  executeAsync(script, args = []) {
    return this.cmd("POST", "/execute/async", { script, args });
  }

  /** The element id for a CSS selector (throws "no such element" if none). */
  async find(selector) {
    return (await this.cmd("POST", "/element", { using: "css selector", value: selector }))[ELEMENT];
  }
  async findAll(selector) {
    return (await this.cmd("POST", "/elements", { using: "css selector", value: selector })).map((e) => e[ELEMENT]);
  }
  click(id) {
    return this.cmd("POST", `/element/${id}/click`, {});
  }
  clear(id) {
    return this.cmd("POST", `/element/${id}/clear`, {});
  }
  sendKeys(id, text) {
    return this.cmd("POST", `/element/${id}/value`, { text });
  }
  async screenshot() {
    return Buffer.from(await this.cmd("GET", "/screenshot"), "base64");
  }
  close() {
    return this.cmd("DELETE", "");
  }
}

/** One command; the driver's `value`, or an Error carrying its error text. */
async function command(base, method, path, body) {
  const res = await fetch(base + path, {
    method,
    headers: { "content-type": "application/json; charset=utf-8" },
    body: body === undefined ? undefined : JSON.stringify(body),
    // A browser that hangs fails the test instead of stalling the suite.
    signal: AbortSignal.timeout(COMMAND_TIMEOUT_MS),
  }).catch((e) => {
    throw new Error(`WebDriver ${method} ${path}: ${e.name === "TimeoutError" ? `no answer in ${COMMAND_TIMEOUT_MS} ms` : e.message}`);
  });
  const text = await res.text();
  let json;
  try {
    json = JSON.parse(text);
  } catch {
    throw new Error(`WebDriver ${method} ${path}: HTTP ${res.status}, not JSON: ${text.slice(0, 300)}`);
  }
  if (!res.ok || (json.value && typeof json.value === "object" && "error" in json.value && res.status >= 400)) {
    const v = json.value || {};
    throw new Error(`WebDriver ${method} ${path}: ${v.error || res.status}: ${v.message || text.slice(0, 300)}`);
  }
  return json.value;
}
