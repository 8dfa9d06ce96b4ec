// The fixture every end-to-end suite shares: the built app served on a free
// port and one headless Chromium, started before the file's tests and
// stopped after them.
import { before, after } from "node:test";
import { statSync } from "node:fs";
import { join } from "node:path";
import { chromium } from "playwright-core";
import { serve, CHROMIUM, CHROMIUM_ARGS } from "./server.mjs";

/**
 * Registers the file's before/after hooks and returns `{ server, origin,
 * browser }`, filled in once `before` has run (so read them inside tests).
 */
export function appUnderTest(dist) {
  const app = {};
  before(async () => {
    statSync(join(dist, "index.html")); // fail early: build first
    app.server = await serve(dist);
    app.origin = new URL(app.server.url).origin;
    app.browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  });
  after(async () => {
    await app.browser?.close();
    await app.server?.close();
  });
  return app;
}
