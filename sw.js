// Service worker: keeps the app usable offline after the first visit.
// BUILD and ASSETS are written by scripts/post-build.mjs, so every build is
// a new worker version (and the page can offer to reload into it).
// ASSETS includes the local policy catalog (/data/catalog-<hash>.bin), which
// the page fetches after its first score: precached, it is there offline.
const BUILD = "__BUILD__";
const ASSETS = __ASSETS__;
const CACHE = `sme-calc-${BUILD}`;

self.addEventListener("install", (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(ASSETS)));
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith("sme-calc-") && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener("message", (event) => {
  if (event.data === "skipWaiting") self.skipWaiting();
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== "GET" || url.origin !== self.location.origin) return;
  if (request.mode === "navigate") {
    // The page itself: the network when there is one (a new build shows at
    // once), else the cached copy.
    event.respondWith(
      fetch(request)
        .then((response) => {
          const copy = response.clone();
          caches.open(CACHE).then((cache) => cache.put("/index.html", copy));
          return response;
        })
        .catch(() => caches.match("/index.html").then((hit) => hit || caches.match("/"))),
    );
    return;
  }
  // The Excel module (content-hashed folder, not precached: most visits
  // never use it) is kept once fetched, so it works offline after its
  // first use.
  if (url.pathname.startsWith("/excel-")) {
    event.respondWith(
      caches.match(request).then(
        (hit) =>
          hit ||
          fetch(request).then((response) => {
            if (response.ok) {
              const copy = response.clone();
              caches.open(CACHE).then((cache) => cache.put(request, copy));
            }
            return response;
          }),
      ),
    );
    return;
  }
  // Hashed assets never change: the cache first.
  event.respondWith(caches.match(request).then((hit) => hit || fetch(request)));
});
