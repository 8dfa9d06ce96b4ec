// The three browser engines behind one small page API, for the cross-engine
// suite (cross-engine.mjs) and for layout checks (layout.mjs):
//
//   chromium  Debian's chromium, driven by playwright-core over CDP
//   firefox   Debian's firefox-esr, driven by puppeteer-core over WebDriver BiDi
//   webkit    Debian's WebKitGTK MiniBrowser, driven through WebKitWebDriver
//             (classic WebDriver, our own client in webdriver.mjs) on an
//             Xvfb display: this WebKitGTK (2.50) has no headless mode
//
// No driver downloads a browser: each runs the binary scripts/setup.sh
// installed with apt. `launch(name)` throws with the reason when an engine
// cannot start; the suite turns that into a failed test, never a skip.
//
// Page API (every method async):
//   goto(url) reload() evaluate(fn, ...args) waitFor(fn, args, what, ms)
//   fill(sel, text) select(sel, value) check(sel, on) click(sel)
//   clickText(tag, text)
//   screenshot() → full-page PNG   printPreview() → what was done
//   endPrintPreview()   takeErrors() → page errors since the last call
//   step(label): names what follows, so an error says when it came
//   close()
// `evaluate` takes a function that runs in the page (with JSON arguments).
import { existsSync, mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { spawn } from "node:child_process";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium } from "playwright-core";
import puppeteer from "puppeteer-core";
import { CHROMIUM, CHROMIUM_ARGS } from "./server.mjs";
import { children, startDriver, Session } from "./webdriver.mjs";

export const ENGINES = ["chromium", "firefox", "webkit"];
export const FIREFOX = process.env.FIREFOX || "/usr/bin/firefox-esr";
export const WEBKIT_DRIVER = process.env.WEBKIT_DRIVER || "/usr/bin/WebKitWebDriver";

/**
 * Page errors in an engine whose driver reports none (WebKit over classic
 * WebDriver): served to every page before its own scripts (server.mjs
 * `pageScript`), it keeps uncaught errors and unhandled rejections in
 * sessionStorage, so they survive a reload until the test reads them.
 */
export const PAGE_ERRORS_SCRIPT = `(() => {
  const KEY = "__e2e_page_errors";
  window.__e2ePageErrors = true;
  const keep = (m) => {
    try {
      const all = JSON.parse(sessionStorage.getItem(KEY) || "[]");
      all.push([Date.now(), String(m)]);
      sessionStorage.setItem(KEY, JSON.stringify(all));
    } catch (e) {}
  };
  // JavaScriptCore's stack has no message line: write it out.
  const text = (x) => (x instanceof Error ? x.name + ": " + x.message + "\\n" + x.stack : String(x));
  addEventListener("error", (e) => keep(e.error ? text(e.error) : e.message + " at " + e.filename + ":" + e.lineno));
  addEventListener("unhandledrejection", (e) => keep("unhandled rejection: " + text(e.reason)));
})();`;

/** Starts an engine: `{ name, version, driver, newPage({ width, height }), close() }`. */
export async function launch(name) {
  if (name === "chromium") return launchChromium();
  if (name === "firefox") return launchFirefox();
  if (name === "webkit") return launchWebKit();
  throw new Error(`unknown engine ${name} (known: ${ENGINES.join(", ")})`);
}

function needBinary(path, what) {
  if (!existsSync(path)) throw new Error(`${what} not found at ${path}: run scripts/setup.sh (it installs it with apt)`);
}

const sleep = (ms) => new Promise((ok) => setTimeout(ok, ms));
/** An expression that calls `fn` with `args` (JSON), for drivers that take a string. */
const call = (fn, args) => `(${fn})(...${JSON.stringify(args)})`;

/** What every engine's page shares: everything built on `evaluate`. */
class BasePage {
  constructor() {
    this.errors = []; // [time, text]
    this.steps = []; // [time, label]
  }

  /** Names what the test does from now on: a page error is reported with the step it came in. */
  step(label) {
    this.steps.push([Date.now(), label]);
  }

  error(text, at = Date.now()) {
    this.errors.push([at, text]);
  }

  /** The page errors since the last call, each with its step. */
  async takeErrors() {
    await this.collect();
    const out = this.errors.splice(0).map(([at, text]) => {
      const step = this.steps.filter(([t]) => t <= at).pop();
      return step ? `${text}\n    (during: ${step[1]})` : text;
    });
    this.steps = this.steps.slice(-1);
    return out;
  }

  /** Engines whose errors live in the page fetch them here. */
  async collect() {}

  /** Polls `fn(...args)` in the page until it returns something truthy. */
  async waitFor(fn, args = [], what = String(fn), ms = 5000) {
    const end = Date.now() + ms;
    let last;
    for (;;) {
      try {
        last = await this.evaluate(fn, ...args);
        if (last) return last;
      } catch (e) {
        last = e; // e.g. the page is between documents; try again
      }
      if (Date.now() > end) throw new Error(`${this.engine}: timed out after ${ms} ms waiting for ${what} (last: ${last})`);
      await sleep(50);
    }
  }

  /** Brings the element to the middle of the viewport, as a user scrolls to it. */
  scrollTo(sel) {
    return this.evaluate((s) => {
      const e = document.querySelector(s);
      if (!e) throw new Error(`no element ${s}`);
      e.scrollIntoView({ block: "center", inline: "nearest" });
      return true;
    }, sel);
  }

  /** Sets an input's value as the browser's own picker would (date inputs). */
  setValue(sel, value) {
    return this.evaluate(
      (s, v) => {
        const e = document.querySelector(s);
        if (!e) throw new Error(`no element ${s}`);
        Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value").set.call(e, v);
        e.dispatchEvent(new Event("input", { bubbles: true }));
        e.dispatchEvent(new Event("change", { bubbles: true }));
        return true;
      },
      sel,
      value,
    );
  }

  /** Clicks the one `tag` element whose text is `text` (marked for the click, then unmarked). */
  async clickText(tag, text) {
    const n = await this.evaluate(
      (tag, text) => {
        for (const e of document.querySelectorAll("[data-e2e-click]")) e.removeAttribute("data-e2e-click");
        const all = [...document.querySelectorAll(tag)].filter((e) => e.textContent.trim() === text);
        if (all.length === 1) all[0].setAttribute("data-e2e-click", "");
        return all.length;
      },
      tag,
      text,
    );
    if (n !== 1) throw new Error(`${this.engine}: ${n} <${tag}> elements read "${text}", expected one`);
    try {
      await this.click("[data-e2e-click]");
    } finally {
      await this.evaluate(() => document.querySelector("[data-e2e-click]")?.removeAttribute("data-e2e-click")).catch(() => {});
    }
  }

  inputType(sel) {
    return this.evaluate((s) => document.querySelector(s)?.type ?? null, sel);
  }

  /**
   * Print media by rewriting the page's media rules (print → all, screen →
   * not all), for engines whose driver cannot emulate it. `matchMedia` is
   * not fooled; the page does not use it for print.
   */
  emulatePrintByCssom() {
    return this.evaluate(() => {
      const swap = (text) =>
        text
          .split(",")
          .map((q) => {
            const t = q.trim();
            if (/^(only\s+)?print\b/i.test(t)) return t.replace(/^(only\s+)?print/i, "all");
            if (/^not\s+screen\b/i.test(t)) return t.replace(/^not\s+screen/i, "all");
            if (/^(only\s+)?screen\b/i.test(t) || /^not\s+print\b/i.test(t)) return "not all";
            return t;
          })
          .join(", ");
      const undo = [];
      const walk = (rules) => {
        for (const r of rules) {
          if (r.media && r.cssRules) {
            const before = r.media.mediaText;
            const after = swap(before);
            if (after !== before) {
              r.media.mediaText = after;
              undo.push([r, before]);
            }
          }
          if (r.cssRules) walk(r.cssRules);
        }
      };
      for (const sheet of document.styleSheets) walk(sheet.cssRules);
      window.__e2ePrintUndo = undo;
      return undo.length;
    });
  }

  undoPrintCssom() {
    return this.evaluate(() => {
      for (const [r, text] of window.__e2ePrintUndo || []) r.media.mediaText = text;
      window.__e2ePrintUndo = [];
      return true;
    });
  }
}

// --- Chromium: playwright-core over CDP ------------------------------------

async function launchChromium() {
  needBinary(CHROMIUM, "Chromium");
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  return {
    name: "chromium",
    version: `Chromium ${browser.version()}`,
    driver: `playwright-core over CDP`,
    async newPage({ width, height }) {
      const context = await browser.newContext({ viewport: { width, height } });
      const page = await context.newPage();
      page.setDefaultTimeout(5000);
      return new ChromiumPage(context, page);
    },
    close: () => browser.close(),
  };
}

class ChromiumPage extends BasePage {
  constructor(context, page) {
    super();
    this.engine = "chromium";
    this.context = context;
    this.page = page;
    page.on("pageerror", (e) => this.error(e.stack || e.message));
    page.on("crash", () => this.error("the page crashed"));
  }
  goto(url) {
    return this.page.goto(url);
  }
  reload() {
    return this.page.reload();
  }
  evaluate(fn, ...args) {
    return this.page.evaluate(call(fn, args));
  }
  async fill(sel, text) {
    await this.page.locator(sel).fill(text);
  }
  async select(sel, value) {
    await this.page.locator(sel).selectOption(value);
  }
  async check(sel, on) {
    await this.scrollTo(sel);
    await this.page.locator(sel).setChecked(on);
  }
  async click(sel) {
    await this.scrollTo(sel);
    await this.page.locator(sel).click();
  }
  screenshot() {
    return this.page.screenshot({ fullPage: true });
  }
  async printPreview() {
    await this.evaluate(() => dispatchEvent(new Event("beforeprint")));
    await this.page.emulateMedia({ media: "print" });
    const pdf = await this.page.pdf({ preferCSSPageSize: true, printBackground: true });
    return { how: "beforeprint event, print media emulated over CDP, PDF printed", pdf };
  }
  async endPrintPreview() {
    await this.page.emulateMedia({ media: null });
    await this.evaluate(() => dispatchEvent(new Event("afterprint")));
  }
  close() {
    return this.context.close();
  }
}

// --- Firefox ESR: puppeteer-core over WebDriver BiDi -----------------------

async function launchFirefox() {
  needBinary(FIREFOX, "Firefox ESR");
  const browser = await puppeteer.launch({
    browser: "firefox",
    executablePath: FIREFOX,
    headless: true,
    protocol: "webDriverBiDi",
    // Nothing but the page under test on the network.
    extraPrefsFirefox: {
      "app.update.enabled": false,
      "browser.safebrowsing.malware.enabled": false,
      "browser.safebrowsing.phishing.enabled": false,
      "network.captive-portal-service.enabled": false,
      "network.connectivity-service.enabled": false,
    },
  });
  return {
    name: "firefox",
    version: `Firefox ${(await browser.version()).replace(/^firefox\//, "")}`,
    driver: "puppeteer-core over WebDriver BiDi",
    async newPage({ width, height }) {
      const context = await browser.createBrowserContext();
      const page = await context.newPage();
      await page.setViewport({ width, height });
      page.setDefaultTimeout(5000);
      return new FirefoxPage(context, page);
    },
    close: () => browser.close(),
  };
}

class FirefoxPage extends BasePage {
  constructor(context, page) {
    super();
    this.engine = "firefox";
    this.context = context;
    this.page = page;
    page.on("pageerror", (e) => this.error(e.stack || e.message || String(e)));
    page.on("error", (e) => this.error(`page crashed: ${e.message}`));
    FirefoxPage.front = this;
  }
  /** Firefox stops animation frames in a tab behind another: bring this one to the front first. */
  async front() {
    if (FirefoxPage.front === this) return;
    await this.page.bringToFront();
    FirefoxPage.front = this;
  }
  async goto(url) {
    await this.front();
    await this.page.goto(url);
  }
  async reload() {
    await this.front();
    await this.page.reload();
  }
  async evaluate(fn, ...args) {
    await this.front();
    return this.page.evaluate(call(fn, args));
  }
  async fill(sel, text) {
    if ((await this.inputType(sel)) === "date") return this.setValue(sel, text);
    await this.scrollTo(sel);
    const el = await this.page.$(sel);
    if (!el) throw new Error(`no element ${sel}`);
    // Select what is there, then type over it, key by key.
    await el.evaluate((e) => {
      e.focus();
      e.select();
    });
    if (text === "") await this.page.keyboard.press("Backspace");
    else await el.type(text);
  }
  async select(sel, value) {
    await this.scrollTo(sel);
    // The native drop-down is out of reach of BiDi input: set the option
    // and fire input + change, as the user's choice would.
    const got = await this.page.select(sel, value);
    if (!got.includes(value)) throw new Error(`${sel} has no option ${value}`);
  }
  async check(sel, on) {
    if ((await this.evaluate((s) => document.querySelector(s)?.checked, sel)) === on) return;
    await this.click(sel);
  }
  async click(sel) {
    await this.scrollTo(sel);
    const el = await this.page.$(sel);
    if (!el) throw new Error(`no element ${sel}`);
    await el.click();
  }
  async screenshot() {
    await this.front();
    return Buffer.from(await this.page.screenshot({ fullPage: true }));
  }
  async printPreview() {
    // The real print path: Firefox lays the page out for print and fires
    // beforeprint / afterprint around it.
    await this.evaluate(() => {
      window.__e2eBeforePrint = 0;
      addEventListener("beforeprint", () => window.__e2eBeforePrint++);
    });
    await this.front();
    const pdf = Buffer.from(await this.page.pdf({ printBackground: true }));
    const fired = await this.evaluate(() => window.__e2eBeforePrint);
    if (!fired) throw new Error("firefox: printing fired no beforeprint event");
    const rules = await this.emulatePrintByCssom();
    return { how: `PDF printed over BiDi (beforeprint fired ${fired}×), print media by CSSOM (${rules} rules)`, pdf };
  }
  endPrintPreview() {
    return this.undoPrintCssom();
  }
  close() {
    if (FirefoxPage.front === this) FirefoxPage.front = null;
    return this.context.close();
  }
}

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

async function launchWebKit() {
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
