// Benchmark of the Graphiques page (`cargo xtask bench` runs it, tag @bench; `cargo xtask test`
// does not): the time the page takes to render the demo family's four charts, cold and in the
// app, on both viewports (printed for the README).
import { test, expect } from "../tests/fixtures";
import { showDemo } from "../tests/charts-helpers";

test("render time of the Graphiques page for the demo family", { tag: "@bench" }, async ({ page }, testInfo) => {
  // Records when the four charts are in the page, from the start of the navigation.
  await page.addInitScript(() => {
    const w = window as any;
    w.__chartsReadyAt = null;
    const check = () => {
      if (w.__chartsReadyAt === null && document.querySelectorAll("main svg[role=img]").length >= 4) {
        w.__chartsReadyAt = performance.now();
      }
    };
    new MutationObserver(check).observe(document, { childList: true, subtree: true });
  });
  await showDemo(page);

  // A cold load of /graphiques: download, compile and start the app, then draw the charts.
  const cold: number[] = [];
  for (let i = 0; i < 3; i++) {
    await page.goto("/graphiques");
    await page.waitForFunction(() => (window as any).__chartsReadyAt !== null);
    cold.push(await page.evaluate(() => (window as any).__chartsReadyAt as number));
  }

  // In the app: from a tap on « Graphiques » in the menu to the four charts in the page.
  const warm: number[] = [];
  for (let i = 0; i < 5; i++) {
    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    warm.push(
      await page.evaluate(async () => {
        const link = document.querySelector<HTMLAnchorElement>('nav a[href="/graphiques"]')!;
        const start = performance.now();
        link.click();
        await new Promise<void>((resolve) => {
          const done = () => document.querySelectorAll("main svg[role=img]").length >= 4;
          if (done()) return resolve();
          const observer = new MutationObserver(() => {
            if (done()) {
              observer.disconnect();
              resolve();
            }
          });
          observer.observe(document, { childList: true, subtree: true });
        });
        return performance.now() - start;
      }),
    );
  }
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
  console.log(
    `[benchmark ${testInfo.project.name}] Graphiques, demo family: in-app navigation median ${median(warm).toFixed(1)} ms ` +
      `(runs ${warm.map((v) => v.toFixed(1)).join(", ")}); cold load to four charts median ${median(cold).toFixed(0)} ms ` +
      `(runs ${cold.map((v) => v.toFixed(0)).join(", ")})`,
  );
  expect(warm.length).toBe(5);
});
