// Graphiques: the demo family's four charts on a phone and on a projector, their data tables
// checked against the stored diary, accessibility, the empty states and a hostile child name kept
// as text. The time the page takes to render is a benchmark (benchmarks/charts.bench.ts).
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { test, expect } from "./fixtures";
import {
  average,
  daysFilledIn,
  duration,
  entriesOn,
  isoDate,
  longDate,
  showDemo,
  storedDemo,
  weekDates,
} from "./charts-helpers";
import { putStoredDiary, storedEnvelope } from "./stored-diary";

const CHART_HEADINGS = [
  "Chaque jour, par écran",
  "Pour quoi faire ?",
  "À quels moments ? Les 4 pas",
  "Semaine après semaine",
];

function figure(page: Page, heading: string) {
  return page.getByRole("region", { name: heading, exact: true });
}

async function openCharts(page: Page) {
  await page.goto("/graphiques");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Graphiques");
}

test("the demo family's four charts render, each with its sentence, and fit the screen", async ({ page }) => {
  await showDemo(page);
  await openCharts(page);
  const charts = page.locator("main svg[role=img]");
  await expect(charts).toHaveCount(4);
  for (const heading of CHART_HEADINGS) {
    const section = figure(page, heading);
    await expect(section.locator("svg[role=img]")).toHaveCount(1);
    await expect(section.locator("svg[role=img] > title")).not.toBeEmpty();
    await expect(section.locator(".chart-summary")).not.toBeEmpty();
    // The sentence comes before the chart.
    const order = await section.evaluate((el) => {
      const summary = el.querySelector(".chart-summary")!;
      const svg = el.querySelector("svg")!;
      return summary.compareDocumentPosition(svg) & Node.DOCUMENT_POSITION_FOLLOWING;
    });
    expect(order, `${heading}: sentence above the chart`).toBeTruthy();
    // The chart fills its box and keeps its proportions (viewBox, width 100 %, height auto).
    const sizes = await section.evaluate((el) => {
      const box = el.querySelector(".chart-svg")!.getBoundingClientRect();
      const svg = el.querySelector("svg")!;
      const rect = svg.getBoundingClientRect();
      const [, , w, h] = svg.getAttribute("viewBox")!.split(" ").map(Number);
      return { box: box.width, width: rect.width, height: rect.height, ratio: h / w };
    });
    expect(sizes.width).toBeGreaterThan(sizes.box * 0.9);
    expect(sizes.width).toBeLessThanOrEqual(sizes.box);
    expect(Math.abs(sizes.height / sizes.width - sizes.ratio)).toBeLessThan(0.02);
  }
  await expect(page.locator(".key-average")).toContainText(/jours? renseignés? sur 7/);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, "no sideways scrolling of the page").toBeLessThanOrEqual(0);
});

test("the week's table gives each day's total of the stored diary, and the average counts the days filled in", { tag: "@phone" }, async ({ page }, testInfo) => {
  await showDemo(page);
  const demo = await storedDemo(page);
  await openCharts(page);
  const week = figure(page, CHART_HEADINGS[0]);
  await week.getByText("Voir les données").click();
  const table = week.getByRole("table");
  await expect(table).toBeVisible();
  await expect(table.locator("caption")).toContainText("Temps d’écran par jour : La famille");
  await expect(table.locator("thead th").first()).toHaveAttribute("scope", "col");

  let total = 0;
  let filled = 0;
  for (const date of weekDates(0)) {
    const minutes = entriesOn(demo, date).reduce((sum, e) => sum + e.minutes, 0);
    const any = entriesOn(demo, date).length > 0;
    const row = table.locator("tbody tr").filter({ has: page.locator(`th[scope=row]`, { hasText: longDate(date) }) });
    await expect(row, `a row for ${longDate(date)}`).toHaveCount(1);
    const cell = row.locator("td").first();
    if (any) {
      await expect(cell).toHaveText(duration(minutes));
      await expect(cell).toHaveAttribute("data-value", String(minutes));
      total += minutes;
      filled += 1;
    } else {
      await expect(cell).toHaveText("non renseigné");
    }
  }
  expect(filled, "the demo family has entries this week").toBeGreaterThan(0);
  const weekRow = table.locator("tbody tr").filter({ has: page.locator("th", { hasText: /^Semaine$/ }) });
  await expect(weekRow.locator("td").first()).toHaveText(duration(total));
  await expect(page.locator(".key-average")).toHaveText(
    `En moyenne ${duration(average(total, filled))} par jour (${daysFilledIn(filled)})`,
  );
  await expect(page.locator(".key-total")).toHaveText(`Total de la semaine : ${duration(total)}`);

  // The Carnet's week view shows the same day totals.
  await page.goto("/carnet");
  await page.getByRole("button", { name: "Semaine", exact: true }).click();
  for (const date of weekDates(0)) {
    const minutes = entriesOn(demo, date).reduce((sum, e) => sum + e.minutes, 0);
    if (minutes === 0) continue;
    const day = page.locator(".week-day").filter({ hasText: longDate(date) });
    await expect(day.locator(".week-day-total")).toHaveText(duration(minutes));
  }
});

test("the charts page has no accessibility violation, data tables open", async ({ page }) => {
  await showDemo(page);
  await openCharts(page);
  await expect(page.locator("main svg[role=img]")).toHaveCount(4);
  for (const summary of await page.locator("details.chart-data > summary").all()) await summary.click();
  await expect(page.locator("main table")).toHaveCount(4);
  for (const table of await page.locator("main table").all()) {
    await expect(table.locator("caption")).not.toBeEmpty();
    expect(await table.locator("tbody th[scope=row]").count()).toBeGreaterThan(0);
  }
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
});

test("a fresh diary says what to do first, and a week with nothing logged says how to log", { tag: "@phone" }, async ({ page }, testInfo) => {
  await openCharts(page);
  await expect(page.getByRole("heading", { name: "Pas encore d’enfant dans le carnet" })).toBeVisible();
  await expect(page.locator("main svg[role=img]")).toHaveCount(0);
  await page.getByRole("link", { name: "Aller au Carnet" }).click();
  await expect(page).toHaveURL(/\/carnet$/);

  const oneChild = storedEnvelope({ children: [{ id: "child-zoe", name: "Zoé", birth: "2017-05", daily_limit: 60, modified_at: 1 }] }, 2);
  await page.evaluate((value) => localStorage.setItem("ecrans.diary", value), oneChild);
  await openCharts(page);
  await expect(page.getByRole("heading", { name: "Rien de noté cette semaine" })).toBeVisible();
  await expect(page.locator(".key-average")).toHaveText("Pas de moyenne : aucun jour renseigné sur 7");
  await expect(page.getByText(/ouvrez le Carnet, touchez la durée/)).toBeVisible();
  await expect(page.getByRole("link", { name: "Aller au Carnet" })).toHaveAttribute("href", "/carnet");
});

test("a child's name is shown as text everywhere, never as markup", { tag: "@phone" }, async ({ page }, testInfo) => {
  const dialogs: string[] = [];
  page.on("dialog", async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  const hostile = "<img src=x onerror=alert(1)>";
  const today = isoDate(new Date());
  const stored = storedEnvelope(
    {
      children: [{ id: "child-x", name: hostile, birth: "2016-04", daily_limit: 30, modified_at: 1 }],
      entries: [
        {
          id: "e-1",
          children: ["child-x"],
          date: today,
          moment: "evening",
          minutes: 95,
          screen: "tablet",
          activity: "games",
          modified_at: 2,
        },
      ],
    },
    2,
  );
  await putStoredDiary(page, stored);
  await openCharts(page);
  await page.getByRole("radio", { name: hostile }).check();
  await expect(page.locator("main svg[role=img]")).toHaveCount(4);
  const weekFigure = figure(page, CHART_HEADINGS[0]);
  await expect(weekFigure.locator(".chart-summary")).toContainText(hostile);
  await expect(weekFigure.locator("svg > title")).toContainText(hostile);
  await weekFigure.getByText("Voir les données").click();
  await expect(weekFigure.locator("caption")).toContainText(hostile);
  await expect(page.locator("img")).toHaveCount(0);
  await expect(page.locator("main [onerror]")).toHaveCount(0);
  expect(dialogs, "no script ran").toEqual([]);
});
