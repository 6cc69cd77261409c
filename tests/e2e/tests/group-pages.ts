// Page objects of the group picture: the family's « Partager avec le groupe (anonyme) » on
// Comparer, and the advisor's « Bilan du groupe » (/atelier/bilan).
import type { Page } from "@playwright/test";
import { expect } from "./fixtures";

/** What a family shares, as its page shows it. */
export interface SharedCode {
  /** The text code (« ECRANS1-… »). */
  text: string;
  /** The average per day of week A and week B, as written in the content in words (« 2 h 05 »). */
  averageA: string;
  averageB: string;
}

/** Minutes from a duration as the app writes it in French (« 2 h 05 », « 2 h », « 45 min »). */
export function minutesOf(duration: string): number {
  const text = duration.replace(/[\u00a0\u202f]/g, " ").trim();
  const hours = /^(\d+) h(?: (\d+))?$/.exec(text);
  if (hours) return Number(hours[1]) * 60 + Number(hours[2] ?? 0);
  const minutes = /^(\d+) min$/.exec(text);
  if (minutes) return Number(minutes[1]);
  throw new Error(`not a duration: ${duration}`);
}

export class FamilySharePage {
  constructor(readonly page: Page) {}

  /** Shows the demo family (from the Carnet), adds `extraMinutesLastWeek` of screen time to
   * Hugo's Wednesday of last week (week B of the comparison) so that families differ, then opens
   * Comparer and the share. */
  async openWithDemo(extraMinutesLastWeek = 0) {
    await this.page.goto("/carnet");
    await this.page.getByRole("button", { name: "Montrer une famille de démonstration" }).first().click();
    await expect(this.page.getByRole("button", { name: "Retirer la démonstration" }).first()).toBeVisible();
    if (extraMinutesLastWeek > 0) await this.addToLastWeek(extraMinutesLastWeek);
    await this.page.goto("/comparer");
    await expect(this.page.getByRole("heading", { level: 1 })).toHaveText("Comparer");
    await this.page.getByRole("button", { name: "Partager avec le groupe (anonyme)" }).click();
    await expect(this.page.getByRole("heading", { name: "Ce que contient le code, en toutes lettres" })).toBeVisible();
  }

  private async addToLastWeek(minutes: number) {
    await this.page.getByRole("button", { name: /Noter en détail|Changer l’enfant/ }).click();
    const form = this.page.getByRole("form");
    for (const box of await form.getByRole("checkbox").all()) {
      if (await box.isChecked()) await box.uncheck();
    }
    await form.getByRole("checkbox", { name: "Hugo" }).check();
    // Wednesday of last week, on the phone's own calendar.
    const day = await this.page.evaluate(() => {
      const date = new Date();
      date.setDate(date.getDate() - ((date.getDay() + 6) % 7) - 7 + 2);
      return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, "0")}-${String(date.getDate()).padStart(2, "0")}`;
    });
    await form.getByLabel("Quel jour ?").fill(day);
    await form.getByRole("radio", { name: "Repas", exact: true }).check();
    await form.getByLabel("Autre durée, en minutes").fill(String(minutes));
    await form.getByRole("radio", { name: "Tablette", exact: true }).check();
    await form.getByRole("radio", { name: "Jeux vidéo", exact: true }).check();
    await form.getByRole("button", { name: "Enregistrer" }).click();
    await expect(form).toHaveCount(0);
  }

  qrCode() {
    return this.page.getByRole("img", { name: "Code QR à faire lire par l’appareil de l’animateur" });
  }

  textCode() {
    return this.page.getByText(/^ECRANS1-[0-9A-Z-]+$/);
  }

  /** The line of the content in words about week `letter`. */
  weekLine(letter: "A" | "B") {
    return this.page.getByRole("listitem").filter({ hasText: new RegExp(`^Semaine ${letter} \\(semaine \\d+ de \\d{4}\\)\\s:\\s`) });
  }

  async shared(): Promise<SharedCode> {
    const average = async (letter: "A" | "B") => {
      const line = (await this.weekLine(letter).textContent())!;
      const match = line.match(/en moyenne (.+) d’écrans par jour\.$/);
      expect(match, line).not.toBeNull();
      return match![1];
    };
    return { text: (await this.textCode().textContent())!, averageA: await average("A"), averageB: await average("B") };
  }
}

export class GroupBilanPage {
  constructor(readonly page: Page) {}

  async open() {
    await this.page.goto("/atelier/bilan");
    await expect(this.page.getByRole("heading", { level: 1 })).toHaveText("Bilan du groupe");
  }

  openCamera() {
    return this.page.getByRole("button", { name: "Ouvrir la caméra" }).click();
  }

  async typeCodes(codes: string[]) {
    await this.page.getByLabel("Codes des familles (un par ligne)").fill(codes.join("\n"));
    await this.page.getByRole("button", { name: "Compter ces codes" }).click();
  }

  familiesCounted() {
    return this.page.getByRole("heading", { name: "Familles comptées" }).locator("xpath=following-sibling::p[1]");
  }

  notice() {
    return this.page.locator(".group-notice");
  }

  bilan() {
    return this.page.getByRole("region", { name: "Le groupe, avant et après" });
  }

  figure(term: "Familles" | "Avant" | "Après") {
    return this.bilan().getByRole("term").filter({ hasText: new RegExp(`^${term}$`) }).locator("xpath=following-sibling::dd[1]");
  }
}
