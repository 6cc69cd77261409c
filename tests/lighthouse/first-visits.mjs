// Lighthouse 12.2.3 (mobile defaults: simulated slow 4G and a 4× slower processor) on the first
// visit of each page named on the command line, against the release build that `cargo xtask
// bench` serves with its own server (precompressed files, like a production host) at
// $LIGHTHOUSE_BASE_URL. Debian's Chromium is used; nothing is downloaded and only 127.0.0.1 is
// visited. Prints one line per page and a table; it measures, it does not pass or fail.
import lighthouse from "lighthouse";
import * as chromeLauncher from "chrome-launcher";

const base = process.env.LIGHTHOUSE_BASE_URL;
const pages = process.argv.slice(2);
if (!base || pages.length === 0) {
  console.error("usage: LIGHTHOUSE_BASE_URL=http://127.0.0.1:PORT node first-visits.mjs / /carnet …");
  process.exit(2);
}

// The targets of the first-visit issue.
const TARGET = { performance: 95, totalBlockingTimeMs: 50, cumulativeLayoutShift: 0 };

const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROME_PATH ?? "/usr/bin/chromium",
  chromeFlags: [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
  ],
});

const rows = [];
try {
  for (const path of pages) {
    // Lighthouse empties the origin's storage and caches first: each run is a first visit.
    const result = await lighthouse(new URL(path, base).href, {
      port: chrome.port,
      onlyCategories: ["performance"],
      output: "json",
      logLevel: "error",
    });
    const { categories, audits, runtimeError } = result.lhr;
    if (runtimeError) throw new Error(`${path}: ${runtimeError.code} ${runtimeError.message}`);
    const row = {
      page: path,
      performance: Math.round(categories.performance.score * 100),
      firstContentfulPaintMs: Math.round(audits["first-contentful-paint"].numericValue),
      largestContentfulPaintMs: Math.round(audits["largest-contentful-paint"].numericValue),
      totalBlockingTimeMs: Math.round(audits["total-blocking-time"].numericValue),
      cumulativeLayoutShift: Number(audits["cumulative-layout-shift"].numericValue.toFixed(3)),
      speedIndexMs: Math.round(audits["speed-index"].numericValue),
    };
    row.meetsTargets =
      row.performance >= TARGET.performance &&
      row.totalBlockingTimeMs <= TARGET.totalBlockingTimeMs &&
      row.cumulativeLayoutShift <= TARGET.cumulativeLayoutShift;
    console.log(`lighthouse: ${JSON.stringify(row)}`);
    rows.push(row);
  }
} finally {
  await chrome.kill();
}

console.log("\n| page | performance | FCP | LCP | TBT | CLS | speed index | targets (≥ 95, TBT ≤ 50 ms, CLS 0) |");
console.log("|---|---|---|---|---|---|---|---|");
for (const row of rows) {
  const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;
  console.log(
    `| \`${row.page}\` | ${row.performance} | ${seconds(row.firstContentfulPaintMs)} | ${seconds(row.largestContentfulPaintMs)} | ` +
      `${row.totalBlockingTimeMs} ms | ${row.cumulativeLayoutShift} | ${seconds(row.speedIndexMs)} | ${row.meetsTargets ? "met" : "missed"} |`,
  );
}
