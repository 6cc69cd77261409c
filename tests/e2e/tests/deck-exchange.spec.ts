// « Partager mon diaporama » (Adapter le diaporama, /atelier/adapter): an adapted deck exported
// on one device and imported on another presents the same slides there and is stored the same;
// the preview says what changes before anything is stored, « Annuler » changes nothing, a refused
// write is said and changes nothing; hostile files (over 2 MiB, not UTF-8, a newer version, no
// slide, HTML in a title, an image from another site) are refused with the core's sentence and
// the stored deck stays byte for byte, and HTML in an accepted title is shown as text, never run;
// no accessibility violation on the card with a preview shown.
//
// The shared deck is core/tests/fixtures/shared_deck.diaporama.json, which a core test keeps equal
// to what the core's encoder writes (core/tests/adapted_deck.rs): « Essentiel », in French the
// quiz hidden, « Le sommeil » retitled « Dormir, c'est grandir », an own slide « Notre soirée à la
// médiathèque » after the welcome and « parents » moved up; in English the quiz hidden.
import AxeBuilder from "@axe-core/playwright";
import type { Browser, Locator, Page } from "@playwright/test";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { test, expect, watchContext } from "./fixtures";
import { refuseStorage, storedText } from "./stored-diary";

const FIXTURES = resolve(__dirname, "../../../core/tests/fixtures");
const CORPUS = resolve(FIXTURES, "adapted_deck");
const SHARED_FILE = readFileSync(resolve(FIXTURES, "shared_deck.diaporama.json"));
const SHARED = JSON.parse(SHARED_FILE.toString("utf8"));

const DECK_KEY = "ecrans.deck";
const SESSION_KEY = "ecrans.deck-session";
const EDITOR = "/atelier/adapter";

/** The shared deck as the app stores it (the stored envelope names the app, not the format). */
const SHARED_STORED = JSON.stringify({ app: "ecrans-en-famille", version: 1, deck: SHARED.deck });

/** Text as a person reads it: typographic spaces and apostrophes made plain. */
const readable = (text: string) => text.replace(/[\u00a0\u202f\u2060]/g, " ").replace(/’/g, "'").trim();

/** Stores `deck` (the stored text) before the app reads it, then opens the editor. */
async function openEditor(page: Page, deck: string | null = null) {
  await page.goto("/");
  await page.evaluate(
    ([key, value]) => (value === null ? localStorage.removeItem(key) : localStorage.setItem(key, value)),
    [DECK_KEY, deck] as const,
  );
  await page.goto(EDITOR);
  await expect(card(page)).toBeVisible();
}

function card(page: Page) {
  return page.getByRole("region", { name: /^(Partager mon diaporama|Share my slides)$/ });
}

function preview(page: Page) {
  return page.getByRole("region", { name: /^(Ce que contient ce diaporama|What these slides hold)$/ });
}

async function chooseDeckFile(page: Page, file: { name: string; buffer: Buffer; mimeType?: string }) {
  await card(page)
    .getByLabel(/^(Importer un diaporama|Import slides)$/)
    .setInputFiles({ name: file.name, mimeType: file.mimeType ?? "application/json", buffer: file.buffer });
}

/** The titles of the start screen's contents (the session remembered on this device). */
async function contents(page: Page) {
  await page.goto("/atelier");
  await expect(page.locator(".deck-contents li").first()).toBeVisible();
  return (await page.locator(".deck-contents li a").allTextContents()).map(readable);
}

/** Web Share is not offered: the export downloads (as on a computer). */
async function withoutShareSheet(page: Page) {
  await page.addInitScript(() => {
    delete (Navigator.prototype as any).share;
    delete (Navigator.prototype as any).canShare;
  });
}

async function today(page: Page) {
  return page.evaluate(() => {
    const d = new Date();
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
  });
}

async function secondDevice(browser: Browser, baseURL: string, use: { viewport: { width: number; height: number } | null }) {
  const context = await browser.newContext({ viewport: use.viewport, baseURL, locale: "fr-FR", serviceWorkers: "allow" });
  const watch = watchContext(context, new URL(baseURL).origin);
  return { context, watch, page: await context.newPage() };
}

test("a deck exported on one device and imported on another presents the same slides there", async ({ page, browser, baseURL, viewport }) => {
  await withoutShareSheet(page);
  await openEditor(page, SHARED_STORED);
  // The first device presents « Essentiel » with the adaptation.
  await page.goto("/atelier");
  await page.getByRole("radio", { name: /^Essentiel/ }).check();
  const presented = (await page.locator(".deck-contents li a").allTextContents()).map(readable);
  expect(presented[0]).toBe("Écrans en famille");
  expect(presented[1]).toBe("Notre soirée à la médiathèque");
  expect(presented).toContain("Dormir, c'est grandir");
  expect(presented).not.toContain("Le sommeil");

  // « Exporter mon diaporama »: one file, named with today's date, holding the same deck.
  await page.goto(EDITOR);
  const waiting = page.waitForEvent("download");
  await card(page).getByRole("button", { name: "Exporter mon diaporama" }).click();
  const download = await waiting;
  const name = download.suggestedFilename();
  expect(name).toBe(`ecrans-en-famille-${await today(page)}.diaporama.json`);
  const exported = readFileSync((await download.path())!);
  const file = JSON.parse(exported.toString("utf8"));
  expect(file.format).toBe("ecrans-en-famille.diaporama");
  expect(file.deck).toEqual(SHARED.deck);
  await expect(card(page).getByRole("status").filter({ hasText: name })).toContainText("est dans vos téléchargements");

  // A second device, with nothing adapted, imports it.
  const other = await secondDevice(browser, baseURL!, { viewport });
  try {
    await openEditor(other.page);
    expect(await storedText(other.page, DECK_KEY)).toBeNull();
    await chooseDeckFile(other.page, { name, buffer: exported });
    await expect(preview(other.page)).toBeVisible();
    await preview(other.page).getByRole("button", { name: "Remplacer mon diaporama par celui-ci" }).click();
    await expect(card(other.page).getByText(/^C’est fait\s:\svotre diaporama est maintenant celui du fichier\./)).toBeFocused();
    await expect(card(other.page).getByText(/Séance choisie pour présenter\s:\sEssentiel/)).toBeVisible();

    // It stores the same deck, remembers the file's session, and presents the same slides.
    const stored = JSON.parse((await storedText(other.page, DECK_KEY))!);
    expect(stored.app).toBe("ecrans-en-famille");
    expect(stored.deck).toEqual(SHARED.deck);
    expect(await storedText(other.page, SESSION_KEY)).toBe("essentiel");
    expect(await contents(other.page)).toEqual(presented);
    await other.page.goto("/atelier/2?seance=essentiel");
    await expect(other.page.getByRole("heading", { level: 1 })).toHaveText("Notre soirée à la médiathèque");
    await other.page.reload();
    expect(await contents(other.page)).toEqual(presented);
    other.watch.assertClean();
  } finally {
    await other.context.close();
  }
});

test("the preview says what changes before anything is stored; « Annuler » and a refused write change nothing", async ({ page }) => {
  await openEditor(page);
  const sessionBefore = await storedText(page, SESSION_KEY);
  await chooseDeckFile(page, { name: "de-claire.diaporama.json", buffer: SHARED_FILE });
  const shown = preview(page);
  await expect(shown.getByRole("heading", { name: "Ce que contient ce diaporama" })).toBeFocused();
  await expect(shown.getByText("Fichier : de-claire.diaporama.json")).toBeVisible();
  await expect(shown.getByText(/^Séance\s:\sEssentiel/)).toBeVisible();
  await expect(shown.getByText("Sur cet appareil, la séance est aujourd’hui : toutes les diapositives. Elle sera remplacée.")).toBeVisible();

  const french = shown.getByRole("region", { name: "En français" });
  await expect(french.getByText("11 diapositives seront présentées.")).toBeVisible();
  const changes = french.getByRole("listitem");
  await expect(changes.filter({ hasText: /^Ajoutée\s:\sNotre soirée à la médiathèque$/ })).toHaveCount(1);
  await expect(changes.filter({ hasText: /^Modifiée\s:\sDormir, c’est grandir$/ })).toHaveCount(1);
  // The hidden quiz and the slides of the whole deck outside « Essentiel » go.
  await expect(changes.filter({ hasText: /^Retirée\s:\sÀ votre avis, combien de temps par jour\s\?$/ })).toHaveCount(1);
  await expect(changes.filter({ hasText: /^Retirée\s:\sEt l’Organisation mondiale de la santé\s\?$/ })).toHaveCount(1);
  await expect(changes.filter({ hasText: /:\sLe sommeil$/ })).toHaveCount(0);
  await expect(french.getByText("L’ordre des diapositives change.")).toBeVisible();
  // The slides, in order, with the marks of the changed ones.
  await french.getByText("Voir les 11 diapositives, dans l’ordre").click();
  const slides = french.locator(".deck-import-slides li");
  await expect(slides).toHaveCount(11);
  await expect(slides.nth(1)).toHaveText(/^Notre soirée à la médiathèque\s*écrite par l’auteur du fichier$/);
  const english = shown.getByRole("region", { name: "En anglais" });
  await expect(english.getByText("10 diapositives seront présentées.")).toBeVisible();

  // Nothing is stored before the choice.
  expect(await storedText(page, DECK_KEY)).toBeNull();
  expect(await storedText(page, SESSION_KEY)).toBe(sessionBefore);

  // « Annuler »: the preview closes, nothing is stored.
  await shown.getByRole("button", { name: "Annuler", exact: true }).click();
  await expect(preview(page)).toHaveCount(0);
  expect(await storedText(page, DECK_KEY)).toBeNull();
  expect(await storedText(page, SESSION_KEY)).toBe(sessionBefore);

  // A write the browser refuses is said, and nothing changes.
  await chooseDeckFile(page, { name: "de-claire.diaporama.json", buffer: SHARED_FILE });
  await refuseStorage(page, "setItem", DECK_KEY);
  await preview(page).getByRole("button", { name: "Remplacer mon diaporama par celui-ci" }).click();
  await expect(card(page).getByRole("alert")).toHaveText(
    "L’enregistrement a échoué : la mémoire du navigateur est peut-être pleine ou bloquée. Rien n’a changé.",
  );
  await expect(preview(page)).toBeVisible();
  expect(await storedText(page, DECK_KEY)).toBeNull();
  expect(await storedText(page, SESSION_KEY)).toBe(sessionBefore);
  expect(await contents(page)).not.toContain("Notre soirée à la médiathèque");
});

test("the import can be undone for a few seconds, the deck and the session from before come back", async ({ page }) => {
  // The start screen's choice before: « Complet ».
  await page.goto("/");
  await page.evaluate((key) => localStorage.setItem(key, "complet"), SESSION_KEY);
  await openEditor(page);
  await chooseDeckFile(page, { name: "de-claire.diaporama.json", buffer: SHARED_FILE });
  await preview(page).getByRole("button", { name: "Remplacer mon diaporama par celui-ci" }).click();
  expect(await storedText(page, SESSION_KEY)).toBe("essentiel");
  expect(JSON.parse((await storedText(page, DECK_KEY))!).deck).toEqual(SHARED.deck);
  await card(page).getByRole("button", { name: "Annuler l’import" }).click();
  await expect(card(page).getByText("Import annulé : votre diaporama d’avant est revenu.")).toBeVisible();
  const back = JSON.parse((await storedText(page, DECK_KEY))!);
  expect(back.deck).toEqual({ session: null, fr: { slides: [] }, en: { slides: [] } });
  expect(await storedText(page, SESSION_KEY)).toBe("complet");
});

/** A copy of the corpus' valid file whose own slide has `title`. */
function withOwnTitle(title: string) {
  const file = JSON.parse(readFileSync(resolve(CORPUS, "valid.json"), "utf8"));
  file.deck.fr.slides[1].own.source.title = title;
  return Buffer.from(JSON.stringify(file));
}

test("hostile files are refused with their own sentence and the stored deck stays byte for byte", async ({ page }) => {
  const dialogs: string[] = [];
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.addInitScript(() => {
    const read = Blob.prototype.arrayBuffer;
    (window as any).bytesRead = 0;
    Blob.prototype.arrayBuffer = function (this: Blob) {
      (window as any).bytesRead += this.size;
      return read.call(this);
    };
  });
  await openEditor(page, SHARED_STORED);
  const before = await storedText(page, DECK_KEY);
  const sessionBefore = await storedText(page, SESSION_KEY);
  const alert = card(page).getByRole("alert");

  // Over 2 MiB: refused before a byte is read.
  const huge = Buffer.alloc(2 * 1024 * 1024 + 1, " ");
  SHARED_FILE.copy(huge, 0);
  await chooseDeckFile(page, { name: "gros.diaporama.json", buffer: huge });
  await expect(alert).toHaveText("Ce fichier est trop gros pour un diaporama (2 Mo au plus).");
  expect(await page.evaluate(() => (window as any).bytesRead), "the large file was never read").toBe(0);

  // (the sentence's end, « &lt; », is left out: the typography puts a space before its « ; »)
  const HTML_IN_TITLE = /^La diapositive «\sperso-1\s» \(en français\) est refusée\. Titre, ligne 1\s:\sLe HTML n’est pas permis\s:\sécrivez du texte simple/;
  const cases: { file: string; buffer?: Buffer; message: string | RegExp }[] = [
    { file: "latin1.json", message: "Ce fichier n’est pas du texte : choisissez le fichier « ….diaporama.json »." },
    { file: "newer_version.json", message: "Ce diaporama vient d’une version plus récente de l’application : mettez-la à jour, puis réessayez." },
    { file: "empty_deck.json", message: "Ce diaporama ne contient aucune diapositive." },
    {
      file: "script_in_title.json",
      message: HTML_IN_TITLE,
    },
    {
      file: "pwned_title.json",
      buffer: withOwnTitle('<img src="x" onerror="window.__pwned = 1"><script>window.__pwned = 2</script>'),
      message: HTML_IN_TITLE,
    },
    {
      file: "image_elsewhere.json",
      message: "La diapositive « perso-1 » (en français) est refusée. Texte projeté, ligne 1 : Une image d’un autre site n’est jamais chargée : l’application ne va rien chercher ailleurs. Retirez-la.",
    },
  ];
  for (const { file, buffer, message } of cases) {
    await chooseDeckFile(page, { name: file, buffer: buffer ?? readFileSync(resolve(CORPUS, file)) });
    await expect(alert, file).toHaveText(message);
    await expect(preview(page)).toHaveCount(0);
    expect(await storedText(page, DECK_KEY), file).toBe(before);
  }
  // The file was read (so the counter counts), and nothing ran.
  expect(await page.evaluate(() => (window as any).bytesRead)).toBeGreaterThan(0);
  expect(await page.evaluate(() => (window as any).__pwned)).toBeUndefined();

  // HTML written as entities is accepted and shown as text, never as markup (the own slide of
  // the stored deck, retitled: « Modifiée »).
  await chooseDeckFile(page, {
    name: "entites.diaporama.json",
    buffer: withOwnTitle("&lt;img src=x onerror=window.__pwned=true&gt; &lt;script&gt;window.__pwned=true&lt;/script&gt;"),
  });
  const shown = preview(page);
  await expect(shown).toBeVisible();
  const title = shown.getByRole("region", { name: "En français" }).getByRole("listitem").filter({ hasText: /^Modifiée\s:\s</ });
  await expect(title).toHaveText("Modifiée : <img src=x onerror=window.__pwned=true> <script>window.__pwned=true</script>");
  await expect(shown.locator("img, script")).toHaveCount(0);
  expect(await page.evaluate(() => (window as any).__pwned)).toBeUndefined();
  expect(await storedText(page, DECK_KEY)).toBe(before);
  await shown.getByRole("button", { name: "Annuler", exact: true }).click();

  // The message follows the language.
  await chooseDeckFile(page, { name: "newer_version.json", buffer: readFileSync(resolve(CORPUS, "newer_version.json")) });
  await page.getByRole("button", { name: "Switch to English" }).click();
  await expect(alert).toHaveText("This deck comes from a newer version of the app: update it, then try again.");

  await page.reload();
  expect(await storedText(page, DECK_KEY)).toBe(before);
  expect(await storedText(page, SESSION_KEY)).toBe(sessionBefore);
  expect(await page.evaluate(() => (window as any).__pwned)).toBeUndefined();
  expect(dialogs, "no script opened a dialog").toEqual([]);
});

async function expectNoViolation(page: Page, scope: Locator) {
  await expect(scope).toBeVisible();
  const results = await new AxeBuilder({ page }).include("#partager-diaporama").analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
}

test("the card has no accessibility violation with a preview shown, in both languages", async ({ page }) => {
  await openEditor(page);
  await chooseDeckFile(page, { name: "de-claire.diaporama.json", buffer: SHARED_FILE });
  await preview(page).getByRole("region", { name: "En français" }).getByText(/^Voir les/).click();
  await expectNoViolation(page, preview(page));
  await page.getByRole("button", { name: "Switch to English" }).click();
  await expectNoViolation(page, preview(page).getByRole("region", { name: "In French" }));
  // A refusal shown too.
  await chooseDeckFile(page, { name: "empty_deck.json", buffer: readFileSync(resolve(CORPUS, "empty_deck.json")) });
  await expectNoViolation(page, card(page).getByRole("alert"));
});

test("an unchanged deck is not exported: the card says to adapt it first", async ({ page }) => {
  await openEditor(page);
  let downloads = 0;
  page.on("download", () => downloads++);
  await card(page).getByRole("button", { name: "Exporter mon diaporama" }).click();
  await expect(card(page).getByRole("alert")).toHaveText(
    "Votre diaporama est encore celui d’origine : il n’y a rien à exporter. Masquez, modifiez ou ajoutez d’abord une diapositive.",
  );
  expect(downloads).toBe(0);
});
