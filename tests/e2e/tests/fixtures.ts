// Shared fixtures: every test fails if the page printed a console error or threw, or if any
// request went anywhere but the local server. `AppPage` is the page object for the shell.
import { test as base, expect, type Page, type BrowserContext } from "@playwright/test";

export { expect };

/** Watches a browser context: requests to other origins, console errors, uncaught errors. */
export function watchContext(context: BrowserContext, origin: string) {
  const foreignRequests: string[] = [];
  const consoleErrors: string[] = [];
  context.on("request", (request) => {
    const url = request.url();
    if (!(url.startsWith(origin + "/") || url === origin || url.startsWith("data:") || url.startsWith("blob:"))) {
      foreignRequests.push(url);
    }
  });
  context.on("console", (message) => {
    if (message.type() === "error") consoleErrors.push(message.text());
  });
  context.on("weberror", (error) => consoleErrors.push(String(error.error())));
  return {
    assertClean() {
      expect(foreignRequests, "every request goes to the local server").toEqual([]);
      expect(consoleErrors, "no console error").toEqual([]);
    },
  };
}

export const test = base.extend<{ guard: void; app: AppPage }>({
  guard: [
    async ({ context, baseURL }, use) => {
      const watch = watchContext(context, new URL(baseURL!).origin);
      await use();
      watch.assertClean();
    },
    { auto: true },
  ],
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
    await expect(this.page.locator("nav.nav-bar")).toBeVisible();
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
