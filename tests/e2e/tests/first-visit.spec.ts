// The first visit: the wasm is split by page, so a first visit downloads the shell and that
// page's parts only; the server's HTML is already the real page (pre-rendered at build time),
// which the app replaces without a shift; a part or the app that cannot load says so with
// « Réessayer ». The service worker then precaches every part (offline.spec.ts checks that
// every page opens offline afterwards).
import { test, expect } from "./fixtures";
import type { Page, Request, Route } from "@playwright/test";

/** The wasm parts (`split_x.wasm`, `chunk_n.wasm`) among requests the page itself made. */
function partsRequested(requests: Request[]) {
  return requests
    .map((request) => new URL(request.url()).pathname)
    .filter((path) => /\/(split|chunk)_[^/]*\.wasm$/.test(path))
    .map((path) => path.split("/").pop()!);
}

/** Records the requests the page makes (not those of its service worker). */
function recordPageRequests(page: Page) {
  const requests: Request[] = [];
  page.on("request", (request) => {
    if (!request.serviceWorker()) requests.push(request);
  });
  return requests;
}

test("a first visit of / fetches no page's part: the home page is in the main module", async ({ app, page }) => {
  const requests = recordPageRequests(page);
  await app.open("/");
  await expect(app.heading()).toHaveText("Écrans en famille");
  await app.waitForOfflineReady();
  expect(partsRequested(requests)).toEqual([]);
  const paths = requests.map((request) => new URL(request.url()).pathname);
  expect(paths.some((path) => /\/app-[0-9a-f]+\/ecrans_bg\.wasm$/.test(path))).toBe(true);
});

test("a first visit of /carnet fetches the diary's part and no other page's", async ({ app, page }) => {
  const requests = recordPageRequests(page);
  await app.open("/carnet");
  await expect(app.heading()).toHaveText("Carnet");
  const parts = partsRequested(requests);
  expect(parts).toContain("split_diary_page.wasm");
  expect(parts.filter((part) => part.startsWith("split_"))).toEqual(["split_diary_page.wasm"]);
});

test("a first visit straight to /atelier/5 opens the fifth slide", async ({ page }) => {
  await page.goto("/atelier/5");
  await expect(page).toHaveURL(/\/atelier\/5$/);
  await expect(page.locator("#deck-stage")).toHaveAttribute("aria-label", /^Diapositive 5 sur \d+$/);
  await expect(page.locator("#deck-stage .stage-slide.is-current")).toBeVisible();
});

test("the server's HTML is already the page, in French, before any wasm runs", async ({ page, baseURL }) => {
  for (const [path, heading] of [
    ["/", "Écrans en famille"],
    ["/carnet", "Carnet"],
    ["/graphiques", "Graphiques"],
    ["/atelier", "Atelier"],
    ["/comparer", "Comparer"],
    ["/reglages", "Réglages"],
  ]) {
    const response = await page.request.get(baseURL + path, { headers: { "Accept-Encoding": "br" } });
    expect(response.status()).toBe(200);
    expect(response.headers()["content-encoding"]).toBe("br");
    expect(response.headers()["vary"]).toBe("Accept-Encoding");
    const html = await response.text();
    expect(html).toContain(`<h1 id="page-title" tabindex="-1">${heading}</h1>`);
    expect(html).toContain('<nav class="nav-bar" aria-label="Menu principal">');
    expect(html).toContain('<html lang="fr" class="starting">');
  }
  const plain = await page.request.get(baseURL + "/carnet", { headers: { "Accept-Encoding": "identity" } });
  expect(plain.headers()["content-encoding"]).toBeUndefined();
  expect(await plain.text()).toContain("Carnet");
});

/** Holds every wasm file back 1.5 s, as an old phone on a poor connection would, and adds up
 * the page's layout shifts in `window.__shift`. */
async function holdWasmAndWatchShifts(page: Page) {
  await page.route(/\.wasm$/, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 1500));
    await route.continue();
  });
  await page.addInitScript(() => {
    (window as unknown as { __shift: number }).__shift = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[]) {
        if (!entry.hadRecentInput) (window as unknown as { __shift: number }).__shift += entry.value;
      }
    }).observe({ type: "layout-shift", buffered: true });
  });
}

test("while the wasm downloads, the pre-rendered page is shown; the app then takes its place without a shift", async ({ page }) => {
  await holdWasmAndWatchShifts(page);
  await page.goto("/carnet", { waitUntil: "commit" });
  await expect(page.getByRole("heading", { level: 1, name: "Carnet" })).toBeVisible();
  await expect(page.locator("html")).toHaveClass(/starting/);
  await expect(page.locator(".prerendered").first()).toBeVisible();
  await expect(page.locator("html")).not.toHaveClass(/starting/, { timeout: 30_000 });
  await expect(page.locator(".prerendered")).toHaveCount(0);
  await expect(page.getByRole("heading", { level: 1, name: "Carnet" })).toBeVisible();
  const shift = await page.evaluate(() => (window as unknown as { __shift: number }).__shift);
  expect(shift).toBe(0);
});

test("a user who chose English sees the pre-rendered French words change once, without a shift", async ({ page }) => {
  await page.addInitScript(() => {
    if (localStorage.getItem("ecrans.language") === null) localStorage.setItem("ecrans.language", "en");
  });
  await holdWasmAndWatchShifts(page);
  await page.goto("/carnet", { waitUntil: "commit" });
  await expect(page.getByRole("heading", { level: 1, name: "Carnet" })).toBeVisible();
  await expect(page.locator("html")).toHaveClass(/starting/);
  await expect(page.locator("html")).not.toHaveClass(/starting/, { timeout: 30_000 });
  await expect(page.getByRole("heading", { level: 1, name: "Diary" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  const shift = await page.evaluate(() => (window as unknown as { __shift: number }).__shift);
  expect(shift).toBe(0);
});

test.describe("a browser that cannot run the app", () => {
  test("without WebAssembly, one sentence says which browsers work", async ({ page }) => {
    await page.addInitScript(() => {
      delete (window as unknown as { WebAssembly?: unknown }).WebAssembly;
    });
    await page.goto("/", { waitUntil: "commit" });
    await expect(page.getByRole("alert").filter({ hasText: "Ce navigateur est trop ancien pour Écrans en famille." })).toBeVisible();
    await expect(page.getByRole("alert").filter({ hasText: "Safari 15" })).toBeVisible();
    await expect(page.getByRole("alert").filter({ hasText: "L’application n’a pas pu démarrer" })).toBeHidden();
    await expect(page.locator("html")).toHaveClass(/starting/);
  });

  test("with WebAssembly but without a feature the build uses, the same sentence, in the browser's language", async ({ browser, baseURL }) => {
    const context = await browser.newContext({ locale: "en-GB" });
    const page = await context.newPage();
    // A browser from before reference types: it refuses any module that uses them.
    await page.addInitScript(() => {
      const validate = WebAssembly.validate.bind(WebAssembly);
      WebAssembly.validate = (bytes: BufferSource) => {
        const view = new Uint8Array(bytes instanceof ArrayBuffer ? bytes : (bytes as ArrayBufferView).buffer);
        for (let i = 0; i + 1 < view.length; i++) if (view[i] === 0xd0 && view[i + 1] === 0x6f) return false;
        return validate(bytes);
      };
    });
    await page.goto(baseURL + "/", { waitUntil: "commit" });
    await expect(page.getByRole("alert").filter({ hasText: "This browser is too old for Écrans en famille." })).toBeVisible();
    await expect(page.getByRole("alert").filter({ hasText: "The app could not start" })).toBeHidden();
    await context.close();
  });
});

test.describe("a part that cannot be fetched", () => {
  test.use({ expectedConsoleError: /404|Failed to load resource|WebAssembly|wasm/i });

  test("says so with « Réessayer », which loads it once it is there", async ({ app, page }) => {
    let refuse = true;
    await page.route(/\/split_charts_page\.wasm$/, (route) =>
      refuse ? route.fulfill({ status: 404, body: "Not found" }) : route.continue(),
    );
    await page.goto("/graphiques", { waitUntil: "commit" });
    await expect(page.getByRole("heading", { level: 1, name: "Cette page n’a pas pu être chargée" })).toBeVisible();
    const retry = page.getByRole("button", { name: "Réessayer" });
    await expect(retry).toBeVisible();
    refuse = false;
    // « Réessayer » reloads: wait for the new page's load before waiting for the app in it.
    await Promise.all([page.waitForEvent("load"), retry.click()]);
    await app.waitForStart();
    await expect(app.heading()).toHaveText("Graphiques");
  });
});

test.describe("an app that cannot start", () => {
  test.use({ expectedConsoleError: /404|Failed to load resource|WebAssembly|wasm/i });

  test("a main module answered 404 shows the message in words, with « Réessayer »", async ({ app, page }) => {
    let refuse = true;
    await page.route(/\/ecrans_bg\.wasm$/, (route) =>
      refuse ? route.fulfill({ status: 404, body: "Not found" }) : route.continue(),
    );
    await page.goto("/carnet", { waitUntil: "commit" });
    const problem = page.getByRole("alert").filter({ hasText: "L’application n’a pas pu démarrer" });
    await expect(problem).toBeVisible();
    await expect(page.getByRole("heading", { level: 1, name: "Carnet" })).toBeVisible();
    refuse = false;
    // « Réessayer » empties the caches, then reloads: wait for the new page's load first.
    await Promise.all([page.waitForEvent("load"), problem.getByRole("button", { name: "Réessayer" }).click()]);
    await app.waitForStart();
    await expect(app.heading()).toHaveText("Carnet");
  });

  test("a main module whose download never ends shows the message after the wait, with « Réessayer »", async ({ app, page }) => {
    // A download that hangs keeps the page's `load` from firing: the wait must not depend on it.
    test.setTimeout(120_000);
    let hold = true;
    const held: Route[] = [];
    await page.route(/\/ecrans_bg\.wasm$/, (route) => (hold ? held.push(route) : route.continue()));
    await page.goto("/carnet", { waitUntil: "commit" });
    const problem = page.getByRole("alert").filter({ hasText: "L’application n’a pas pu démarrer" });
    await expect(problem).toBeVisible({ timeout: 60_000 });
    expect(held.length).toBeGreaterThan(0);
    await expect(page.getByRole("heading", { level: 1, name: "Carnet" })).toBeVisible();
    hold = false;
    // « Réessayer » empties the caches, then reloads: wait for the new page's load first.
    await Promise.all([page.waitForEvent("load"), problem.getByRole("button", { name: "Réessayer" }).click()]);
    await app.waitForStart();
    await expect(app.heading()).toHaveText("Carnet");
  });

  test("a valid but foreign wasm module in place of the app's shows the message, not a blank page", async ({ app, page }) => {
    // The smallest valid module: it instantiates but exports nothing the app's glue needs.
    const foreign = Buffer.from([0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00]);
    let foreignServed = true;
    await page.route(/\/ecrans_bg\.wasm$/, (route) =>
      foreignServed
        ? route.fulfill({ status: 200, body: foreign, headers: { "Content-Type": "application/wasm" } })
        : route.continue(),
    );
    await page.goto("/", { waitUntil: "commit" });
    const problem = page.getByRole("alert").filter({ hasText: "L’application n’a pas pu démarrer" });
    await expect(problem).toBeVisible();
    foreignServed = false;
    // « Réessayer » empties the caches, then reloads: wait for the new page's load first.
    await Promise.all([page.waitForEvent("load"), problem.getByRole("button", { name: "Réessayer" }).click()]);
    await app.waitForStart();
    await expect(app.heading()).toHaveText("Écrans en famille");
  });

  test("the message follows the browser's language", async ({ browser, baseURL }) => {
    const context = await browser.newContext({ locale: "en-GB" });
    const page = await context.newPage();
    await page.route(/\/ecrans_bg\.wasm$/, (route) => route.fulfill({ status: 404, body: "Not found" }));
    await page.goto(baseURL + "/", { waitUntil: "commit" });
    await expect(page.getByRole("alert").filter({ hasText: "The app could not start" })).toBeVisible();
    await expect(page.getByRole("button", { name: "Try again" })).toBeVisible();
    await context.close();
  });
});
