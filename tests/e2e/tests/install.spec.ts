// Chromium considers the app installable: CDP Page.getInstallabilityErrors returns nothing.
// This needs a persistent context (in the default one every answer says "in-incognito").
import { chromium } from "@playwright/test";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test, expect, watchContext } from "./fixtures";
import { chromiumArgs } from "../playwright.config";

test("Chromium reports no installability error", { tag: "@projector" }, async ({ baseURL }, testInfo) => {
  const profile = mkdtempSync(join(tmpdir(), "ecrans-install-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: "/usr/bin/chromium",
    args: chromiumArgs,
    baseURL,
  });
  try {
    const watch = watchContext(context, new URL(baseURL!).origin);
    const page = await context.newPage();
    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await page.waitForFunction(async () => (await navigator.serviceWorker.ready) !== null);
    const cdp = await context.newCDPSession(page);
    const manifest = await cdp.send("Page.getAppManifest");
    expect(manifest.errors).toEqual([]);
    const { installabilityErrors } = await cdp.send("Page.getInstallabilityErrors");
    expect(installabilityErrors).toEqual([]);
    watch.assertClean();
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
});
