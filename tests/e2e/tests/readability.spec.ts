// Readable by older people on small phones (issue 14), measured on every route, in French and
// English, at 320, 360 and 390 px wide and at the three text sizes of Réglages (100, 125, 150 %):
// - no word broken across two lines in the navigation, buttons, headings and legends;
// - no horizontal scrolling (the workshop's stage excepted: it scales as a whole);
// - every touch target at least 44 × 44 px;
// - chart text at least 14 CSS px on a 390 px phone at 100 %, growing with the text size, and no
//   two chart texts overlapping;
// - in forced colours (Windows high contrast), no axe violation, and the charts and the selected
//   state of each choice still visible.
// One page per language and text size; the widths are looped by resizing the viewport. The demo
// family is shown so that the diary, the charts and the comparison have content. Screenshots of
// each route at 320 px / 150 % go to the test output for a person to look at.
import AxeBuilder from "@axe-core/playwright";
import type { Page, TestInfo } from "@playwright/test";
import { test, expect, ROUTES, type AppPage } from "./fixtures";

const WIDTHS = [320, 360, 390] as const;
const TEXT_SIZES = ["100", "125", "150"] as const;
const LANGUAGES = ["fr", "en"] as const;
type Language = (typeof LANGUAGES)[number];
type TextSize = (typeof TEXT_SIZES)[number];

/** What one route measures at one width (every list empty when the rules hold). */
type Measures = {
  brokenWords: string[];
  clippedNavLabels: string[];
  overflow: number;
  smallTargets: string[];
  chartTexts: number;
  smallestChartText: number;
  overlappingChartTexts: string[];
};

/** Runs in the page: measures the rules at the viewport's present width. */
function measureReadability(viewportWidth: number): Measures {
  const outsideStage = (element: Element) => !element.closest(".deck-stage");
  const visible = (element: Element) => {
    const box = element.getBoundingClientRect();
    return box.width > 0 && box.height > 0 && getComputedStyle(element).visibility !== "hidden";
  };
  const describe = (element: Element) =>
    (element.textContent || element.getAttribute("aria-label") || element.tagName).trim().replace(/\s+/g, " ").slice(0, 40);

  // A word is broken when its client rects fall on two line boxes.
  const brokenWords: string[] = [];
  const seen = new Set<Node>();
  const selector = "nav a, button, .button, summary, h1, h2, h3, legend, .choice";
  for (const element of document.querySelectorAll(selector)) {
    if (!outsideStage(element) || !visible(element)) continue;
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (seen.has(node)) continue;
      seen.add(node);
      const text = (node as Text).data;
      for (const match of text.matchAll(/\S+/g)) {
        const range = document.createRange();
        range.setStart(node, match.index!);
        range.setEnd(node, match.index! + match[0].length);
        const rects = [...range.getClientRects()].filter((rect) => rect.width > 0);
        if (rects.length < 2) continue;
        const lineHeight = Math.min(...rects.map((rect) => rect.height));
        const tops = rects.map((rect) => rect.top);
        if (Math.max(...tops) - Math.min(...tops) > lineHeight / 2) brokenWords.push(`${match[0]} (in « ${describe(element)} »)`);
      }
    }
  }

  // The bottom bar's labels never wrap: check that none is wider than its cell instead.
  const clippedNavLabels = [...document.querySelectorAll(".nav-label")]
    .filter((label) => {
      const cell = label.closest("a")!.getBoundingClientRect();
      const box = label.getBoundingClientRect();
      return box.left < cell.left - 0.5 || box.right > cell.right + 0.5;
    })
    .map((label) => label.textContent ?? "");

  const smallTargets: string[] = [];
  for (const element of document.querySelectorAll("a[href], button, summary, select, textarea, input:not([type=hidden])")) {
    if (!outsideStage(element) || element.closest(".skip-link")) continue;
    // A box or a radio inside its label is touched through the label.
    const target = element.matches("input") && element.closest("label") ? element.closest("label")! : element;
    if (!visible(target)) continue;
    const box = target.getBoundingClientRect();
    if (box.width < 44 || box.height < 44) smallTargets.push(`${describe(element)} ${Math.round(box.width)}×${Math.round(box.height)}`);
  }

  // Chart text: the font size in viewBox pixels times the SVG's rendered scale.
  const sizes: number[] = [];
  const overlappingChartTexts: string[] = [];
  for (const svg of document.querySelectorAll<SVGSVGElement>(".chart-svg svg")) {
    if (!visible(svg)) continue;
    const scale = svg.getScreenCTM()!.a;
    const boxes: [string, DOMRect][] = [];
    for (const text of svg.querySelectorAll("text")) {
      sizes.push(parseFloat(getComputedStyle(text).fontSize) * scale);
      boxes.push([text.textContent ?? "", text.getBoundingClientRect()]);
    }
    const frame = svg.getBoundingClientRect();
    boxes.forEach(([label, box], index) => {
      if (box.left < frame.left - 1 || box.right > frame.right + 1) overlappingChartTexts.push(`${label} leaves its chart`);
      for (const [other, next] of boxes.slice(index + 1)) {
        const across = Math.min(box.right, next.right) - Math.max(box.left, next.left);
        const down = Math.min(box.bottom, next.bottom) - Math.max(box.top, next.top);
        if (across > 1 && down > 1) overlappingChartTexts.push(`${label} | ${other}`);
      }
    });
  }

  return {
    brokenWords,
    clippedNavLabels,
    overflow: document.documentElement.scrollWidth - viewportWidth,
    smallTargets,
    chartTexts: sizes.length,
    smallestChartText: sizes.length ? Math.min(...sizes) : Infinity,
    overlappingChartTexts,
  };
}

/** Shows the demo family, then sets the language and the text size, as Réglages would store them. */
async function prepare(app: AppPage, page: Page, language: Language, size: TextSize) {
  await app.open("/reglages");
  await page.getByRole("button", { name: "Montrer une famille de démonstration" }).click();
  await expect(page.getByRole("button", { name: "Retirer la démonstration" }).first()).toBeVisible();
  await page.evaluate(
    ([code, percent]) => {
      localStorage.setItem("ecrans.language", code);
      localStorage.setItem("ecrans.text-size", percent);
    },
    [language, size],
  );
}

/** Opens a route and waits for its heading in the language in force. */
async function openRoute(app: AppPage, route: (typeof ROUTES)[number], language: Language) {
  await app.open(route.path);
  await expect(app.heading()).toHaveText(route[language]);
}

/** Waits for two frames, so that the layout after a resize is the one measured. */
async function settle(page: Page) {
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
}

function screenshotName(testInfo: TestInfo, language: Language, path: string) {
  return testInfo.outputPath(`${language}-${path === "/" ? "accueil" : path.slice(1)}-320px-150.png`);
}

for (const language of LANGUAGES) {
  for (const size of TEXT_SIZES) {
    test(`${language} at ${size} %: no broken word, no sideways scroll, targets of 44 px, at 320, 360 and 390 px`, async ({ app, page }, testInfo) => {
      test.skip(testInfo.project.name !== "phone", "a phone's widths");
      await prepare(app, page, language, size);
      const failures: string[] = [];
      for (const route of ROUTES) {
        await page.setViewportSize({ width: 390, height: 844 });
        await openRoute(app, route, language);
        expect(await page.evaluate(() => document.documentElement.dataset.textSize)).toBe(size);
        for (const width of WIDTHS) {
          await page.setViewportSize({ width, height: 844 });
          await settle(page);
          const where = `${route.path} at ${width} px`;
          const measures = await page.evaluate(measureReadability, width);
          for (const word of measures.brokenWords) failures.push(`${where}: broken word ${word}`);
          for (const label of measures.clippedNavLabels) failures.push(`${where}: navigation label wider than its cell: ${label}`);
          if (measures.overflow > 0) failures.push(`${where}: the page is ${measures.overflow} px wider than the screen`);
          for (const target of measures.smallTargets) failures.push(`${where}: touch target under 44 × 44 px: ${target}`);
          if (width === 320 && size === "150") {
            await page.screenshot({ path: screenshotName(testInfo, language, route.path), fullPage: true });
          }
        }
      }
      expect(failures).toEqual([]);
    });

    test(`${language} at ${size} %: chart text of 14 px × the text size on a 390 px phone, never overlapping`, async ({ app, page }, testInfo) => {
      test.skip(testInfo.project.name !== "phone", "a phone's widths");
      await prepare(app, page, language, size);
      const failures: string[] = [];
      const least = 14 * (Number(size) / 100);
      for (const route of ROUTES.filter((route) => route.path === "/graphiques" || route.path === "/comparer")) {
        await page.setViewportSize({ width: 390, height: 844 });
        await openRoute(app, route, language);
        await expect(page.locator(".chart-svg svg").first()).toBeVisible();
        for (const width of WIDTHS) {
          await page.setViewportSize({ width, height: 844 });
          await settle(page);
          const where = `${route.path} at ${width} px`;
          const measures = await page.evaluate(measureReadability, width);
          expect(measures.chartTexts, `${where}: the charts have text`).toBeGreaterThan(0);
          if (width === 390 && measures.smallestChartText < least - 0.05) {
            failures.push(`${where}: chart text of ${measures.smallestChartText.toFixed(1)} px, under ${least} px`);
          }
          for (const overlap of measures.overlappingChartTexts) failures.push(`${where}: chart texts overlap: ${overlap}`);
        }
      }
      expect(failures).toEqual([]);
    });
  }

  test(`${language} in forced colours: no axe violation, charts and selected states still visible`, async ({ app, page }, testInfo) => {
    test.skip(testInfo.project.name !== "phone", "once is enough");
    await prepare(app, page, language, "100");
    await page.emulateMedia({ forcedColors: "active" });
    for (const route of ROUTES) {
      await openRoute(app, route, language);
      expect(await page.evaluate(() => matchMedia("(forced-colors: active)").matches)).toBe(true);
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations.map((v) => `${route.path} ${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
      // The current page in the navigation looks different from the others.
      const navLooks = await page.evaluate(() =>
        [...document.querySelectorAll(".nav-bar a")].map((link) => {
          const style = getComputedStyle(link);
          return `${link.getAttribute("aria-current") === "page"} ${style.backgroundColor} ${style.color}`;
        }),
      );
      const current = navLooks.filter((look) => look.startsWith("true"));
      expect(current, `${route.path}: one current page`).toHaveLength(1);
      const others = new Set(navLooks.filter((look) => !look.startsWith("true")).map((look) => look.slice(6)));
      expect(others.has(current[0].slice(5)), `${route.path}: the current page stands out`).toBe(false);
    }

    // Réglages: the chosen language and text size stand out from the other choices.
    await openRoute(app, ROUTES.find((route) => route.path === "/reglages")!, language);
    const choiceLooks = await page.evaluate(() =>
      [...document.querySelectorAll(".choice")].map((choice) => {
        const style = getComputedStyle(choice);
        return { checked: choice.querySelector("input")!.checked, look: `${style.backgroundColor} ${style.outlineStyle} ${style.borderColor}` };
      }),
    );
    const checked = choiceLooks.filter((choice) => choice.checked).map((choice) => choice.look);
    const unchecked = new Set(choiceLooks.filter((choice) => !choice.checked).map((choice) => choice.look));
    expect(checked.length, "some choices are made").toBeGreaterThan(0);
    for (const look of checked) expect(unchecked.has(look), `a chosen choice looks chosen: ${look}`).toBe(false);

    // Graphiques: the charts keep their paper and inks, the limit line included.
    await openRoute(app, ROUTES.find((route) => route.path === "/graphiques")!, language);
    const chart = page.locator(".chart-svg svg").first();
    await expect(chart).toBeVisible();
    const inks = await chart.evaluate((svg) => ({
      adjust: getComputedStyle(svg).forcedColorAdjust,
      paper: getComputedStyle(svg.querySelector("rect")!).fill,
      texts: [...new Set([...svg.querySelectorAll("text")].map((text) => getComputedStyle(text).fill))],
    }));
    expect(inks.adjust).toBe("none");
    expect(inks.texts).not.toContain(inks.paper);
  });
}
