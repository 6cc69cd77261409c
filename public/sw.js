// Service worker of Écrans en famille.
// `cargo xtask dist` fills in the build version and the list of every file the build wrote, so a
// new build makes a new cache. It precaches everything on install, answers every app route with
// index.html (so the app opens offline), deletes old caches on activation, and waits for the page
// to say "SKIP_WAITING" (the « Mettre à jour » button) before replacing an older worker.
// It only ever talks to the app's own origin; no data is sent anywhere.

const VERSION = "__BUILD_VERSION__";
const CACHE = `ecrans-${VERSION}`;
const PRECACHE = [/* __PRECACHE__ */];

self.addEventListener("install", (event) => {
  event.waitUntil(
    caches.open(CACHE).then((cache) => cache.addAll(PRECACHE.map((url) => new Request(url, { cache: "reload" })))),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) => Promise.all(names.filter((name) => name.startsWith("ecrans-") && name !== CACHE).map((name) => caches.delete(name))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener("message", (event) => {
  if (event.data && event.data.type === "SKIP_WAITING") {
    self.skipWaiting();
  }
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== "GET" || url.origin !== self.location.origin) {
    return;
  }
  if (request.mode === "navigate") {
    event.respondWith(
      caches.open(CACHE).then((cache) => cache.match("/index.html").then((cached) => cached || fetch(request))),
    );
    return;
  }
  event.respondWith(
    caches.open(CACHE).then((cache) => cache.match(url.pathname).then((cached) => cached || fetch(request))),
  );
});
