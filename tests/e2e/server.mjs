// A minimal static server for the built app (dist/), bound to 127.0.0.1.
// Used by the end-to-end tests and the benchmark; it records every request
// so tests can prove the page asks for nothing it should not.
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize } from "node:path";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".wasm": "application/wasm",
  ".svg": "image/svg+xml",
  ".json": "application/json; charset=utf-8",
  ".webmanifest": "application/manifest+json",
  ".png": "image/png",
};

/** Where `serve(..., { pageScript })` serves the test's own page script. */
export const PAGE_SCRIPT_PATH = "/__e2e-page-script.js";

/**
 * Serves `root` on 127.0.0.1:`port` (0: a free one). `pageScript`, if given,
 * is JavaScript that every HTML page loads first, as a same-origin file (so
 * the page's CSP allows it): the cross-engine suite uses it to see page
 * errors in an engine whose driver reports none (classic WebDriver).
 */
export async function serve(root = "dist", port = 0, { pageScript } = {}) {
  const requests = [];
  const server = createServer(async (req, res) => {
    requests.push(req.url);
    const path = decodeURIComponent(new URL(req.url, "http://x").pathname);
    if (pageScript && path === PAGE_SCRIPT_PATH) {
      res.writeHead(200, { "content-type": TYPES[".js"], "cache-control": "no-cache" }).end(pageScript);
      return;
    }
    let file = normalize(join(root, path));
    if (!file.startsWith(normalize(root))) {
      res.writeHead(403).end();
      return;
    }
    try {
      if ((await stat(file)).isDirectory()) file = join(file, "index.html");
      let body = await readFile(file);
      if (pageScript && extname(file) === ".html") body = withPageScript(body.toString("utf8"));
      res.writeHead(200, { "content-type": TYPES[extname(file)] || "application/octet-stream", "cache-control": "no-cache" });
      res.end(body);
    } catch {
      res.writeHead(404, { "content-type": "text/plain" }).end("not found");
    }
  });
  await new Promise((ok) => server.listen(port, "127.0.0.1", ok));
  const { port: bound } = server.address();
  return { url: `http://127.0.0.1:${bound}/`, requests, close: () => new Promise((ok) => server.close(ok)), server };
}

/** The page with a script tag for PAGE_SCRIPT_PATH before its first script or stylesheet. */
function withPageScript(html) {
  const tag = `<script src="${PAGE_SCRIPT_PATH}"></script>`;
  const at = html.search(/<(script|link)\b/i);
  return at < 0 ? tag + html : html.slice(0, at) + tag + html.slice(at);
}

/** Headless Chromium as every suite and the benchmark launch it: Debian's
 * binary (never a downloaded one), no background traffic. */
export const CHROMIUM = process.env.CHROMIUM || "/usr/bin/chromium";
export const CHROMIUM_ARGS = [
  "--headless=new",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-dev-shm-usage",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-quic",
  "--no-first-run",
];

if (import.meta.url === `file://${process.argv[1]}`) {
  const s = await serve(process.argv[2] || "dist", Number(process.argv[3] || 8080));
  console.log(`serving ${process.argv[2] || "dist"} at ${s.url}`);
}
