// Service worker of Écrans en famille.
// `cargo xtask dist` fills in the build version, the list of every file the build wrote (every
// wasm part of every page included, but not the .br/.gz copies) and the pages' addresses, so a
// new build makes a new cache. It precaches everything on install, so after a first visit of any
// one page every page opens offline; it answers a page's address with that page's pre-rendered
// HTML (`/atelier/5` with `/atelier/index.html`, an unknown address with `/index.html`), deletes
// old caches on activation, and waits for the page to say "SKIP_WAITING" (the « Mettre à jour »
// button) before replacing an older worker. A build's wasm parts live in a folder named from
// their bytes, so an old page never loads a new build's parts or the other way round.
// It only ever talks to the app's own origin; no data is sent anywhere.

const VERSION = "__BUILD_VERSION__";
const CACHE = `ecrans-${VERSION}`;
const PRECACHE = [/* __PRECACHE__ */];
const PAGES = [/* __PAGES__ */];

/// The pre-rendered HTML file for a page's address.
function pageFile(pathname) {
  const path = pathname.replace(/\/+$/, "");
  const page = PAGES.find((own) => path === own || path.startsWith(`${own}/`));
  return page ? `${page}/index.html` : "/index.html";
}

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
      caches.open(CACHE).then((cache) => cache.match(pageFile(url.pathname)).then((cached) => cached || fetch(request))),
    );
    return;
  }
  event.respondWith(
    caches.open(CACHE).then((cache) => cache.match(url.pathname).then((cached) => cached || fetch(request))),
  );
});
