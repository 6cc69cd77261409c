// Playwright end-to-end suite for Écrans en famille. `cargo xtask test` builds the release site,
// serves it on 127.0.0.1 and runs this suite against it (E2E_BASE_URL). Debian's Chromium is
// used; Playwright never downloads a browser. No retries: a flaky test is a bug to fix.
import { defineConfig } from "@playwright/test";

export const baseURL = process.env.E2E_BASE_URL ?? "http://127.0.0.1:8091";

export const chromiumArgs = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-dev-shm-usage",
];

export const phone = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, deviceScaleFactor: 2 };
export const projector = { viewport: { width: 1920, height: 1080 } };

export default defineConfig({
  testDir: "./tests",
  outputDir: "./test-results/artifacts",
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  forbidOnly: true,
  reporter: [
    ["list"],
    ["json", { outputFile: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ?? "test-results/results.json" }],
  ],
  use: {
    baseURL,
    locale: "fr-FR",
    serviceWorkers: "allow",
    launchOptions: { executablePath: "/usr/bin/chromium", args: chromiumArgs },
    trace: "off",
  },
  projects: [
    { name: "phone", use: phone, testIgnore: /update\.spec\.ts/ },
    { name: "projector", use: projector, testIgnore: /update\.spec\.ts/ },
    // Rewrites the served service worker and pages, so it runs alone, after everything else,
    // and its tests one after the other (two rewrites at once would mix their versions).
    { name: "update", use: phone, testMatch: /update\.spec\.ts/, dependencies: ["phone", "projector"], fullyParallel: false },
  ],
});
