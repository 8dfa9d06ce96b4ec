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
