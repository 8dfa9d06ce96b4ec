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
// WebKit's driver is engine-webkit.mjs; what all three share, engine-base.mjs.

import { chromium } from "playwright-core";
import puppeteer from "puppeteer-core";
import { CHROMIUM, CHROMIUM_ARGS } from "./server.mjs";
import { ENGINES, FIREFOX, BasePage, needBinary, sleep, call } from "./engine-base.mjs";
import { launchWebKit } from "./engine-webkit.mjs";

export { ENGINES, FIREFOX, WEBKIT_DRIVER, PAGE_ERRORS_SCRIPT } from "./engine-base.mjs";

/** Starts an engine: `{ name, version, driver, newPage({ width, height }), close() }`. */
export async function launch(name) {
  if (name === "chromium") return launchChromium();
  if (name === "firefox") return launchFirefox();
  if (name === "webkit") return launchWebKit();
  throw new Error(`unknown engine ${name} (known: ${ENGINES.join(", ")})`);
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
