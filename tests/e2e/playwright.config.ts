// Playwright end-to-end suite for Écrans en famille. `cargo xtask test` builds the release site,
// serves it on 127.0.0.1 and runs this suite against it (E2E_BASE_URL). Debian's Chromium is
// used; Playwright never downloads a browser. No retries: a flaky test is a bug to fix.
//
// Which viewport runs what: a test runs on the phone and on the projector, unless its title is
// tagged `@phone` or `@projector` (`test("…", { tag: "@phone" }, …)`), or its whole file is
// listed in PHONE_ONLY, PROJECTOR_ONLY or ADVISOR_EDITOR below (the last run on the projector
// and on a tablet, the advisor's two screens). The benchmarks (tag `@bench`) live in
// benchmarks/ and run in their own two projects: `cargo xtask bench` selects them with
// `--grep @bench`, `cargo xtask test` leaves them out with `--grep-invert @bench` (they are not
// dependencies of `update`, whose dependencies would run whole, whatever the grep).
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
export const tablet = { viewport: { width: 1024, height: 768 }, hasTouch: true, deviceScaleFactor: 2 };

/** The service worker update's journeys: their own project, run last (see below). */
const UPDATE = /update\.spec\.ts/;
/** Whole files of journeys that run on the phone viewport only. */
const PHONE_ONLY = [/backup\.spec\.ts/, /compare\.spec\.ts/, /demo\.spec\.ts/, /diary\.spec\.ts/];
/** Whole files that run on the projector viewport only: the advisor's group page. */
const PROJECTOR_ONLY = [/group\.spec\.ts/];
/** « Adapter le diaporama » and its export and import: the projector and a tablet. */
const ADVISOR_EDITOR = [/deck-editor\.spec\.ts/, /deck-exchange\.spec\.ts/];
/** The benchmarks' files, in benchmarks/. */
const BENCHMARKS = /\.bench\.ts$/;

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
    { name: "phone", use: phone, testIgnore: [UPDATE, ...PROJECTOR_ONLY, ...ADVISOR_EDITOR], grepInvert: /@projector\b/ },
    { name: "projector", use: projector, testIgnore: [UPDATE, ...PHONE_ONLY], grepInvert: /@phone\b/ },
    { name: "tablet", use: tablet, testMatch: ADVISOR_EDITOR },
    // Rewrites the served service worker and pages, so it runs alone, after everything else,
    // and its tests one after the other (two rewrites at once would mix their versions).
    { name: "update", use: phone, testMatch: UPDATE, dependencies: ["phone", "projector", "tablet"], fullyParallel: false },
    // The benchmarks (`cargo xtask bench`), one project per viewport like the tests.
    { name: "phone benchmarks", use: phone, testDir: "./benchmarks", testMatch: BENCHMARKS, grepInvert: /@projector\b/ },
    { name: "projector benchmarks", use: projector, testDir: "./benchmarks", testMatch: BENCHMARKS, grepInvert: /@phone\b/ },
  ],
});
