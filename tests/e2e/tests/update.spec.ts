// When a new build is deployed, its service worker waits; the page offers « Mettre à jour »,
// and clicking it activates the new worker and reloads. The new build is simulated by
// rewriting the version in the served sw.js (E2E_DIST_DIR), then restoring it.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { test, expect } from "./fixtures";

test("a waiting new version is offered and taken in one tap", async ({ app, page }) => {
  const dist = process.env.E2E_DIST_DIR;
  test.skip(!dist, "needs the served dist/ folder (cargo xtask test sets E2E_DIST_DIR)");
  const workerFile = join(dist!, "sw.js");
  const original = readFileSync(workerFile, "utf8");
  const oldVersion = /const VERSION = "([^"]+)"/.exec(original)![1];
  try {
    await app.open("/");
    await app.waitForOfflineReady();
    await expect(page.getByText("Nouvelle version disponible")).toHaveCount(0);

    writeFileSync(workerFile, original.replace(`"${oldVersion}"`, '"e2e-new-version"'));
    await page.reload();
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.update());
    const update = page.getByRole("button", { name: "Mettre à jour" });
    await expect(page.getByText("Nouvelle version disponible")).toBeVisible();

    await Promise.all([page.waitForEvent("load"), update.click()]);
    await expect(app.heading()).toHaveText("Écrans en famille");
    await expect(page.getByText("Nouvelle version disponible")).toHaveCount(0);
    const caches = await page.evaluate(() => window.caches.keys());
    expect(caches).toEqual(["ecrans-e2e-new-version"]);
  } finally {
    writeFileSync(workerFile, original);
  }
});
