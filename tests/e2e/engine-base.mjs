// What every engine's driver shares (engines.mjs, engine-webkit.mjs): the
// engine names and binaries, the page-error script, small helpers, and
// BasePage, the page API built on `evaluate`. Kept apart so each driver
// module can extend BasePage without an import circle.

import { existsSync } from "node:fs";

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

export function needBinary(path, what) {
  if (!existsSync(path)) throw new Error(`${what} not found at ${path}: run scripts/setup.sh (it installs it with apt)`);
}

export const sleep = (ms) => new Promise((ok) => setTimeout(ok, ms));
/** An expression that calls `fn` with `args` (JSON), for drivers that take a string. */
export const call = (fn, args) => `(${fn})(...${JSON.stringify(args)})`;

/** What every engine's page shares: everything built on `evaluate`. */
export class BasePage {
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
