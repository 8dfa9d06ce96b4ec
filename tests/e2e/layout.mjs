// Layout measures for phone and desktop checks. Each takes any page with
// `evaluate(fn)`: a page of engines.mjs (all three engines) or a
// playwright-core Page. They measure; the caller asserts.

/**
 * Whether the page slides sideways: `{ ok, scrollWidth, innerWidth }`, ok
 * when document.documentElement.scrollWidth <= window.innerWidth.
 */
export function noSidewaysScroll(page) {
  return page.evaluate(() => {
    const scrollWidth = document.documentElement.scrollWidth;
    return { ok: scrollWidth <= innerWidth, scrollWidth, innerWidth };
  });
}

/**
 * The fraction (0–1) of the viewport's height covered by fixed or sticky
 * elements at the current scroll position: the union of their visible
 * vertical extents, so overlapping or nested ones count once. A sticky
 * element only sticks once scrolled past: scroll first (e.g. to the
 * middle of the page) to measure what stays in view while reading.
 */
export function fixedShare(page) {
  return page.evaluate(() => {
    const spans = [];
    for (const e of document.querySelectorAll("body *")) {
      const style = getComputedStyle(e);
      if (style.position !== "fixed" && style.position !== "sticky") continue;
      if (style.display === "none" || style.visibility === "hidden") continue;
      const r = e.getBoundingClientRect();
      const top = Math.max(0, r.top);
      const bottom = Math.min(innerHeight, r.bottom);
      if (bottom > top && r.width > 0) spans.push([top, bottom]);
    }
    spans.sort((a, b) => a[0] - b[0]);
    let covered = 0;
    let end = -1;
    for (const [top, bottom] of spans) {
      if (top > end) {
        covered += bottom - top;
        end = bottom;
      } else if (bottom > end) {
        covered += bottom - end;
        end = bottom;
      }
    }
    return covered / innerHeight;
  });
}

/** Scrolls the page to `fraction` (0–1) of its scrollable height and lets it lay out. */
export function scrollToFraction(page, fraction) {
  return page.evaluate(
    (f) =>
      new Promise((done) => {
        window.scrollTo(0, (document.documentElement.scrollHeight - innerHeight) * f);
        requestAnimationFrame(() => requestAnimationFrame(() => done(scrollY)));
      }),
    fraction,
  );
}
