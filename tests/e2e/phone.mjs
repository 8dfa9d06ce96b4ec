// Phone checks (issue 12, items 1–4), written for any page with
// `evaluate(fn, ...args)`: a playwright-core Page (phone.test.mjs, Chromium)
// or a page of engines.mjs (the cross-engine suite can call them as they
// are). They measure and return plain data; the caller asserts.
//
// The summary bar is `[data-summary]`; its button opens the results panel
// (`#results-panel`, class `open`), which Esc, the back button or a second
// tap closes.

/** The line that opens the results on a phone. */
export const SUMMARY_BUTTON = "[data-summary] button";

/**
 * Opens every disclosure on the page (`<details>`), so that measures see
 * the page at its widest. Returns how many were opened.
 */
export function openDisclosures(page) {
  return page.evaluate(() => {
    const closed = [...document.querySelectorAll("details:not([open])")];
    for (const d of closed) d.open = true;
    return new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => done(closed.length))));
  });
}

/**
 * What sticks out to the right of the viewport, for a readable failure:
 * up to `max` elements as "tag.class: right edge", leaving out those inside
 * a box that scrolls sideways on its own (a wide table's container).
 */
export function overflowingElements(page, max = 8) {
  return page.evaluate((max) => {
    const out = [];
    const scrollsOwn = (e) => {
      for (let a = e.parentElement; a && a !== document.body; a = a.parentElement) {
        const s = getComputedStyle(a);
        if ((s.overflowX === "auto" || s.overflowX === "scroll" || s.overflowX === "hidden") && a.clientWidth < a.scrollWidth + 1) return true;
        if (s.position === "fixed") return false;
      }
      return false;
    };
    for (const e of document.querySelectorAll("body *")) {
      const r = e.getBoundingClientRect();
      if (r.width === 0 || r.right <= innerWidth + 0.5) continue;
      if (scrollsOwn(e)) continue;
      const cls = typeof e.className === "string" && e.className ? `.${e.className.trim().split(/\s+/).join(".")}` : "";
      out.push(`${e.tagName.toLowerCase()}${cls}: ${Math.round(r.left)}–${Math.round(r.right)}`);
      if (out.length >= max) break;
    }
    return out;
  }, max);
}

/**
 * The summary bar: `{ present, shown, text, height, share, lines }` where
 * share is its height over the viewport's and lines the text's line count.
 */
export function summaryBar(page) {
  return page.evaluate(() => {
    const bar = document.querySelector("[data-summary]");
    if (!bar) return { present: false, shown: false };
    const r = bar.getBoundingClientRect();
    const line = bar.querySelector("button") || bar;
    const lh = parseFloat(getComputedStyle(line).lineHeight) || 20;
    const text = bar.querySelector(".phone-bar-line") || bar;
    return {
      present: true,
      shown: getComputedStyle(bar).display !== "none" && r.height > 0,
      text: bar.dataset.summary,
      top: r.top,
      height: r.height,
      share: r.height / innerHeight,
      lines: Math.round(text.getBoundingClientRect().height / lh),
    };
  });
}

/** Whether the results panel is open (shown over the page). */
export function resultsOpen(page) {
  return page.evaluate(() => {
    const p = document.querySelector("#results-panel");
    return !!p && p.classList.contains("open") && getComputedStyle(p).display !== "none";
  });
}

/**
 * Controls in the current layout smaller than a finger or with type that
 * iOS zooms into: `{ small: [...], tinyText: [...] }`, each entry naming
 * the control and its size. A checkbox counts by the row it sits in
 * (its label is the target). Hidden controls are left out.
 */
export function touchProblems(page, minPx = 44, minFont = 16) {
  return page.evaluate(
    ([minPx, minFont]) => {
      const small = [];
      const tinyText = [];
      const name = (e) => e.getAttribute("name") || e.id || (e.textContent || "").trim().slice(0, 16) || e.tagName;
      for (const e of document.querySelectorAll("button, select, input, .button, summary, [role=tab]")) {
        const s = getComputedStyle(e);
        const r = e.getBoundingClientRect();
        if (r.width === 0 || r.height === 0 || s.visibility === "hidden") continue;
        if (e.closest(".visually-hidden") || e.classList.contains("visually-hidden")) continue;
        const box = e.type === "checkbox" || e.type === "radio" ? (e.closest(".check, label, li") || e) : e;
        const h = box.getBoundingClientRect().height;
        if (h + 0.5 < minPx) small.push(`${e.tagName.toLowerCase()} ${name(e)}: ${Math.round(h)} px`);
        if ((e.tagName === "INPUT" || e.tagName === "SELECT" || e.tagName === "TEXTAREA") && parseFloat(s.fontSize) < minFont) {
          tinyText.push(`${name(e)}: ${s.fontSize}`);
        }
      }
      return { small, tinyText };
    },
    [minPx, minFont],
  );
}

/**
 * The financial year fields as laid out: for each `financials.*` input its
 * visible label text, whether the label is on screen, its `inputmode`, and
 * its box (to check one per row on a phone).
 */
export function yearFields(page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('.fin-table input[name^="financials."]')].map((e) => {
      const label = document.querySelector(`label[for="${e.id}"]`);
      const lr = label?.getBoundingClientRect();
      const r = e.getBoundingClientRect();
      return {
        name: e.name,
        label: label?.textContent ?? "",
        labelShown: !!lr && lr.width > 1 && lr.height > 1,
        inputmode: e.getAttribute("inputmode"),
        left: r.left,
        right: r.right,
        top: r.top,
        width: r.width,
      };
    }),
  );
}

// --- Folds (src/web/components/fold.rs) -------------------------------------
// On a phone the profile actions and the assessment settings each wait
// behind a button (`.fold-toggle`, aria-expanded, aria-controls naming the
// panel that follows it); on a wide screen the button is hidden and the
// panel shown.

/** The button that opens the profile actions on a phone. */
export const PROFILE_TOGGLE = '.fold-toggle[aria-controls="profile-actions"]';
/** The button that opens the assessment settings on a phone. */
export const SETTINGS_TOGGLE = '.fold-toggle[aria-controls="assessment-settings"]';
/** The first guided question's input (快速自测's 所属行业). */
export const FIRST_QUESTION = "#f-company-industry";

/**
 * The first screen as laid out, at the top of the page: `{ innerHeight,
 * question: {top, bottom} | null, folds: [{ controls, shown, expanded,
 * height, panelShown }] }`.
 */
export function firstScreen(page) {
  return page.evaluate((q) => {
    const shown = (e) => !!e && getComputedStyle(e).display !== "none" && e.getBoundingClientRect().height > 0;
    const box = document.querySelector(q)?.getBoundingClientRect();
    return {
      innerHeight,
      question: box ? { top: box.top + scrollY, bottom: box.bottom + scrollY } : null,
      folds: [...document.querySelectorAll(".fold-toggle")].map((b) => ({
        controls: b.getAttribute("aria-controls"),
        name: b.textContent.trim(),
        shown: shown(b),
        expanded: b.getAttribute("aria-expanded"),
        height: b.getBoundingClientRect().height,
        panelShown: shown(document.getElementById(b.getAttribute("aria-controls"))),
      })),
    };
  }, FIRST_QUESTION);
}

/**
 * Every control of the profile actions (`#profile-actions`): its name as a
 * user reads it, whether it is shown, and its box. A label that stands for
 * a hidden file input counts as the control.
 */
export function profileActions(page) {
  return page.evaluate(() => {
    const panel = document.getElementById("profile-actions");
    if (!panel) return [];
    const controls = [...panel.querySelectorAll("button, select, label.button, input:not(.visually-hidden)")];
    return controls.map((e) => {
      const r = e.getBoundingClientRect();
      const name = e.getAttribute("aria-label") || (e.tagName === "SELECT" ? e.closest("label")?.textContent.trim().slice(0, 12) : e.textContent.trim()) || e.id;
      return {
        name,
        shown: getComputedStyle(e).display !== "none" && r.width > 0 && r.height > 0,
        left: r.left,
        right: r.right,
        height: r.height,
      };
    });
  });
}

/** Polls `fn(...args)` in the page until truthy (any page with `evaluate`). */
async function until(page, fn, args, what, ms = 5000) {
  const end = Date.now() + ms;
  for (;;) {
    if (await page.evaluate(fn, ...args)) return;
    if (Date.now() > end) throw new Error(`timed out after ${ms} ms waiting for ${what}`);
    await new Promise((ok) => setTimeout(ok, 50));
  }
}

/**
 * Opens every fold the layout shows closed (a phone), with a real click on
 * its button, as a user who goes on to use what it holds; on a wide screen
 * there is none. Returns the panels opened.
 */
export async function openFolds(page) {
  const closed = await page.evaluate(() =>
    [...document.querySelectorAll('.fold-toggle[aria-expanded="false"]')]
      .filter((b) => getComputedStyle(b).display !== "none")
      .map((b) => b.getAttribute("aria-controls")),
  );
  for (const id of closed) {
    const sel = `.fold-toggle[aria-controls="${id}"]`;
    await page.evaluate((s) => document.querySelector(s).scrollIntoView({ block: "center" }), sel);
    await page.click(sel);
    await until(page, (s) => document.querySelector(s)?.getAttribute("aria-expanded") === "true", [sel], `${id} to open`);
  }
  return closed;
}
