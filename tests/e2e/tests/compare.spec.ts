// Comparer on a phone with the demo family: two weeks chosen in one tap and checked against the
// Graphiques page, presentation mode hiding the names, the printed report (one page per child and
// one for the family), « Mes engagements » recorded, reminded on the home page and judged on week
// B, and no accessibility violation.
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { test, expect } from "./fixtures";
import { entriesOn, showDemo, storedDemo, weekDates, type StoredDiary } from "./charts-helpers";

const NAMES = ["Léa", "Hugo", "Inès"];

async function openCompare(page: Page) {
  await page.goto("/comparer");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Comparer");
  await expect(page.locator(".compare-sentence")).not.toBeEmpty();
}

function weekGroup(page: Page, name: string) {
  return page.getByRole("group", { name, exact: true });
}

function figureValue(page: Page, figure: string, week: "a" | "b") {
  return page.locator(`.figure-row[data-figure="${figure}"] .figure-${week} .figure-value`);
}

function figureNote(page: Page, figure: string, week: "a" | "b") {
  return page.locator(`.figure-row[data-figure="${figure}"] .figure-${week} .figure-note`);
}

/** Moves the Graphiques week back until it shows `span` (« 3 – 9 mars 2025 »). */
async function chartsWeek(page: Page, span: string) {
  const picker = weekGroup(page, "Quelle semaine ?");
  for (let i = 0; i < 12; i++) {
    if ((await picker.locator(".week-span").textContent()) === span) return;
    await picker.getByRole("button", { name: "Semaine précédente" }).click();
  }
  await expect(picker.locator(".week-span")).toHaveText(span);
}

test("first and last weeks side by side match the Graphiques page for the same weeks", async ({ page }) => {
  await showDemo(page);
  await openCompare(page);
  const firstAndLast = page.getByRole("button", { name: "Première semaine / dernière semaine" });
  await firstAndLast.click();
  await expect(firstAndLast).toHaveAttribute("aria-pressed", "true");

  const spans = {
    a: (await weekGroup(page, "Semaine A (avant)").locator(".week-span").textContent())!,
    b: (await weekGroup(page, "Semaine B (après)").locator(".week-span").textContent())!,
  };
  expect(spans.a).not.toBe(spans.b);
  const figures: Record<"a" | "b", { total: string; average: string; days: string }> = {} as never;
  for (const week of ["a", "b"] as const) {
    figures[week] = {
      total: (await figureValue(page, "total", week).textContent())!,
      average: (await figureValue(page, "average", week).textContent())!,
      days: (await figureNote(page, "average", week).textContent())!,
    };
    expect(figures[week].days).toMatch(/jours? renseignés? sur 7/);
  }
  // Each difference has an arrow and words, not only a colour.
  await expect(page.locator('.figure-row[data-figure="total"] .diff-main')).toHaveText(/^(↓ .+ de moins|↑ .+ de plus|= pareil)$/);
  await expect(page.locator(".compare-sentence")).toContainText(/^La famille\s:/);

  // The full table says the same.
  await page.getByText("Voir le tableau complet").click();
  const totalRow = page.locator(".compare-figures table tbody tr").filter({ has: page.locator("th", { hasText: /^Total de la semaine$/ }) });
  await expect(totalRow.locator("td").nth(0)).toHaveText(figures.a.total);
  await expect(totalRow.locator("td").nth(1)).toHaveText(figures.b.total);

  // The Graphiques page, same weeks.
  await page.goto("/graphiques");
  for (const week of ["b", "a"] as const) {
    await chartsWeek(page, spans[week]);
    await expect(page.locator(".key-total")).toHaveText(`Total de la semaine : ${figures[week].total}`);
    await expect(page.locator(".key-average")).toHaveText(`En moyenne ${figures[week].average} par jour (${figures[week].days})`);
    const weekFigure = page.getByRole("region", { name: "Chaque jour, par écran", exact: true });
    const details = weekFigure.locator("details");
    if (!(await details.evaluate((d: HTMLDetailsElement) => d.open))) await details.locator("summary").click();
    const weekRow = weekFigure.locator("tbody tr").filter({ has: page.locator("th", { hasText: /^Semaine$/ }) });
    await expect(weekRow.locator("td").first()).toHaveText(figures[week].total);
  }
});

test("presentation mode hides the children's names, and the masked choices map to the same children", async ({ page }) => {
  await showDemo(page);
  await openCompare(page);
  await expect(page.getByRole("radio", { name: "Léa" })).toBeVisible();
  await page.getByRole("switch", { name: "Mode présentation" }).check();
  const mask = page.getByRole("switch", { name: "Masquer les prénoms" });
  await expect(mask).toBeChecked();
  await expect(page.getByRole("radio", { name: "Enfant 1" })).toBeVisible();
  await expect(page.getByRole("radio", { name: "Enfant 3" })).toBeVisible();
  await page.getByRole("radio", { name: "Enfant 1" }).check();
  await expect(page.locator(".compare-sentence")).toContainText(/^Enfant 1\s:/);
  await expect(page.locator(".compare-page.presenting")).toHaveCount(1);
  const everything = (await page.locator("body").textContent())!;
  const visible = await page.locator("body").innerText();
  for (const name of NAMES) {
    expect(visible, `${name} is not shown`).not.toContain(name);
    expect(everything, `${name} is nowhere in the page, not even hidden or in a chart`).not.toContain(name);
  }
  // The same child once names are shown again.
  await mask.uncheck();
  await expect(page.getByRole("radio", { name: "Léa" })).toBeChecked();
  await expect(page.locator(".compare-sentence")).toContainText(/^Léa\s:/);
  // Turning presentation mode on again hides them again.
  await page.getByRole("switch", { name: "Mode présentation" }).uncheck();
  await page.getByRole("switch", { name: "Mode présentation" }).check();
  await expect(page.getByRole("switch", { name: "Masquer les prénoms" })).toBeChecked();
  await expect(page.getByRole("radio", { name: "Enfant 1" })).toBeChecked();
});

test("the printed report has a page for the family and one per child, and « Imprimer » opens the browser's print", async ({ page }) => {
  await showDemo(page);
  await openCompare(page);
  await expect(page.locator(".print-section")).toHaveCount(4);
  await expect(page.locator(".print-section").first()).toBeHidden();

  await page.emulateMedia({ media: "print" });
  const sections = page.locator(".print-section");
  await expect(sections).toHaveCount(4);
  await expect(page.locator(".print-section-family")).toHaveCount(1);
  await expect(page.locator(".print-section-child")).toHaveCount(3);
  await expect(sections.first().locator("h2")).toHaveText("Comparer deux semaines : Toute la famille");
  for (const [index, name] of NAMES.entries()) {
    await expect(sections.nth(index + 1).locator("h2")).toHaveText(`Comparer deux semaines : ${name}`);
  }
  for (const section of await sections.all()) {
    await expect(section).toBeVisible();
    await expect(section.locator("svg[role=img]")).toHaveCount(1);
    await expect(section.locator("table")).toHaveCount(1);
    expect(await section.evaluate((el) => getComputedStyle(el).breakAfter)).toBe("page");
  }
  await expect(page.locator("nav.nav-bar")).toBeHidden();
  await expect(page.locator("header.top-bar")).toBeHidden();
  await expect(page.locator(".compare-controls")).toBeHidden();
  expect(await page.locator("button:visible").count(), "no button on paper").toBe(0);

  // The browser's own PDF: exactly one A4 page per section.
  const pdf = (await page.pdf({ preferCSSPageSize: true })).toString("latin1");
  const pages = pdf.match(/\/Type\s*\/Page(?![s\w])/g) ?? [];
  expect(pages.length, "one page for the family and one per child").toBe(4);
  const box = pdf.match(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/);
  expect(box, "a media box").not.toBeNull();
  expect(Math.round(Number(box![1]))).toBe(595); // A4: 210 mm
  expect(Math.round(Number(box![2]))).toBe(842); // A4: 297 mm

  await page.emulateMedia({ media: "screen" });
  await page.evaluate(() => {
    (window as any).__printed = 0;
    window.print = () => {
      (window as any).__printed += 1;
    };
  });
  await page.getByRole("button", { name: "Imprimer" }).click();
  expect(await page.evaluate(() => (window as any).__printed)).toBe(1);
});

type Outcome = { badge: string; text: string };

/** What the core says of a commitment kept on `kept` of `judged` days. */
function outcome(kept: number, judged: number): Outcome {
  if (judged === 0) return { badge: "? À dire en famille", text: "Aucun jour renseigné : impossible à dire" };
  if (kept === judged) return { badge: "✓ Tenu", text: `Tenu tous les jours renseignés (${kept} sur ${judged})` };
  if (kept === 0) return { badge: "✗ Pas tenu", text: `Pas tenu (0 jour sur ${judged} renseignés)` };
  return { badge: "◐ En partie", text: `Tenu en partie : ${kept} jours sur ${judged} renseignés` };
}

/** « Pas d'écran le matin » in week B for the family, from the stored diary. */
function morningOutcome(demo: StoredDiary): Outcome {
  const filled = weekDates(1).filter((date) => entriesOn(demo, date).length > 0);
  const kept = filled.filter((date) => entriesOn(demo, date).every((e) => e.moment !== "morning"));
  return outcome(kept.length, filled.length);
}

/** A child's daily limit of `limit` minutes in week B, from the stored diary. */
function limitOutcome(demo: StoredDiary, child: string, limit: number): Outcome {
  const days = weekDates(1).map((date) => entriesOn(demo, date, [child])).filter((entries) => entries.length > 0);
  const counted = (entries: typeof days[number]) =>
    entries.filter((e) => e.activity !== "school" && e.activity !== "video_calls").reduce((sum, e) => sum + e.minutes, 0);
  return outcome(days.filter((entries) => counted(entries) <= limit).length, days.length);
}

test("a family records its commitments, sees them on the home page, and sees how they went in week B", async ({ page }) => {
  await showDemo(page);
  await page.goto("/");
  await expect(page.getByRole("heading", { name: "Nos engagements" })).toHaveCount(0);
  await openCompare(page);
  const demo = await storedDemo(page);
  const editor = page.getByRole("region", { name: "Mes engagements" });
  const add = editor.getByRole("button", { name: "Ajouter cet engagement" });
  const storedCount = async () => (await storedDemo(page)).diary.commitments?.items.length ?? 0;

  // One of the 4 pas (asked for first when missing).
  await add.click();
  await expect(editor.locator(".field-error")).toHaveText("Choisissez un des 4 pas.");
  await editor.getByRole("radio", { name: "Pas d’écran le matin" }).check();
  await add.click();
  await expect(editor.locator(".commitment-item")).toHaveCount(1);
  expect(await storedCount()).toBe(1);
  // The same one twice is refused next to the field, and nothing is saved.
  await editor.getByRole("radio", { name: "Pas d’écran le matin" }).check();
  await add.click();
  await expect(editor.locator(".field-error")).toHaveText("Cet engagement est déjà dans la liste.");
  expect(await storedCount()).toBe(1);

  // A daily limit for a child: bad numbers are refused next to the minutes.
  await editor.getByRole("radio", { name: "Une limite par jour pour un enfant" }).check();
  await editor.getByLabel("Pour quel enfant ?").selectOption({ label: "Léa" });
  const minutes = editor.getByLabel("Combien de minutes par jour, au plus ?");
  await minutes.fill("beaucoup");
  await add.click();
  await expect(editor.locator(".field-error")).toHaveText("Écrivez un nombre de minutes, par exemple 60.");
  await expect(minutes).toHaveAttribute("aria-invalid", "true");
  await minutes.fill("2000");
  await add.click();
  await expect(editor.locator(".field-error")).toHaveText("Une limite va de 0 à 1440 minutes (24 h).");
  expect(await storedCount()).toBe(1);
  await minutes.fill("1440");
  await add.click();
  await expect(editor.locator(".commitment-item")).toHaveCount(2);

  // The family's own words, kept as text.
  await editor.getByRole("radio", { name: "Avec nos mots" }).check();
  const words = editor.getByLabel("Notre engagement, avec nos mots");
  await words.fill("   ");
  await add.click();
  await expect(editor.locator(".field-error")).toHaveText("Écrivez quelques mots.");
  const own = "<b>pas de tablette</b> à table";
  await words.fill(own);
  await add.click();
  await expect(editor.locator(".commitment-item")).toHaveCount(3);
  await expect(editor.getByText("Vous avez trois engagements. Pour en noter un autre, retirez-en un.")).toBeVisible();
  await expect(add).toHaveCount(0);
  expect(await storedCount()).toBe(3);

  // Judged on week B (the last complete week).
  const check = (label: string) => page.locator(".compare-checks .check").filter({ hasText: label });
  const morning = morningOutcome(demo);
  await expect(check("Pas d’écran le matin").locator(".check-badge")).toHaveText(morning.badge);
  await expect(check("Pas d’écran le matin").locator(".check-outcome")).toHaveText(morning.text);
  const lea = limitOutcome(demo, "demo-lea", 1440);
  expect(lea.badge).toBe("✓ Tenu");
  await expect(check("Léa : 24 h par jour au plus").locator(".check-badge")).toHaveText(lea.badge);
  await expect(check("Léa : 24 h par jour au plus").locator(".check-outcome")).toHaveText(lea.text);
  await expect(check(own).locator(".check-badge")).toHaveText("? À dire en famille");
  await expect(check(own).locator(".check-outcome")).toHaveText("Ne se mesure pas avec le journal : c’est à la famille de dire");

  // Swap Léa's generous limit for none at all for Hugo: not kept on the days he used a screen.
  await editor.getByRole("button", { name: "Retirer : Léa : 24 h par jour au plus" }).click();
  await expect(editor.locator(".commitment-item")).toHaveCount(2);
  await editor.getByRole("radio", { name: "Une limite par jour pour un enfant" }).check();
  await editor.getByLabel("Pour quel enfant ?").selectOption({ label: "Hugo" });
  await editor.getByLabel("Combien de minutes par jour, au plus ?").fill("0");
  await add.click();
  await expect(editor.locator(".commitment-item")).toHaveCount(3);
  const hugo = limitOutcome(demo, "demo-hugo", 0);
  expect(["✗ Pas tenu", "◐ En partie"]).toContain(hugo.badge);
  await expect(check("Hugo : 0 min par jour au plus").locator(".check-badge")).toHaveText(hugo.badge);
  await expect(check("Hugo : 0 min par jour au plus").locator(".check-outcome")).toHaveText(hugo.text);

  // The reminder on the home page, as text.
  await page.goto("/");
  const reminder = page.getByRole("region", { name: "Nos engagements" });
  await expect(reminder.getByRole("listitem")).toHaveText(["Pas d’écran le matin", own, "Hugo : 0 min par jour au plus"]);
  await expect(page.locator("main b")).toHaveCount(0);
  await expect(reminder.getByRole("link", { name: "Voir s’ils sont tenus" })).toHaveAttribute("href", "/comparer");
});

test("the comparer page has no accessibility violation, in presentation mode too", async ({ page }) => {
  await showDemo(page);
  await openCompare(page);
  await page.getByText("Voir le tableau complet").click();
  for (const summary of await page.locator("details.chart-data > summary").all()) {
    if (await summary.isVisible()) await summary.click();
  }
  const analyze = async () => {
    const results = await new AxeBuilder({ page }).analyze();
    return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length}) ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(" | ")}`);
  };
  expect(await analyze()).toEqual([]);
  await page.getByRole("switch", { name: "Mode présentation" }).check();
  await expect(page.getByRole("radio", { name: "Enfant 1" })).toBeVisible();
  expect(await analyze()).toEqual([]);
});
