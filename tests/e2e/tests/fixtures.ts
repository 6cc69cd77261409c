// Shared fixtures: every test fails if the page printed a console error or threw, or if any
// request went anywhere but the local server. `AppPage` is the page object for the shell.
import { test as base, expect, type Page, type BrowserContext, type Request } from "@playwright/test";

export { expect };

/** Watches a browser context: requests to other origins, console errors, uncaught errors.
 * `expectedErrors` are console errors a test provokes on purpose (a part answered 404). */
export function watchContext(context: BrowserContext, origin: string, expectedError?: RegExp) {
  const foreignRequests: string[] = [];
  const consoleErrors: string[] = [];
  context.on("request", (request) => {
    const url = request.url();
    if (!(url.startsWith(origin + "/") || url === origin || url.startsWith("data:") || url.startsWith("blob:"))) {
      foreignRequests.push(url);
    }
  });
  context.on("console", (message) => {
    if (message.type() === "error" && !(expectedError && expectedError.test(message.text()))) {
      consoleErrors.push(message.text());
    }
  });
  context.on("weberror", (error) => consoleErrors.push(String(error.error())));
  return {
    assertClean() {
      expect(foreignRequests, "every request goes to the local server").toEqual([]);
      expect(consoleErrors, "no console error").toEqual([]);
    },
  };
}

const startWatched = new WeakSet<Page>();

/** How long a page may take to start before the test says why it did not. */
const START_TIMEOUT_MS = 45_000;

/** Records what a page's context fetched (the page's own requests and its service worker's) and
 * what the page printed, so a page that does not start says which requests never ended. It is
 * how the start stall was found: first visits of `/carnet` whose requests for a wasm part never
 * ended were requests the test server had never read (tiny_http's connection pool lost
 * connections opened in a burst; see xtask/src/http_connection.rs). There is no warm-up and no
 * retry: every page a test opens is a first start. */
function startDiary(page: Page) {
  const began = Date.now();
  const pending = new Map<Request, number>();
  const events: string[] = [];
  const at = () => `+${Date.now() - began} ms`;
  const name = (request: Request) => `${request.serviceWorker() ? "[service worker] " : ""}${new URL(request.url()).pathname}`;
  const context = page.context();
  context.on("request", (request) => pending.set(request, Date.now()));
  context.on("requestfinished", (request) => pending.delete(request));
  context.on("requestfailed", (request) => {
    pending.delete(request);
    events.push(`${at()} failed ${name(request)}: ${request.failure()?.errorText}`);
  });
  page.on("console", (message) => {
    if (message.type() !== "log") events.push(`${at()} console.${message.type()}: ${message.text()}`);
  });
  page.on("load", () => events.push(`${at()} load`));
  page.on("crash", () => events.push(`${at()} the page crashed`));
  return () => {
    const open = [...pending].map(([request, since]) => `  ${name(request)} (pending for ${Date.now() - since} ms)`);
    return [`requests that never ended (${open.length}):`, ...open.slice(0, 30), "events:", ...events.slice(-30).map((event) => `  ${event}`)].join("\n");
  };
}

/** Every page a test opens is first the page pre-rendered at build time, which the app replaces
 * once it has started. After this, the page's `goto` and `reload` also wait for that (the
 * `starting` class of `<html>` gone), so a test acts on the app, not on the static copy; a test
 * that watches the start itself passes `waitUntil: "commit"`. */
export function waitForAppOnNavigation(page: Page) {
  if (startWatched.has(page)) return;
  startWatched.add(page);
  const diary = startDiary(page);
  const started = async () => {
    try {
      await page.waitForFunction(() => document.documentElement !== null && !document.documentElement.classList.contains("starting"), null, {
        timeout: START_TIMEOUT_MS,
      });
    } catch (error) {
      throw new Error(`the app did not start within ${START_TIMEOUT_MS / 1000} s (${String(error).split("\n")[0]})\n${diary()}`);
    }
  };
  const goto = page.goto.bind(page);
  page.goto = async (url, options) => {
    const response = await goto(url, options);
    if (options?.waitUntil !== "commit") await started();
    return response;
  };
  const reload = page.reload.bind(page);
  page.reload = async (options) => {
    const response = await reload(options);
    if (options?.waitUntil !== "commit") await started();
    return response;
  };
}

export const test = base.extend<{ guard: void; app: AppPage; expectedConsoleError: RegExp | undefined }>({
  // Console errors a test provokes on purpose, e.g. `test.use({ expectedConsoleError: /404/ })`.
  expectedConsoleError: [undefined, { option: true }],
  guard: [
    async ({ context, baseURL, expectedConsoleError }, use) => {
      const watch = watchContext(context, new URL(baseURL!).origin, expectedConsoleError);
      await use();
      watch.assertClean();
    },
    { auto: true },
  ],
  // Every page of every context waits for the app's start in `goto` and `reload` (see
  // `waitForAppOnNavigation`).
  browser: [
    async ({ browser }, use) => {
      const newContext = browser.newContext.bind(browser);
      browser.newContext = async (options) => {
        const context = await newContext(options);
        context.on("page", waitForAppOnNavigation);
        return context;
      };
      await use(browser);
    },
    { scope: "worker" },
  ],
  page: async ({ page }, use) => {
    waitForAppOnNavigation(page);
    await use(page);
  },
  app: async ({ page }, use) => {
    await use(new AppPage(page));
  },
});

/** The app's routes, with their headings in both languages. */
export const ROUTES = [
  { path: "/", fr: "Écrans en famille", en: "Screens in the family" },
  { path: "/atelier", fr: "Atelier", en: "Workshop" },
  { path: "/carnet", fr: "Carnet", en: "Diary" },
  { path: "/graphiques", fr: "Graphiques", en: "Charts" },
  { path: "/comparer", fr: "Comparer", en: "Compare" },
  { path: "/reglages", fr: "Réglages", en: "Settings" },
] as const;

export class AppPage {
  constructor(readonly page: Page) {}

  async open(path: string) {
    await this.page.goto(path);
    await this.waitForStart();
    await expect(this.page.locator("nav.nav-bar")).toBeVisible();
  }

  /** Waits until the app has replaced the page pre-rendered at build time (`<html>` loses its
   * `starting` class), so what a test sees next is the app itself. */
  async waitForStart() {
    await this.page.waitForFunction(() => document.documentElement !== null && !document.documentElement.classList.contains("starting"));
  }

  heading() {
    return this.page.getByRole("heading", { level: 1 });
  }

  navigation() {
    return this.page.getByRole("navigation", { name: /Menu principal|Main menu/ });
  }

  /** Waits until the service worker controls the page (the app is then ready offline). */
  async waitForOfflineReady() {
    await this.page.waitForFunction(async () => {
      await navigator.serviceWorker.ready;
      return navigator.serviceWorker.controller !== null;
    });
  }

  async storedValue(key: string) {
    return this.page.evaluate((k) => localStorage.getItem(k), key);
  }
}
