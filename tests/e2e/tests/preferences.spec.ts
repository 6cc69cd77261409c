// Language and text size: switched in one tap, remembered on the device, and a corrupt stored
// value never breaks the app nor gets overwritten until the user picks a new value.
import { test, expect, ROUTES } from "./fixtures";

test("the language switch changes the interface and is remembered after a reload", async ({ app, page }) => {
  await app.open("/");
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
  await page.getByRole("button", { name: "Switch to English" }).click();
  await expect(app.heading()).toHaveText("Screens in the family");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(app.navigation().getByRole("link", { name: "Diary" })).toBeVisible();
  await page.reload();
  await expect(app.heading()).toHaveText("Screens in the family");
  expect(await app.storedValue("ecrans.language")).toBe("en");
  for (const route of ROUTES) {
    await app.open(route.path);
    await expect(app.heading()).toHaveText(route.en);
  }
  await app.open("/reglages");
  await page.getByRole("radio", { name: "Français" }).check();
  await expect(app.heading()).toHaveText("Réglages");
});

test.describe("with an English browser", () => {
  test.use({ locale: "en-GB" });
  test("the first default follows the browser's language", async ({ app }) => {
    await app.open("/");
    await expect(app.heading()).toHaveText("Screens in the family");
  });
});

test.describe("with a German browser", () => {
  test.use({ locale: "de-DE" });
  test("the first default is French when the browser speaks neither", async ({ app }) => {
    await app.open("/");
    await expect(app.heading()).toHaveText("Écrans en famille");
  });
});

test("the text size is chosen in Réglages and remembered", async ({ app, page }) => {
  await app.open("/reglages");
  const rootSize = () => page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
  expect(await rootSize()).toBe(18);
  await page.getByRole("radio", { name: "Très grande (150 %)" }).check();
  expect(await rootSize()).toBe(27);
  await page.reload();
  await expect(page.getByRole("radio", { name: "Très grande (150 %)" })).toBeChecked();
  expect(await rootSize()).toBe(27);
  expect(await app.storedValue("ecrans.text-size")).toBe("150");
});

test("corrupt stored preferences fall back to the defaults and are kept until a new choice", async ({ app, page }) => {
  await app.open("/");
  await page.evaluate(() => {
    localStorage.setItem("ecrans.language", '{"broken":');
    localStorage.setItem("ecrans.text-size", "9000");
  });
  await page.reload();
  await expect(app.heading()).toHaveText("Écrans en famille");
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize)).toBe("18px");
  expect(await app.storedValue("ecrans.language")).toBe('{"broken":');
  expect(await app.storedValue("ecrans.text-size")).toBe("9000");
  await app.open("/reglages");
  await page.getByRole("radio", { name: "Grande (125 %)" }).check();
  expect(await app.storedValue("ecrans.text-size")).toBe("125");
  expect(await app.storedValue("ecrans.language")).toBe('{"broken":');
});

test("a setting the phone refuses to keep is said in a banner, and still applies until the page closes", async ({ app, page }) => {
  await app.open("/reglages");
  await page.evaluate(() => {
    const setItem = Storage.prototype.setItem;
    (window as unknown as { __refuse: boolean }).__refuse = true;
    Storage.prototype.setItem = function (key: string, value: string) {
      if ((window as unknown as { __refuse: boolean }).__refuse && key === "ecrans.text-size") {
        throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
      }
      return setItem.call(this, key, value);
    };
  });
  const banner = page.getByRole("alert").filter({ hasText: "Ce réglage n’a pas pu être enregistré sur ce téléphone" });
  await expect(banner).toHaveCount(0);
  await page.getByRole("radio", { name: "Très grande (150 %)" }).check();
  await expect(banner).toBeVisible();
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize)).toBe("27px");
  expect(await app.storedValue("ecrans.text-size")).toBeNull();
  // Once the phone keeps settings again, the next choice is saved and the banner goes.
  await page.evaluate(() => ((window as unknown as { __refuse: boolean }).__refuse = false));
  await page.getByRole("radio", { name: "Grande (125 %)" }).check();
  await expect(banner).toHaveCount(0);
  expect(await app.storedValue("ecrans.text-size")).toBe("125");
});
