// Starts Écrans en famille. `cargo xtask dist` writes this file into the site as
// `boot-<hash>.js`, with the folder of this build's wasm parts in place of __APP_FOLDER__.
//
// The page the server sent is already the real page, pre-rendered at build time (see
// xtask/src/prerender.rs); the app mounts beside it, invisible, and takes its place once its
// first page is ready. If the app cannot start (a part did not download, the host sent the
// wrong file, the wasm threw while starting) or has not started 20 seconds after the page
// loaded, or 45 seconds after this script ran (a download that hangs keeps `load` from ever
// firing), this script shows the pre-rendered message in the browser's language, with
// « Réessayer ». The message is part of the pre-rendered page, so an app that starts later
// still takes its place. A browser without WebAssembly, or without one of the WebAssembly
// features the build uses, gets one sentence saying which browsers work.
// It sends nothing anywhere: the only requests are for the app's own files.

const APP_FOLDER = "/__APP_FOLDER__";
const START_TIMEOUT_MS = 20000;
const STALL_TIMEOUT_MS = 45000;
const root = document.documentElement;

/// "fr" or "en": the first of the browser's languages that the app speaks, French otherwise
/// (the rule of `ecrans_core::language`, needed here before the app exists).
function browserLanguage() {
  const tags = navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language || "fr"];
  for (const tag of tags) {
    const code = String(tag).toLowerCase().slice(0, 2);
    if (code === "fr" || code === "en") return code;
  }
  return "fr";
}

/// Shows one of the pre-rendered problems ("start-failed" or "browser-unsupported"), unless
/// the app is already up (then its own messages take over).
function showProblem(kind) {
  if (!root.classList.contains("starting")) return;
  for (const element of document.querySelectorAll(".start-problem")) element.hidden = true;
  const shown = document.getElementById(`${kind}-${browserLanguage()}`);
  if (shown) shown.hidden = false;
}

/// « Réessayer »: reloads the page. When the phone is online it first empties this app's
/// caches and unregisters its service worker, so a broken cached file is fetched again; when
/// offline it keeps them, since they are all there is.
async function retry() {
  try {
    if (navigator.onLine) {
      if ("caches" in self) {
        for (const name of await caches.keys()) {
          if (name.startsWith("ecrans-")) await caches.delete(name);
        }
      }
      if (navigator.serviceWorker) {
        for (const registration of await navigator.serviceWorker.getRegistrations()) {
          await registration.unregister();
        }
      }
    }
  } finally {
    location.reload();
  }
}

document.addEventListener("click", (event) => {
  if (event.target instanceof Element && event.target.closest("[data-retry]")) retry();
});

/// The WebAssembly features the build is made with (`WASM_FEATURES` in xtask/src/wasm_build.rs,
/// same names, checked by a test there): for each, the smallest module that uses it, after the
/// 8-byte header. A browser without the feature refuses to validate it.
const WASM_FEATURES = {
  "bulk-memory": [1, 4, 1, 96, 0, 0, 3, 2, 1, 0, 5, 3, 1, 0, 0, 10, 14, 1, 12, 0, 65, 0, 65, 0, 65, 0, 252, 10, 0, 0, 11],
  "nontrapping-float-to-int": [1, 5, 1, 96, 0, 1, 127, 3, 2, 1, 0, 10, 11, 1, 9, 0, 67, 0, 0, 0, 0, 252, 0, 11],
  "sign-ext": [1, 5, 1, 96, 0, 1, 127, 3, 2, 1, 0, 10, 7, 1, 5, 0, 65, 0, 192, 11],
  "mutable-globals": [2, 8, 1, 1, 97, 1, 98, 3, 127, 1],
  "reference-types": [1, 5, 1, 96, 0, 1, 111, 3, 2, 1, 0, 10, 6, 1, 4, 0, 208, 111, 11],
  "multivalue": [1, 6, 1, 96, 0, 2, 127, 127, 3, 2, 1, 0, 10, 8, 1, 6, 0, 65, 0, 65, 0, 11],
};

/// Whether this browser can run the build: WebAssembly, and every feature the build uses.
function runsTheBuild() {
  if (typeof WebAssembly !== "object" || typeof WebAssembly.instantiate !== "function" || typeof WebAssembly.validate !== "function") {
    return false;
  }
  const header = [0, 97, 115, 109, 1, 0, 0, 0];
  try {
    return Object.values(WASM_FEATURES).every((body) => WebAssembly.validate(new Uint8Array([...header, ...body])));
  } catch {
    return false;
  }
}

if (!runsTheBuild()) {
  showProblem("browser-unsupported");
} else {
  addEventListener("load", () => setTimeout(() => showProblem("start-failed"), START_TIMEOUT_MS));
  setTimeout(() => showProblem("start-failed"), STALL_TIMEOUT_MS);
  import(`${APP_FOLDER}/ecrans.js`)
    .then((app) => app.default({ module_or_path: `${APP_FOLDER}/ecrans_bg.wasm` }))
    .catch((error) => {
      console.warn("Écrans en famille could not start:", error);
      showProblem("start-failed");
    });
}
