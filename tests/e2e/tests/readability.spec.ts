// Readable by older people on small phones (issue 14), measured on every route (« Bilan du
// groupe » included, and the presentation's toolbar and overview, not its stage, which scales), in
// French and English, at 320, 360 and 390 px wide and at the three text sizes of Réglages (100,
// 125, 150 %):
// - no word broken across two lines in the navigation, buttons, headings and legends;
// - no horizontal scrolling (the workshop's stage excepted: it scales as a whole);
// - every touch target at least 44 × 44 px;
// - chart text at least 14 CSS px on a 390 px phone at 100 %, growing with the text size, and no
//   two chart texts overlapping;
// - in forced colours (Windows high contrast), no axe violation, the charts and their limit line
//   still drawn against their own paper, and the selected state of every choice (pressed buttons,
//   chosen radios, the current page and slide) looking different from its unselected neighbours.
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
type Route = { readonly path: string; readonly fr: string; readonly en: string };

/** Every route: the app's pages and the advisor's « Bilan du groupe » under the Atelier. */
const PAGES: readonly Route[] = [...ROUTES, { path: "/atelier/bilan", fr: "Bilan du groupe", en: "Group summary" }];
/** A slide presented: only the toolbar and the overview are measured there, the stage scales. */
const PRESENTATION = "/atelier/3";

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
async function openRoute(app: AppPage, route: Route, language: Language) {
  await app.open(route.path);
  await expect(app.heading()).toHaveText(route[language]);
}

/** Opens the presentation of a slide and waits for its stage and its toolbar (the shell's
 * navigation gives way to the deck there). */
async function openPresentation(page: Page) {
  await page.goto(PRESENTATION);
  await expect(page.locator("#deck-stage")).toBeVisible();
  await expect(page.locator(".deck-toolbar")).toBeVisible();
}

/** What the selected states of a page measure: how many selected choices were compared with
 * their unselected neighbours, by kind, and those that look like one of them. */
type SelectedStates = { compared: string[]; lookAlike: string[] };

/** Runs in the page: every selected choice (a pressed button, a chosen `.choice`, the current
 * link of a navigation or slide of the overview) against the unselected ones of the same kind
 * (same element and classes) in the same group. Its look (colours, border, outline, shadow, and
 * those of the box around it, which frames the overview's current slide) must be none of
 * theirs. */
function measureSelectedStates(): SelectedStates {
  const visible = (element: Element) => {
    const box = element.getBoundingClientRect();
    return box.width > 0 && box.height > 0 && getComputedStyle(element).visibility !== "hidden";
  };
  const boxLook = (element: Element) => {
    const style = getComputedStyle(element);
    return [style.backgroundColor, style.outlineStyle, style.outlineWidth, style.outlineColor, style.boxShadow].join(" ");
  };
  const look = (element: Element) => {
    const style = getComputedStyle(element);
    const own = [boxLook(element), style.color, style.borderTopStyle, style.borderTopColor].join(" ");
    return `${own} | ${element.parentElement ? boxLook(element.parentElement) : ""}`;
  };
  const kind = (element: Element) =>
    [element.tagName, ...[...element.classList].filter((name) => !name.startsWith("is-")).sort()].join(".");
  const isSelected = (element: Element) =>
    element.getAttribute("aria-pressed") === "true" ||
    element.getAttribute("aria-checked") === "true" ||
    element.getAttribute("aria-selected") === "true" ||
    (element.hasAttribute("aria-current") && element.getAttribute("aria-current") !== "false") ||
    (element.matches(".choice") && element.querySelector("input:checked") !== null);
  const describe = (element: Element) =>
    (element.textContent || element.getAttribute("aria-label") || element.tagName).trim().replace(/\s+/g, " ").slice(0, 40);
  const group = "nav, [role=dialog], [role=group], [role=radiogroup], fieldset, .choices, .quick-weeks, .family-actions, .button-row";
  const choices = "[aria-pressed], [aria-checked], [aria-selected], nav [aria-current], [role=dialog] [aria-current], .choice";
  const compared: string[] = [];
  const lookAlike: string[] = [];
  for (const chosen of document.querySelectorAll(choices)) {
    if (!isSelected(chosen) || !visible(chosen)) continue;
    const around = chosen.parentElement?.closest(group) ?? document.body;
    const others = [...around.querySelectorAll("*")].filter(
      (other) => other !== chosen && kind(other) === kind(chosen) && !isSelected(other) && visible(other),
    );
    if (others.length === 0) continue;
    const name = `${describe(chosen)} (${chosen.matches("[aria-pressed]") ? "pressed" : chosen.matches(".choice") ? "chosen" : "current"})`;
    compared.push(name);
    const mine = look(chosen);
    if (others.some((other) => look(other) === mine)) lookAlike.push(`${name}: ${mine}`);
  }
  return { compared, lookAlike };
}

/** Runs in the page: every dash of a limit line (3 px, the charts' ink) and how it is drawn. */
function measureLimitLines() {
  const channels = (colour: string) => (colour.match(/[\d.]+/g) ?? []).map(Number);
  const luminance = (colour: string) => {
    const [r, g, b] = channels(colour).map((value) => {
      const c = value / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const contrast = (a: string, b: string) => {
    const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
    return (light + 0.05) / (dark + 0.05);
  };
  const lines: { stroke: string; paper: string; contrast: number; width: number; opacity: number; adjust: string; shown: boolean }[] = [];
  for (const svg of document.querySelectorAll(".chart-svg svg")) {
    const paper = getComputedStyle(svg.querySelector("rect")!).fill;
    for (const dash of svg.querySelectorAll('polyline[stroke-width="3"][stroke="#1A1A1A"]')) {
      const style = getComputedStyle(dash);
      const alpha = channels(style.stroke)[3] ?? 1;
      lines.push({
        stroke: style.stroke,
        paper,
        contrast: style.stroke.startsWith("rgb") ? contrast(style.stroke, paper) : 0,
        width: parseFloat(style.strokeWidth),
        opacity: Number(style.opacity) * Number(style.strokeOpacity) * alpha,
        adjust: style.forcedColorAdjust,
        shown: style.display !== "none" && style.visibility !== "hidden",
      });
    }
  }
  return lines;
}

/** Waits for two frames, so that the layout after a resize is the one measured. */
async function settle(page: Page) {
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
}

function screenshotName(testInfo: TestInfo, language: Language, path: string) {
  return testInfo.outputPath(`${language}-${path === "/" ? "accueil" : path.slice(1).replace(/\//g, "-")}-320px-150.png`);
}

for (const language of LANGUAGES) {
  for (const size of TEXT_SIZES) {
    test(`${language} at ${size} %: no broken word, no sideways scroll, targets of 44 px, at 320, 360 and 390 px`, { tag: "@phone" }, async ({ app, page }, testInfo) => {
      await prepare(app, page, language, size);
      const failures: string[] = [];
      for (const route of PAGES) {
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
      // Presenting: the toolbar's words and targets (the stage scales as a whole, and the
      // presenting page never scrolls).
      await page.setViewportSize({ width: 390, height: 844 });
      await openPresentation(page);
      expect(await page.evaluate(() => document.documentElement.dataset.textSize)).toBe(size);
      for (const width of WIDTHS) {
        await page.setViewportSize({ width, height: 844 });
        await settle(page);
        const where = `${PRESENTATION} (presenting) at ${width} px`;
        const measures = await page.evaluate(measureReadability, width);
        for (const word of measures.brokenWords) failures.push(`${where}: broken word ${word}`);
        for (const target of measures.smallTargets) failures.push(`${where}: touch target under 44 × 44 px: ${target}`);
        if (width === 320 && size === "150") {
          await page.screenshot({ path: screenshotName(testInfo, language, PRESENTATION) });
        }
      }
      expect(failures).toEqual([]);
    });

    test(`${language} at ${size} %: chart text of 14 px × the text size on a 390 px phone, never overlapping`, { tag: "@phone" }, async ({ app, page }, testInfo) => {
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

  test(`${language} in forced colours: no axe violation, charts, limit lines and selected states still visible`, { tag: "@phone" }, async ({ app, page }, testInfo) => {
    await prepare(app, page, language, "100");
    await page.emulateMedia({ forcedColors: "active" });
    const lookAlike: string[] = [];
    const compared = new Map<string, string[]>();
    for (const route of PAGES) {
      await openRoute(app, route, language);
      expect(await page.evaluate(() => matchMedia("(forced-colors: active)").matches)).toBe(true);
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations.map((v) => `${route.path} ${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
      const current = await page.locator('.nav-bar a[aria-current="page"]').count();
      expect(current, `${route.path}: one current page in the navigation`).toBe(1);
      const states = await page.evaluate(measureSelectedStates);
      compared.set(route.path, states.compared);
      for (const state of states.lookAlike) lookAlike.push(`${route.path}: ${state}`);
    }

    // Presenting: the toolbar, then the overview, where the current slide is marked.
    await openPresentation(page);
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${PRESENTATION} ${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
    await page.keyboard.press("o");
    await expect(page.getByRole("dialog")).toBeVisible();
    await expect(page.getByRole("dialog").locator('[aria-current="true"]')).toBeFocused();
    // Measured unfocused: a focus ring would tell the current slide apart on its own.
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    const overview = await page.evaluate(measureSelectedStates);
    compared.set(`${PRESENTATION} overview`, overview.compared);
    for (const state of overview.lookAlike) lookAlike.push(`${PRESENTATION} overview: ${state}`);

    expect(lookAlike, "every selected choice looks different from the unselected ones").toEqual([]);
    // What was compared: the current page everywhere, and the choices each page has for the demo.
    for (const route of PAGES) {
      expect(compared.get(route.path)!.filter((name) => name.endsWith("(current)")), `${route.path}: the current page`).toHaveLength(1);
    }
    expect(compared.get("/carnet")!.filter((name) => name.endsWith("(pressed)")).length, "Jour / Semaine and a child's daily limit").toBeGreaterThanOrEqual(2);
    expect(compared.get("/reglages")!.filter((name) => name.endsWith("(chosen)")).length, "the language and the text size").toBeGreaterThanOrEqual(2);
    expect(compared.get(`${PRESENTATION} overview`), "the current slide").toHaveLength(1);

    // Graphiques: the charts keep their paper and inks, and a child's daily limit line stays
    // drawn in the charts' ink against their own paper (the chart is a picture: the system's
    // colours would put a light ink on the white paper of a dark theme).
    await openRoute(app, PAGES.find((route) => route.path === "/graphiques")!, language);
    const chart = page.locator(".chart-svg svg").first();
    await expect(chart).toBeVisible();
    const inks = await chart.evaluate((svg) => ({
      adjust: getComputedStyle(svg).forcedColorAdjust,
      paper: getComputedStyle(svg.querySelector("rect")!).fill,
      texts: [...new Set([...svg.querySelectorAll("text")].map((text) => getComputedStyle(text).fill))],
    }));
    expect(inks.adjust).toBe("none");
    expect(inks.texts).not.toContain(inks.paper);
    // Léa, who has a daily limit, in last week (whole in the demo, whatever today is).
    await page.locator(".scope-choices").getByRole("radio", { name: /Léa/ }).check();
    await page.getByRole("button", { name: language === "fr" ? "Semaine précédente" : "Previous week" }).first().click();
    await expect(page.locator('.chart-svg svg polyline[stroke-width="3"][stroke="#1A1A1A"]').first()).toBeAttached();
    const lines = await page.evaluate(measureLimitLines);
    expect(lines.length, "the limit lines' dashes").toBeGreaterThan(10);
    for (const line of lines) {
      expect(line.adjust, "the line keeps its colour").toBe("none");
      expect(line.shown).toBe(true);
      expect(line.width).toBeGreaterThanOrEqual(3);
      expect(line.opacity).toBe(1);
      expect(line.contrast, `${line.stroke} on ${line.paper}`).toBeGreaterThanOrEqual(4.5);
    }
  });
}
