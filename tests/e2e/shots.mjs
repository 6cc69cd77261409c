import { chromium } from "playwright";
const base = "http://127.0.0.1:8461";
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox"] });
const views = [
  ["phone", { viewport: { width: 390, height: 844 }, deviceScaleFactor: 1, isMobile: true, hasTouch: true }],
  ["tablet", { viewport: { width: 1024, height: 768 }, deviceScaleFactor: 1, hasTouch: true }],
  ["projector", { viewport: { width: 1920, height: 1080 }, deviceScaleFactor: 1 }],
];
for (const [name, options] of views) {
  for (const size of ["100", "150"]) {
    const context = await browser.newContext({ ...options, locale: "fr-FR" });
    const page = await context.newPage();
    page.on("pageerror", (e) => console.log(name, "pageerror", String(e)));
    await page.goto(base + "/");
    await page.evaluate((s) => localStorage.setItem("ecrans.text-size", s), size);
    await page.goto(base + "/atelier/adapter");
    await page.waitForSelector(".deck-editor-pick");
    await page.screenshot({ path: `/tmp/shot-${name}-${size}-top.png` });
    await page.locator('.deck-editor-pick[data-slide-id="sommeil"]').click({ timeout: 5000 }).catch((e) => console.log(name, size, "click failed"));
    await page.getByLabel("Titre", { exact: true }).fill("Le sommeil de vos enfants");
    await page.waitForTimeout(500);
    await page.screenshot({ path: `/tmp/shot-${name}-${size}.png`, fullPage: name !== "projector" ? false : false });
    await page.locator(".deck-editor-form").scrollIntoViewIfNeeded();
    await page.screenshot({ path: `/tmp/shot-${name}-${size}-form.png` });
    await context.close();
  }
}
await browser.close();
