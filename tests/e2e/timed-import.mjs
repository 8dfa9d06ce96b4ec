// One way to time a portfolio import, shared by the Excel e2e test and
// ./bench's xlsx row so that the figure the test prints and the one the
// README quotes are measured the same way.

/**
 * Picks `buffer` as file `name` in the portfolio page; returns ms from the
 * file chosen until its `rows` rows are scored and the table is shown.
 * Done is when the scoring progress bar has come and gone: on a second
 * import of the same rows the row count alone cannot tell the runs apart.
 * The pointer first goes to the import button, as a user's does to pick
 * a file (that starts loading the Excel reader and warming up the
 * import); `dialog` ms later (the time a user spends in the file dialog;
 * none unless asked) the file is chosen and the clock starts.
 */
export async function timedImport(page, name, buffer, rows = 10_000, { dialog = 0 } = {}) {
  await page.evaluate(() => {
    window.__seen = window.__fin = false;
    new MutationObserver(() => {
      if (document.querySelector("[data-progress]")) window.__seen = true;
      else if (window.__seen) window.__fin = true;
    }).observe(document.body, { subtree: true, childList: true, attributes: true });
  });
  await page.hover("label[for=portfolio-files]");
  if (dialog > 0) await page.waitForTimeout(dialog);
  const t0 = Date.now();
  await page.setInputFiles("#portfolio-files", { name, mimeType: "application/octet-stream", buffer });
  await page.waitForFunction(() => window.__fin, null, { timeout: 120_000 });
  await page.waitForSelector(`[data-portfolio-done="${rows}"]`);
  return Date.now() - t0;
}
