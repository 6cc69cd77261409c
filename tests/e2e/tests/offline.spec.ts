// After a first visit, the whole app works offline: every route loads after a reload.
import { test, expect, ROUTES } from "./fixtures";

test("every route still loads offline after a first visit", async ({ app, page, context }) => {
  await app.open("/");
  await app.waitForOfflineReady();
  await context.setOffline(true);
  for (const route of ROUTES) {
    await page.goto(route.path);
    await expect(app.heading()).toHaveText(route.fr);
    await page.reload();
    await expect(app.heading()).toHaveText(route.fr);
  }
  await page.goto("/atelier/3");
  await expect(app.heading()).toBeVisible();
  await context.setOffline(false);
});
