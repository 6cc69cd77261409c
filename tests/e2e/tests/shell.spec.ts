// The shell: every route shows its heading with the navigation, unknown addresses get a
// friendly page, and the server sends the Content-Security-Policy. (What a slow first visit
// shows is in first-visit.spec.ts.)
import { test, expect, ROUTES } from "./fixtures";

for (const route of ROUTES) {
  test(`${route.path} shows its heading and the navigation`, async ({ app, page }) => {
    await app.open(route.path);
    await expect(app.heading()).toHaveText(route.fr);
    await expect(app.navigation()).toBeVisible();
    const current = app.navigation().locator('a[aria-current="page"]');
    await expect(current).toHaveCount(1);
    await expect(current).toHaveAttribute("href", route.path);
    await expect(page).toHaveTitle(/Écrans en famille/);
  });
}

test("an unknown address shows « page introuvable » with a way home", async ({ app, page }) => {
  await app.open("/cette-page-n-existe-pas");
  await expect(app.heading()).toHaveText("Page introuvable");
  await page.getByRole("link", { name: "Revenir à l’accueil" }).click();
  await expect(app.heading()).toHaveText("Écrans en famille");
  await expect(page).toHaveURL(/\/$/);
});

test("the home page says the family's data stays on the phone", async ({ app, page }) => {
  await app.open("/");
  await expect(page.getByText("Les données de votre famille restent sur ce téléphone")).toBeVisible();
});

test("the server and the page carry the same strict Content-Security-Policy", async ({ page, request }) => {
  const response = await request.get("/");
  const header = response.headers()["content-security-policy"];
  for (const directive of [
    "default-src 'self'",
    "script-src 'self' 'wasm-unsafe-eval'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
  ]) {
    expect(header).toContain(directive);
  }
  await page.goto("/");
  const meta = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute("content");
  expect(header.startsWith(meta!)).toBe(true);
  const inlineScripts = await page.locator("script:not([src])").count();
  expect(inlineScripts, "no inline script: the CSP forbids them").toBe(0);
});

test("touch targets in the navigation are at least 44 × 44 px", async ({ app }) => {
  await app.open("/");
  const links = app.navigation().getByRole("link");
  const count = await links.count();
  expect(count).toBe(6);
  for (let i = 0; i < count; i++) {
    const box = await links.nth(i).boundingBox();
    expect(box!.width).toBeGreaterThanOrEqual(44);
    expect(box!.height).toBeGreaterThanOrEqual(44);
  }
});
