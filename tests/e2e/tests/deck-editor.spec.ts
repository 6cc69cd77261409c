// « Adapter le diaporama » (/atelier/adapter), on the projector and on a tablet: the advisor edits
// a slide and sees it at once on the 16:9 preview, then on the stage and in the speaker window;
// hides and moves slides and presents them in that order, kept after a reload; adds a slide of
// their own, marked in the speaker view; puts the original deck back and undoes it; a typed slide
// the deck's rules refuse is said, with nothing stored changed; a stored deck that cannot be read
// is kept aside, never overwritten; a refused write is said; axe finds nothing on the editor.
// Export and import are in deck-exchange.spec.ts.
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { test, expect } from "./fixtures";
import { DeckWindow, SLIDES, SLIDE_COUNT, number } from "./deck-window";
import { refuseStorage } from "./stored-diary";

const DECK_KEY = "ecrans.deck";
const EDITOR = "/atelier/adapter";

/** Text as a reader sees it: any space as one space, typographic apostrophes straight. */
const readable = (text: string) => text.replace(/\u2060/g, "").replace(/[\s\u00a0\u202f]+/g, " ").replace(/[’']/g, "'").trim();

/** Page object of the editor. */
class Editor {
  constructor(readonly page: Page) {}

  async open() {
    await this.page.goto(EDITOR);
    await expect(this.page.getByRole("heading", { level: 1 })).toHaveText("Adapter le diaporama");
    await expect(this.rows()).toHaveCount(SLIDE_COUNT);
  }

  rows() {
    return this.page.getByTestId("deck-editor-list").locator("li");
  }

  row(id: string) {
    return this.page.locator(`.deck-editor-pick[data-slide-id="${id}"]`);
  }

  async choose(id: string) {
    await this.row(id).click();
    await expect(this.row(id)).toHaveAttribute("aria-pressed", "true");
  }

  /** The ids of the list, in order. */
  async ids() {
    return this.page.locator(".deck-editor-pick").evaluateAll((buttons) => buttons.map((button) => button.getAttribute("data-slide-id")));
  }

  action(name: string) {
    return this.page.getByRole("group", { name: "Actions sur cette diapositive" }).getByRole("button", { name, exact: true });
  }

  stageTitle() {
    return this.page.getByTestId("deck-editor-stage").locator(".slide-title");
  }

  field(label: string) {
    return this.page.getByLabel(label, { exact: true });
  }

  async stored() {
    return this.page.evaluate((key) => localStorage.getItem(key), DECK_KEY);
  }

  undo() {
    return this.page.getByTestId("deck-undo");
  }
}

test("an edited slide shows at once beside the editor, then on the stage and in the speaker window, marked there", async ({ page }) => {
  const editor = new Editor(page);
  await editor.open();
  await editor.choose("sommeil");
  await expect(editor.stageTitle()).toHaveText("Le sommeil");

  // The preview follows the typing, before anything is saved.
  await editor.field("Titre").fill("Le sommeil de vos enfants");
  await expect(editor.stageTitle()).toHaveText("Le sommeil de vos enfants");
  await expect(page.getByText("Pas encore enregistré")).toBeVisible();
  expect(await editor.stored()).toBeNull();

  await page.getByRole("button", { name: "Enregistrer la diapositive" }).click();
  await expect(page.getByText("Diapositive enregistrée sur cet appareil.")).toBeVisible();
  await expect(editor.undo()).toContainText("Diapositive modifiée.");
  await expect(editor.row("sommeil")).toContainText("modifiée");
  expect(await editor.stored()).toContain("Le sommeil de vos enfants");

  // Presenting: the projected stage, then the speaker window, which marks the slide as edited.
  const deck = new DeckWindow(page);
  await deck.open(`/atelier/${number("sommeil")}`);
  await expect(deck.currentSlide().locator(".slide-title")).toHaveText("Le sommeil de vos enfants");
  const [speaker] = await Promise.all([page.waitForEvent("popup"), page.keyboard.press("s")]);
  await expect(speaker.getByRole("heading", { level: 1 })).toHaveText("Vue orateur");
  await expect(speaker.locator(".speaker-current .slide-title")).toHaveText("Le sommeil de vos enfants");
  await expect(speaker.getByTestId("speaker-origin")).toHaveText("Diapositive modifiée par vous");
  // A bundled slide the advisor did not touch carries no mark.
  await speaker.keyboard.press("Home");
  await expect(speaker.locator(".speaker-current .slide-title")).toHaveText(readable(SLIDES[0].title).replace(/'/g, "’"));
  await expect(speaker.getByTestId("speaker-origin")).toHaveCount(0);
});

test("hidden and moved slides: presenting follows the order and the count, and a reload keeps them", async ({ page }) => {
  const editor = new Editor(page);
  await editor.open();
  const hidden = SLIDES[3].id;
  const moved = "sommeil";
  const before = number(moved) - 2; // the slide just before it, from 0

  await editor.choose(hidden);
  await editor.action("Masquer").click();
  await expect(editor.undo()).toContainText("Diapositive masquée.");
  await expect(page.locator(".deck-editor-row.is-hidden")).toHaveCount(1);
  await expect(page.getByTestId("deck-editor-hidden-count")).toHaveText(/^1 diapositive masquée/);
  await expect(page.getByText("Cette diapositive est masquée : elle ne sera pas projetée.".replace(/ :/, "\u00a0:"))).toBeVisible();

  await editor.choose(moved);
  await editor.action("Monter").click();
  await expect(editor.undo()).toContainText("Diapositive déplacée.");
  const expected = SLIDES.map((slide) => slide.id);
  [expected[before], expected[before + 1]] = [expected[before + 1], expected[before]];
  expect(await editor.ids()).toEqual(expected);

  await page.reload();
  await expect(editor.rows()).toHaveCount(SLIDE_COUNT);
  expect(await editor.ids()).toEqual(expected);
  await expect(page.locator(".deck-editor-row.is-hidden .deck-editor-pick")).toHaveAttribute("data-slide-id", hidden);

  // The start screen's contents and the presentation follow: one slide fewer, in the new order.
  await page.goto("/atelier");
  const shown = expected.filter((id) => id !== hidden);
  const titles = shown.map((id) => readable(SLIDES.find((slide) => slide.id === id)!.title));
  const listed = await page.locator(".deck-contents li a").allTextContents();
  expect(listed.map(readable)).toEqual(titles);
  await expect(page.getByTestId("deck-adapted-note")).toBeVisible();

  // The printed handouts too: one page per presented slide, in the new order.
  await page.emulateMedia({ media: "print" });
  const printed = await page.locator(".handout-page .slide-title").allTextContents();
  expect(printed.map(readable)).toEqual(titles);
  await page.emulateMedia({ media: "screen" });

  const deck = new DeckWindow(page);
  const movedNumber = shown.indexOf(moved) + 1;
  await deck.open(`/atelier/${movedNumber}`);
  await expect(deck.stage()).toHaveAttribute("aria-label", new RegExp(`${movedNumber} sur ${SLIDE_COUNT - 1}`));
  await expect(deck.currentSlide().locator(".slide-title")).toHaveText("Le sommeil");
  await page.keyboard.press("End");
  expect(await deck.slideNumber()).toBe(SLIDE_COUNT - 1);

  // The overview lists the same slides, the moved one at its new number.
  await page.keyboard.press("o");
  const overview = page.getByRole("dialog", { name: "Vue d’ensemble" });
  await expect(overview.getByRole("button", { name: /^Diapositive \d+\s:\s/ })).toHaveCount(SLIDE_COUNT - 1);
  await expect(overview.getByRole("button", { name: new RegExp(`^Diapositive ${movedNumber}\\s:\\sLe sommeil$`) })).toBeVisible();
});

test("a slide of the advisor's own, from a layout: written, presented, marked as theirs, then deleted", async ({ page }) => {
  const editor = new Editor(page);
  await editor.open();
  await editor.choose("sommeil");
  await page.getByLabel(/Question à la salle/).check();
  await page.getByRole("button", { name: "Ajouter la diapositive" }).click();
  await expect(editor.undo()).toContainText("Diapositive ajoutée.");
  await expect(editor.rows()).toHaveCount(SLIDE_COUNT + 1);
  const ids = await editor.ids();
  const own = ids[ids.indexOf("sommeil") + 1]!;
  expect(own).toMatch(/^perso-\d+$/);
  await expect(editor.row(own)).toHaveAttribute("aria-pressed", "true");
  await expect(editor.row(own)).toContainText("la vôtre");
  await expect(editor.stageTitle()).toHaveText("Vrai ou faux ?".replace(" ?", "\u202f?"));

  await editor.field("Texte projeté").fill("Levez la main !\n\n(+) **Réponse** : on en parle ensemble.");
  // A figure in the advisor's own slide asks for its source, as the bundled slides do.
  await editor.field("Titre").fill("Qui se couche après 21 h ?");
  await expect(page.getByTestId("deck-editor-problem")).toContainText(/source/i);
  await expect(page.getByRole("button", { name: "Enregistrer la diapositive" })).toBeDisabled();
  await editor.field("Sources").fill("- Réseau Morphée");
  await expect(page.getByTestId("deck-editor-problem")).toHaveCount(0);
  await page.getByRole("button", { name: "Enregistrer la diapositive" }).click();
  await expect(editor.undo()).toContainText("Diapositive modifiée.");

  const deck = new DeckWindow(page);
  const ownNumber = ids.indexOf(own) + 1;
  await deck.open(`/atelier/${ownNumber}?vue=notes`);
  await expect(page.getByTestId("speaker-origin")).toHaveText("Votre diapositive");
  await expect(page.locator(".speaker-current .slide-title")).toHaveText(/Qui se couche après 21/);

  await page.goto(EDITOR);
  await expect(editor.rows()).toHaveCount(SLIDE_COUNT + 1);
  await editor.choose(own);
  await editor.action("Supprimer").click();
  await expect(editor.undo()).toContainText("Diapositive supprimée.");
  await expect(editor.rows()).toHaveCount(SLIDE_COUNT);
  expect(await editor.stored()).not.toContain("Qui se couche");
  // A bundled slide is hidden, never deleted: it has no « Supprimer ».
  await editor.choose("sommeil");
  await expect(editor.action("Supprimer")).toHaveCount(0);
});

test("« Revenir au diaporama d'origine » drops every change, and « Annuler » brings them back", async ({ page }) => {
  const editor = new Editor(page);
  await editor.open();
  await editor.choose("sommeil");
  await editor.action("Masquer").click();
  await editor.choose(SLIDES[2].id);
  await editor.action("Descendre").click();
  await expect(editor.undo()).toContainText("Diapositive déplacée.");
  const adapted = await editor.stored();
  const adaptedOrder = await editor.ids();

  await page.getByRole("button", { name: "Revenir au diaporama d'origine".replace("'", "’") }).click();
  await expect(editor.undo()).toContainText("Diaporama d’origine rétabli.");
  expect(await editor.ids()).toEqual(SLIDES.map((slide) => slide.id));
  await expect(page.locator(".deck-editor-row.is-hidden")).toHaveCount(0);
  await expect(page.getByText(/Le diaporama en français est celui d’origine/)).toBeVisible();
  expect(await editor.stored()).not.toEqual(adapted);

  await editor.undo().getByRole("button", { name: "Annuler" }).click();
  await expect(editor.undo()).toHaveCount(0);
  expect(await editor.ids()).toEqual(adaptedOrder);
  await expect(page.locator(".deck-editor-row.is-hidden .deck-editor-pick")).toHaveAttribute("data-slide-id", "sommeil");
  expect(await editor.stored()).toEqual(adapted);
});

test("a typed slide the deck's rules refuse is said, cannot be saved, and changes nothing stored", async ({ page }) => {
  const editor = new Editor(page);
  await editor.open();
  await editor.choose("sommeil");
  await editor.action("Masquer").click();
  await expect(editor.undo()).toBeVisible();
  const stored = await editor.stored();
  const save = page.getByRole("button", { name: "Enregistrer la diapositive" });
  const problem = page.getByTestId("deck-editor-problem");

  const refused: [string, string, RegExp][] = [
    ["Titre", "<script>window.__pwned = 1</script>", /Titre/],
    ["Texte projeté", "Une image : ![photo](https://example.com/photo.png)", /image/i],
    ["Texte projeté", "<b>gras</b> en HTML", /HTML/],
    ["Texte projeté", "Premier point\n\n    en retrait de quatre espaces", /Texte projeté, ligne 3.*quatre espaces.*retirez les espaces/],
    ["Texte projeté", Array.from({ length: 300 }, (_, index) => `- ligne ${index + 1}`).join("\n"), /lignes/],
    ["Texte projeté", "x".repeat(7_000), /caractères/],
    ["Notes pour vous (la salle ne les voit pas)", "Une note de 2 Mo. ".repeat(110_000), /caractères/],
  ];
  for (const [label, typed, message] of refused) {
    await editor.field(label).fill(typed);
    await expect(problem).toContainText(message);
    await expect(save).toBeDisabled();
    await page.getByRole("button", { name: "Revenir au texte enregistré" }).click();
    await expect(problem).toHaveCount(0);
  }
  // A figure asks for its source, as the bundled slides' rule does.
  await editor.field("Sources").fill("");
  await expect(problem).toContainText(/source/i);
  await expect(save).toBeDisabled();

  await editor.field("Minutes prévues").fill("beaucoup");
  await expect(problem).toContainText("nombre entier de minutes");

  expect(await editor.stored()).toEqual(stored);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  // The stage still shows the slide as saved, never the refused text as markup.
  await expect(page.locator("script", { hasText: "__pwned" })).toHaveCount(0);
});

test("a stored deck that cannot be read is said, the original deck shown, and kept aside before the first change", async ({ page }) => {
  await page.goto("/atelier");
  const unreadable = '{"version": 1, "truncated';
  await page.evaluate(([key, text]) => localStorage.setItem(key, text), [DECK_KEY, unreadable] as const);
  const editor = new Editor(page);
  await editor.open();
  await expect(page.getByRole("alert").filter({ hasText: "n’a pas pu être lu" })).toBeVisible();
  expect(await editor.ids()).toEqual(SLIDES.map((slide) => slide.id));
  expect(await editor.stored()).toEqual(unreadable);

  await editor.choose("sommeil");
  await editor.action("Masquer").click();
  await expect(editor.undo()).toBeVisible();
  expect(await page.evaluate(() => localStorage.getItem("ecrans.deck.unreadable"))).toEqual(unreadable);
  expect(await editor.stored()).toContain("sommeil");
});

test("a write the browser refuses is said and changes nothing", async ({ page }) => {
  const editor = new Editor(page);
  await editor.open();
  await refuseStorage(page, "setItem", DECK_KEY);
  await editor.choose("sommeil");
  await editor.action("Masquer").click();
  await expect(page.getByRole("alert").filter({ hasText: "L’enregistrement a échoué" })).toBeVisible();
  await expect(page.locator(".deck-editor-row.is-hidden")).toHaveCount(0);
  await expect(editor.undo()).toHaveCount(0);
  expect(await editor.stored()).toBeNull();
});

test("the editor passes axe, with a slide chosen and a refused text shown", async ({ page }) => {
  const editor = new Editor(page);
  await editor.open();
  await editor.choose("sommeil");
  await editor.action("Masquer").click();
  await editor.field("Titre").fill("<b>titre</b>");
  await expect(page.getByTestId("deck-editor-problem")).toBeVisible();
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target).join(" ")}`)).toEqual([]);
});

test("offline after a first visit: the editor opens, and presenting shows the adapted deck", async ({ app, page, context }) => {
  await app.open("/");
  await app.waitForOfflineReady();
  await context.setOffline(true);
  const editor = new Editor(page);
  await editor.open();
  await editor.choose(SLIDES[1].id);
  await editor.action("Masquer").click();
  await expect(editor.undo()).toContainText("Diapositive masquée.");
  const deck = new DeckWindow(page);
  await deck.open("/atelier/2");
  await expect(deck.stage()).toHaveAttribute("aria-label", new RegExp(`2 sur ${SLIDE_COUNT - 1}`));
  await expect(deck.currentSlide().locator(".slide-title")).toHaveText(readable(SLIDES[2].title).replace(/'/g, "’"));
  await context.setOffline(false);
});
