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

export class FamilySharePage {
  constructor(readonly page: Page) {}

  /** Shows the demo family (from the Carnet), opens Comparer and the share. */
  async openWithDemo() {
    await this.page.goto("/carnet");
    await this.page.getByRole("button", { name: "Montrer une famille de démonstration" }).first().click();
    await expect(this.page.getByRole("button", { name: "Retirer la démonstration" }).first()).toBeVisible();
    await this.page.goto("/comparer");
    await expect(this.page.getByRole("heading", { level: 1 })).toHaveText("Comparer");
    await this.page.getByRole("button", { name: "Partager avec le groupe (anonyme)" }).click();
    await expect(this.page.getByRole("heading", { name: "Ce que contient le code, en toutes lettres" })).toBeVisible();
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
