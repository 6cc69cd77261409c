// The Réglages « Sauvegarde et partage » section, shared by backup.spec.ts and the key
// derivation's benchmark (benchmarks/backup.bench.ts): a diary stored before the page opens, the
// section's cards, the downloads it makes, the file chooser and the « Protéger par un mot de
// passe » fields.
import type { Download, Locator, Page } from "@playwright/test";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { expect } from "./fixtures";
import { putStoredDiary, storedEnvelope, type StoredChild, type StoredEntry } from "./stored-diary";

/** A stored diary (schema 1) of `children` and `entries`. */
export function envelope(children: StoredChild[], entries: StoredEntry[] = []): string {
  return storedEnvelope({ children, entries });
}

/** Zoé and Malo, three entries in March 2025 (one for both, a note to quote, a formula). */
export const FAMILY = envelope(
  [
    { id: "child-zoe", name: "Zoé", birth: "2017-05", daily_limit: 60, modified_at: 1 },
    { id: "child-malo", name: "Malo", birth: "2020-02", modified_at: 2 },
  ],
  [
    { id: "e-1", children: ["child-zoe"], date: "2025-03-03", moment: "evening", minutes: 45, screen: "tv", activity: "videos", with_adult: true, note: 'Dessin animé; "Bluey"', modified_at: 10 },
    { id: "e-2", children: ["child-malo", "child-zoe"], date: "2025-03-04", moment: "after_school", start: "17:30", minutes: 20, screen: "tablet", activity: "games", in_bedroom: true, modified_at: 11 },
    { id: "e-3", children: ["child-malo"], date: "2025-03-05", moment: "meal", minutes: 10, screen: "smartphone", activity: "video_calls", note: "=1+1", modified_at: 12 },
  ],
);

/** Stores `stored` as the diary, then opens `path`. */
export async function seed(page: Page, stored: string, path = "/reglages") {
  await putStoredDiary(page, stored);
  await page.goto(path);
  await expect(page.locator("nav.nav-bar")).toBeVisible();
}

export function section(page: Page) {
  return page.getByRole("region", { name: "Sauvegarde et partage" });
}

export function restoreCard(page: Page) {
  return page.getByRole("region", { name: /^(Charger une sauvegarde|Load a backup)$/ });
}

export function preview(page: Page) {
  return page.getByRole("region", { name: "Ce que contient ce fichier" });
}

export async function openSettings(page: Page) {
  await page.goto("/reglages");
  await expect(section(page)).toBeVisible();
}

/** Clicks `button` and returns the file the browser downloaded. */
export async function downloadFrom(page: Page, click: () => Promise<void>) {
  const waiting = page.waitForEvent("download");
  await click();
  const download: Download = await waiting;
  const bytes = readFileSync((await download.path())!);
  return { name: download.suggestedFilename(), bytes, text: bytes.toString("utf8") };
}

export async function chooseFile(page: Page, file: { name: string; mimeType?: string; buffer: Buffer }) {
  await restoreCard(page)
    .getByLabel(/^(Choisir un fichier de sauvegarde|Choose a backup file)$/)
    .setInputFiles({ name: file.name, mimeType: file.mimeType ?? "application/json", buffer: file.buffer });
}

export const PROTECTED = resolve(__dirname, "../../../core/tests/fixtures/protected");
/** The passphrase of core/tests/fixtures/protected/made_by_age_cli.age and hostile/protected_*. */
export const FIXTURE_PASSPHRASE = "mot de passe de Léa";

/** The « Protéger par un mot de passe » fields of a card. */
export class ProtectionFields {
  constructor(readonly card: Locator) {}

  box() {
    return this.card.getByRole("checkbox", { name: "Protéger par un mot de passe" });
  }

  first() {
    return this.card.getByLabel("Mot de passe", { exact: true });
  }

  again() {
    return this.card.getByLabel("Le même mot de passe, encore une fois");
  }

  async protectWith(passphrase: string, again = passphrase) {
    if (!(await this.box().isChecked())) await this.box().check();
    await expect(this.card.getByText("Un mot de passe oublié ne peut être retrouvé par personne, pas même par nous", { exact: false })).toBeVisible();
    await this.first().fill(passphrase);
    await this.again().fill(again);
  }
}

/** The form that asks a protected file's passphrase, in the restore card. */
export function unlockForm(page: Page) {
  return restoreCard(page).getByRole("form", { name: "Fichier protégé par un mot de passe" });
}


/** Submits the unlock form of a protected file and waits, inside the page, until the preview's
 * heading is in the document: how long that took (ms, from the click) and how many animation
 * frames the page painted meanwhile (a page that froze during the derivation paints about one). */
export async function submitUnlockUntilPreview(page: Page): Promise<{ ms: number; frames: number }> {
  return page.evaluate(async () => {
    let frames = 0;
    let opened = false;
    const count = () => {
      if (opened) return;
      frames += 1;
      requestAnimationFrame(count);
    };
    requestAnimationFrame(count);
    const start = performance.now();
    document.querySelector<HTMLButtonElement>("form.backup-unlock button[type=submit]")!.click();
    await new Promise<void>((done) => {
      const ready = () => document.getElementById("backup-preview-title") !== null;
      if (ready()) return done();
      const observer = new MutationObserver(() => {
        if (ready()) {
          observer.disconnect();
          done();
        }
      });
      observer.observe(document, { childList: true, subtree: true });
    });
    opened = true;
    return { ms: performance.now() - start, frames };
  });
}
