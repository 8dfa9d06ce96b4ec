// WebKitGTK behind the page API of engines.mjs: MiniBrowser driven through
// WebKitWebDriver (classic WebDriver, our client in webdriver.mjs) on an
// Xvfb display, as this WebKitGTK (2.50) has no headless mode.

import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { spawn } from "node:child_process";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { children, startDriver, Session } from "./webdriver.mjs";
import { WEBKIT_DRIVER, BasePage, needBinary, sleep, call } from "./engine-base.mjs";

// --- WebKitGTK: WebKitWebDriver (classic WebDriver) under Xvfb -------------

/** GTK CSS that lets MiniBrowser's window shrink to a phone's width (its
 * toolbar's natural width is 447 px otherwise). */
const GTK_CSS = `headerbar, headerbar *, box, box * { font-size: 1px; min-width: 0; min-height: 0;
  padding: 0; margin: 0; border-width: 0; -gtk-icon-transform: scale(0.05); }\n`;

/** Starts Xvfb on a free display: `{ display, stop }`. */
function startXvfb() {
  return new Promise((ok, fail) => {
    let err = "";
    const x = spawn("Xvfb", ["-displayfd", "3", "-screen", "0", "1920x1200x24", "-nolisten", "tcp"], {
      stdio: ["ignore", "ignore", "pipe", "pipe"],
    });
    children.add(x);
    x.once("exit", () => children.delete(x));
    x.stderr.on("data", (d) => (err += d));
    x.once("error", (e) => fail(new Error(`Xvfb could not start (${e.message}): run scripts/setup.sh (it installs xvfb)`)));
    const early = (code) => fail(new Error(`Xvfb exited (${code}) before it chose a display: ${err.trim()}`));
    x.once("exit", early);
    x.stdio[3].once("data", (d) => {
      x.off("exit", early);
      const stop = () =>
        new Promise((done) => {
          if (x.exitCode !== null || x.signalCode !== null) return done();
          x.once("exit", () => done());
          x.kill();
        });
      ok({ display: `:${String(d).trim()}`, stop });
    });
  });
}

export async function launchWebKit() {
  needBinary(WEBKIT_DRIVER, "WebKitWebDriver (Debian webkit2gtk-driver)");
  const xvfb = await startXvfb();
  // A home of its own: the GTK CSS above, and no cache or data left behind.
  const home = mkdtempSync(join(tmpdir(), "e2e-webkit-"));
  mkdirSync(join(home, "config", "gtk-3.0"), { recursive: true });
  writeFileSync(join(home, "config", "gtk-3.0", "gtk.css"), GTK_CSS);
  const env = {
    ...process.env,
    DISPLAY: xvfb.display,
    XDG_CONFIG_HOME: join(home, "config"),
    XDG_CACHE_HOME: join(home, "cache"),
    XDG_DATA_HOME: join(home, "data"),
    NO_AT_BRIDGE: "1",
  };
  const drivers = new Set();
  let version = "WebKitGTK (version unknown)";
  const engine = {
    name: "webkit",
    driver: "WebKitWebDriver (classic WebDriver, tests/e2e/webdriver.mjs)",
    get version() {
      return version;
    },
    // One driver and MiniBrowser per page: a fresh browser, nothing shared.
    async newPage({ width, height }) {
      const driver = await startDriver(WEBKIT_DRIVER, { env });
      drivers.add(driver);
      try {
        const session = await Session.create(driver.base, { "webkitgtk:browserOptions": { args: ["--automation"] } });
        version = `WebKitGTK ${session.capabilities.browserVersion}`;
        const page = new WebKitPage(session, driver, () => drivers.delete(driver));
        await page.setViewport(width, height);
        return page;
      } catch (e) {
        await driver.stop();
        drivers.delete(driver);
        throw new Error(`${e.message}\ndriver output: ${driver.log().trim()}`);
      }
    },
    async close() {
      await Promise.all([...drivers].map((d) => d.stop()));
      await xvfb.stop();
      rmSync(home, { recursive: true, force: true });
    },
  };
  // Prove the engine starts (and learn its version) before any test runs.
  const probe = await engine.newPage({ width: 800, height: 600 });
  await probe.close();
  return engine;
}

class WebKitPage extends BasePage {
  constructor(session, driver, forget) {
    super();
    this.engine = "webkit";
    this.s = session;
    this.driver = driver;
    this.forget = forget;
  }

  /**
   * Sizes the window so the page's viewport is exactly width × height. The
   * window resizes asynchronously: wait for the viewport to follow. The
   * window's own chrome (what is left of MiniBrowser's toolbar) is learnt
   * on the first call.
   */
  async setViewport(width, height) {
    const inner = () => this.evaluate(() => [innerWidth, innerHeight]);
    const settle = async (want) => {
      let last = null;
      for (const end = Date.now() + 5000; Date.now() < end; await sleep(50)) {
        const now = await inner();
        if (want ? now[0] === want[0] && now[1] === want[1] : last && now[0] === last[0] && now[1] === last[1]) return now;
        last = now;
      }
      return last;
    };
    if (!this.chrome) {
      await this.s.setWindowRect({ width, height });
      await sleep(100);
      const [iw, ih] = await settle(null);
      const rect = await this.s.windowRect();
      this.chrome = { width: rect.width - iw, height: rect.height - ih };
    }
    await this.s.setWindowRect({ width: width + this.chrome.width, height: height + this.chrome.height });
    const got = await settle([width, height]);
    if (got[0] !== width || got[1] !== height) throw new Error(`webkit: asked for a ${width}×${height} viewport, got ${got.join("×")}`);
    this.size = { width, height };
  }

  async goto(url) {
    await this.collect();
    await this.s.navigate(url);
  }
  async reload() {
    await this.collect();
    await this.s.refresh();
  }
  async evaluate(fn, ...args) {
    const r = await this.s.executeAsync(
      `const done = arguments[arguments.length - 1];
       Promise.resolve().then(() => ${call(fn, args)})
         .then((v) => done({ ok: v === undefined ? null : v }), (e) => done({ err: String((e && e.stack) || e) }));`,
    );
    if (r && "err" in r) throw new Error(`in the page: ${r.err}`);
    return r?.ok;
  }
  async fill(sel, text) {
    if ((await this.inputType(sel)) === "date") return this.setValue(sel, text);
    await this.scrollTo(sel);
    const id = await this.s.find(sel);
    await this.s.clear(id);
    if (text !== "") await this.s.sendKeys(id, text);
  }
  async select(sel, value) {
    await this.scrollTo(sel);
    // Classic WebDriver selects an option by clicking it. (No check of the
    // value after: a menu such as 打开示例… goes back to its prompt.)
    await this.s.click(await this.s.find(`${sel} option[value="${value}"]`));
  }
  async check(sel, on) {
    if ((await this.evaluate((s) => document.querySelector(s)?.checked, sel)) === on) return;
    await this.click(sel);
  }
  async click(sel) {
    await this.scrollTo(sel);
    await this.s.click(await this.s.find(sel));
  }
  /**
   * Classic WebDriver only shoots the viewport: stretch the window to the
   * page's height for the shot (fixed elements then show once, at their
   * place in a viewport that tall), then give the viewport back.
   */
  async screenshot() {
    const { width, height } = this.size;
    const full = await this.evaluate(() => Math.max(document.documentElement.scrollHeight, document.body?.scrollHeight ?? 0));
    if (full > height) await this.setViewport(width, Math.min(full, 16000));
    await this.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    const png = await this.s.screenshot();
    if (full > height) await this.setViewport(width, height);
    return png;
  }
  async printPreview() {
    // WebKitWebDriver 2.50 has no Print command, and in automation mode
    // window.print() returns at once without printing. Call it (it must not
    // throw), announce the print as a browser does, then print media by CSSOM.
    await this.evaluate(() => {
      window.print();
      dispatchEvent(new Event("beforeprint"));
    });
    const rules = await this.emulatePrintByCssom();
    return { how: `window.print() (a no-op under automation), beforeprint event, print media by CSSOM (${rules} rules)`, pdf: null };
  }
  async endPrintPreview() {
    await this.undoPrintCssom();
    await this.evaluate(() => dispatchEvent(new Event("afterprint")));
  }
  /** Moves the page's stored errors into this.errors. */
  async collect() {
    try {
      const got = await this.evaluate(() => {
        const all = JSON.parse(sessionStorage.getItem("__e2e_page_errors") || "[]");
        sessionStorage.removeItem("__e2e_page_errors");
        // Without the collector no error would ever show: say so.
        if (location.protocol.startsWith("http") && !window.__e2ePageErrors) all.push([Date.now(), "the page-error collector is not in this page"]);
        return all;
      });
      for (const [at, text] of got || []) this.error(text, at);
    } catch {
      // about:blank and the like have no sessionStorage
    }
  }
  async close() {
    try {
      await this.s.close();
    } finally {
      await this.driver.stop();
      this.forget();
    }
  }
}
