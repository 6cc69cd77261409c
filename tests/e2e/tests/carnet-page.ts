// Page object of the Carnet, shared by diary.spec.ts and backup.spec.ts: opening it (with a
// stored diary), adding a child, logging an entry in detail or in two taps, and the list.
import { expect, type Page } from "@playwright/test";
import { putStoredDiary, storedText } from "./stored-diary";

export class Carnet {
  constructor(readonly page: Page) {}

  async open() {
    await this.page.goto("/carnet");
    await expect(this.page.getByRole("heading", { level: 1 })).toHaveText("Carnet");
  }

  /** Stores `stored` as the diary (the core's envelope), then opens the Carnet. */
  async seed(stored: string) {
    await putStoredDiary(this.page, stored);
    await this.open();
  }

  quickLog() {
    return this.page.getByRole("region", { name: "Noter un moment d’écran" });
  }

  form() {
    return this.page.getByRole("form");
  }

  entries() {
    return this.page.locator("ul.entries > li");
  }

  toast() {
    return this.page.locator(".toast");
  }

  /** Adds a child through the family panel's form. */
  async addChild(name: string, birth: string) {
    const family = this.page.getByRole("region", { name: "Les enfants et les repères" });
    await family.getByRole("button", { name: "Ajouter un enfant" }).click();
    const form = family.getByRole("form", { name: "Ajouter un enfant" });
    await form.getByRole("textbox", { name: "Prénom ou surnom" }).fill(name);
    await form.getByLabel("Mois et année de naissance").fill(birth);
    await form.getByRole("button", { name: "Ajouter cet enfant" }).click();
    await expect(this.page.getByRole("article", { name, exact: true })).toBeVisible();
  }

  /** Fills and saves the full form (the entry form, whatever other form is open). */
  async logInDetail(entry: {
    children: string[];
    moment: string;
    minutes: string;
    screen: string;
    activity: string;
    bedroom?: boolean;
    note?: string;
  }) {
    await this.page.getByRole("button", { name: /Noter en détail|Changer l’enfant/ }).click();
    const form = this.form().filter({ has: this.page.getByLabel("Autre durée, en minutes") });
    for (const box of await form.getByRole("checkbox").all()) {
      if (await box.isChecked()) await box.uncheck();
    }
    for (const child of entry.children) await form.getByRole("checkbox", { name: child, exact: true }).check();
    await form.getByRole("radio", { name: entry.moment, exact: true }).check();
    await form.getByLabel("Autre durée, en minutes").fill(entry.minutes);
    await form.getByRole("radio", { name: entry.screen, exact: true }).check();
    await form.getByRole("radio", { name: entry.activity, exact: true }).check();
    if (entry.bedroom) await form.getByRole("checkbox", { name: "Dans la chambre de l’enfant" }).check();
    if (entry.note) await form.getByLabel("Note (facultatif)").fill(entry.note);
    await form.getByRole("button", { name: "Enregistrer" }).click();
    await expect(form).toHaveCount(0);
  }

  /** The common case: same child, screen and activity as last time, now — two taps. */
  async quickLogTwoTaps(duration: string) {
    await this.quickLog().getByText(duration, { exact: true }).click();
    await this.quickLog().getByRole("button", { name: /^Enregistrer/ }).click();
    await expect(this.toast()).toContainText("Moment enregistré.");
  }

  /** The options of « Pour qui ? » named `name`. */
  whoOptions(name: string) {
    return this.page.getByRole("combobox", { name: "Pour qui ?" }).locator("option", { hasText: name });
  }

  /** The stored diary's text, or null. */
  async storedText() {
    return storedText(this.page);
  }
}
