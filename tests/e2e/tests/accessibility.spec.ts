// axe-core finds no violation on any route, in either language.
import AxeBuilder from "@axe-core/playwright";
import { test, expect, ROUTES } from "./fixtures";

for (const language of ["fr", "en"] as const) {
  for (const route of ROUTES) {
    test(`${route.path} in ${language} has no accessibility violation`, async ({ app, page }) => {
      await app.open("/");
      await page.evaluate((code) => localStorage.setItem("ecrans.language", code), language);
      await app.open(route.path);
      await expect(app.heading()).toHaveText(route[language]);
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
    });
  }
}

test.describe("in dark mode", () => {
  test.use({ colorScheme: "dark" });
  for (const route of ROUTES) {
    test(`${route.path} has no accessibility violation, contrast included`, async ({ app, page }) => {
      await app.open(route.path);
      await expect(app.heading()).toHaveText(route.fr);
      expect(await page.evaluate(() => matchMedia("(prefers-color-scheme: dark)").matches)).toBe(true);
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
    });
  }
});
