// When a new build is deployed, its service worker waits; the page offers « Mettre à jour »,
// and clicking it activates the new worker and reloads. The new build is simulated by
// rewriting the version in the served sw.js (E2E_DIST_DIR), then restoring it.
import { cpSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { test, expect } from "./fixtures";

/** Writes `text` back into `file` with the times `file` had, so the server goes on sending its
 * precompressed copies (it sends a `.br` only when it is not older than the file). */
function restore(file: string, text: string, times: { atime: Date; mtime: Date }) {
  writeFileSync(file, text);
  utimesSync(file, times.atime, times.mtime);
}

test("a waiting new version is offered and taken in one tap", async ({ app, page }) => {
  const dist = process.env.E2E_DIST_DIR;
  test.skip(!dist, "needs the served dist/ folder (cargo xtask test sets E2E_DIST_DIR)");
  const workerFile = join(dist!, "sw.js");
  const original = readFileSync(workerFile, "utf8");
  const originalTimes = statSync(workerFile);
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
    restore(workerFile, original, originalTimes);
  }
});

test("a new build's parts replace the old ones: after « Mettre à jour » no old part is requested", async ({ app, page }) => {
  const dist = process.env.E2E_DIST_DIR;
  test.skip(!dist, "needs the served dist/ folder (cargo xtask test sets E2E_DIST_DIR)");
  // Simulate a new build: the same files under a new app folder and start-up script name,
  // as a build with different bytes would write them.
  const oldFolder = readdirSync(dist!).find((name) => /^app-[0-9a-f]+$/.test(name))!;
  const oldBoot = readdirSync(dist!).find((name) => /^boot-[0-9a-f]+\.js$/.test(name))!;
  const newFolder = "app-e2e0000000000001";
  const newBoot = "boot-e2e0000000000001.js";
  const pages = ["index.html", "atelier/index.html", "carnet/index.html", "graphiques/index.html", "comparer/index.html", "reglages/index.html"];
  const rewritten = [...pages, "sw.js"];
  const originals = new Map(rewritten.map((file) => [file, readFileSync(join(dist!, file), "utf8")]));
  const times = new Map(rewritten.map((file) => [file, statSync(join(dist!, file))]));
  const renamed = (text: string) => text.replaceAll(oldFolder, newFolder).replaceAll(oldBoot, newBoot);
  try {
    await app.open("/carnet");
    await app.waitForOfflineReady();

    cpSync(join(dist!, oldFolder), join(dist!, newFolder), { recursive: true });
    writeFileSync(join(dist!, newBoot), renamed(readFileSync(join(dist!, oldBoot), "utf8")));
    for (const file of rewritten) {
      // The .br/.gz copies are now older than the file, so the server sends the file itself.
      const text = renamed(originals.get(file)!);
      writeFileSync(join(dist!, file), file === "sw.js" ? text.replace(/const VERSION = "[^"]+"/, 'const VERSION = "e2e-new-build"') : text);
    }

    await page.reload();
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.update());
    const update = page.getByRole("button", { name: "Mettre à jour" });
    await expect(page.getByText("Nouvelle version disponible")).toBeVisible();

    const requested: string[] = [];
    page.on("request", (request) => requested.push(new URL(request.url()).pathname));
    await Promise.all([page.waitForEvent("load"), update.click()]);
    await app.waitForStart();
    await expect(app.heading()).toHaveText("Carnet");
    await page.goto("/graphiques");
    await expect(app.heading()).toHaveText("Graphiques");
    expect(requested.filter((path) => path.includes(oldFolder) || path.includes(oldBoot))).toEqual([]);
    expect(requested.some((path) => path.startsWith(`/${newFolder}/`))).toBe(true);
  } finally {
    for (const [file, text] of originals) restore(join(dist!, file), text, times.get(file)!);
    rmSync(join(dist!, newFolder), { recursive: true, force: true });
    rmSync(join(dist!, newBoot), { force: true });
  }
});
