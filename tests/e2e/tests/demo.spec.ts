// The demo family never takes what a person typed: while it is shown every form that writes says
// so, removing it asks first when a person added something, « Garder dans mon carnet » moves
// exactly those records into the real diary (not the fictional children), « Tout effacer » removes
// them with the demo, and that removal can be undone like any other change. A write or a removal
// the browser refuses while the demo is shown is said, and the real diary stays as it was.
import type { Page } from "@playwright/test";
import { test, expect } from "./fixtures";
import { refuseStorage, storedEnvelope } from "./stored-diary";

/** The notice next to every form's button while the demo is shown (non-breaking space before « : »). */
const NOTICE = /^Démonstration\s:\sce que vous ajoutez ici sera effacé avec elle\.$/;
const FICTIONAL = ["Léa", "Hugo", "Inès"];
/** The shell's banner of a failed save (also said for a refused removal). */
const SAVE_FAILED = "Le carnet n’a pas pu être enregistré sur ce téléphone";

/** A stored diary (the core's envelope) with one real child and no entry. */
const ONE_CHILD = storedEnvelope({ children: [{ id: "child-zoe", name: "Zoé", birth: "2017-05", modified_at: 1 }] }, 2);
/** The same child with one entry, so that the quick log offers its durations. */
const ONE_ENTRY = storedEnvelope(
  {
    children: [{ id: "child-zoe", name: "Zoé", birth: "2017-05", modified_at: 1 }],
    entries: [
      { id: "e-zoe", children: ["child-zoe"], date: "2025-03-03", moment: "evening", minutes: 20, screen: "tv", activity: "videos", modified_at: 1 },
    ],
  },
  2,
);

type StoredDiary = {
  diary: {
    children?: Array<{ id: string; name: string }>;
    entries?: Array<{ id: string; children: string[]; minutes: number }>;
  };
};

/** The birth month (YYYY-MM) of a child who is `years` old this month. */
function bornYearsAgo(years: number) {
  const now = new Date();
  return `${now.getFullYear() - years}-${String(now.getMonth() + 1).padStart(2, "0")}`;
}

/** The Carnet with the demo family: showing it, typing into it, and removing it. */
class DemoCarnet {
  constructor(readonly page: Page) {}

  async open(stored?: string) {
    await this.page.goto("/");
    if (stored) await this.page.evaluate((value) => localStorage.setItem("ecrans.diary", value), stored);
    await this.page.goto("/carnet");
    await expect(this.page.getByRole("heading", { level: 1 })).toHaveText("Carnet");
  }

  /** Shows the demo from Réglages (the Carnet offers it only while it has no child), then
   * comes back to the Carnet. */
  async showDemo() {
    await this.page.goto("/reglages");
    await this.page.getByRole("button", { name: "Montrer une famille de démonstration" }).click();
    await expect(this.banner()).toBeVisible();
    await this.page.goto("/carnet");
    await expect(this.card("Léa")).toBeVisible();
  }

  banner() {
    return this.page.getByRole("status").filter({ hasText: "Famille de démonstration" });
  }

  family() {
    return this.page.getByRole("region", { name: "Les enfants et les repères" });
  }

  card(name: string) {
    return this.page.getByRole("article", { name, exact: true });
  }

  toast() {
    return this.page.locator(".toast");
  }

  /** Adds a child through the family panel's form, checking the form says it is the demo. */
  async addChild(name: string, years: number) {
    await this.family().getByRole("button", { name: "Ajouter un enfant" }).click();
    const form = this.family().getByRole("form", { name: "Ajouter un enfant" });
    await expect(form.getByText(NOTICE)).toBeVisible();
    await form.getByRole("textbox", { name: "Prénom ou surnom" }).fill(name);
    await form.getByLabel("Mois et année de naissance").fill(bornYearsAgo(years));
    await form.getByRole("button", { name: "Ajouter cet enfant" }).click();
    await expect(this.card(name)).toBeVisible();
  }

  /** Logs an entry for `child` alone through the full form, checking it says it is the demo. */
  async logFor(child: string, minutes: string) {
    await this.page.getByRole("button", { name: /Noter en détail|Changer l’enfant/ }).click();
    const form = this.page.getByRole("form", { name: "Nouveau moment d’écran" });
    await expect(form.getByText(NOTICE)).toBeVisible();
    for (const box of await form.getByRole("checkbox").all()) {
      if (await box.isChecked()) await box.uncheck();
    }
    await form.getByRole("checkbox", { name: child, exact: true }).check();
    await form.getByRole("radio", { name: "Soirée", exact: true }).check();
    await form.getByLabel("Autre durée, en minutes").fill(minutes);
    await form.getByRole("radio", { name: "Télévision", exact: true }).check();
    await form.getByRole("radio", { name: "Jeux vidéo", exact: true }).check();
    await form.getByRole("button", { name: "Enregistrer" }).click();
    await expect(form).toHaveCount(0);
    await expect(this.toast()).toContainText("Moment enregistré.");
  }

  /** « Retirer la démonstration » from the banner, which asks what to do with the additions. */
  async askToRemove() {
    await this.banner().getByRole("button", { name: "Retirer la démonstration" }).click();
    const question = this.banner().getByRole("group", { name: /Retirer la démonstration\s\?/ });
    await expect(question).toBeVisible();
    return question;
  }

  saveFailed() {
    return this.page.getByRole("alert").filter({ hasText: SAVE_FAILED });
  }

  async stored(key: string) {
    return this.page.evaluate((k) => localStorage.getItem(k), key);
  }

  async storedDiary(): Promise<StoredDiary> {
    return JSON.parse((await this.stored("ecrans.diary")) ?? '{"diary":{}}');
  }
}

test("« Garder dans mon carnet » moves the child and entries typed during the demo, not the fictional family", async ({ page }) => {
  const carnet = new DemoCarnet(page);
  await carnet.open();
  // Outside the demo, no notice.
  await carnet.family().getByRole("button", { name: "Ajouter un enfant" }).click();
  await expect(carnet.family().getByRole("form", { name: "Ajouter un enfant" })).toBeVisible();
  await expect(page.getByText(NOTICE)).toHaveCount(0);
  await carnet.family().getByRole("button", { name: "Annuler" }).click();

  await carnet.showDemo();
  await carnet.addChild("Nina", 6);
  await carnet.logFor("Nina", "35");
  await carnet.logFor("Nina", "50");
  expect(await carnet.stored("ecrans.diary"), "the real diary is not touched while typing").toBeNull();

  const question = await carnet.askToRemove();
  await expect(question).toContainText("Elle contient 1 enfant et 2 moments ajoutés pendant la démonstration.");
  await question.getByRole("button", { name: "Garder dans mon carnet" }).click();
  await expect(carnet.banner()).toHaveCount(0);
  await expect(carnet.toast()).toContainText("Gardé dans votre carnet");

  await page.reload();
  await expect(carnet.card("Nina")).toBeVisible();
  for (const name of FICTIONAL) await expect(carnet.card(name)).toHaveCount(0);
  const real = await carnet.storedDiary();
  expect((real.diary.children ?? []).map((c) => c.name)).toEqual(["Nina"]);
  const nina = real.diary.children![0].id;
  expect((real.diary.entries ?? []).map((e) => [e.children, e.minutes]).sort()).toEqual([
    [[nina], 35],
    [[nina], 50],
  ]);
  expect(JSON.stringify(real)).not.toContain("demo-");
  expect(await carnet.stored("ecrans.demo")).toBeNull();
});

test("« Tout effacer » removes the demo with what was typed, the real diary untouched, and undo brings it all back", async ({ page }) => {
  const carnet = new DemoCarnet(page);
  await carnet.open(ONE_CHILD);
  const real = await carnet.stored("ecrans.diary");
  await carnet.showDemo();
  await carnet.addChild("Nina", 6);
  await carnet.logFor("Nina", "35");
  await carnet.logFor("Nina", "50");
  const typedDemo = await carnet.stored("ecrans.demo");
  expect(typedDemo).toContain("Nina");

  const question = await carnet.askToRemove();
  await expect(question).toContainText("Elle contient 1 enfant et 2 moments ajoutés pendant la démonstration.");
  await question.getByRole("button", { name: "Tout effacer" }).click();
  await expect(carnet.banner()).toHaveCount(0);
  await expect(carnet.card("Zoé")).toBeVisible();
  await expect(carnet.card("Nina")).toHaveCount(0);
  expect(await carnet.stored("ecrans.demo")).toBeNull();
  expect(await carnet.stored("ecrans.diary"), "the real diary is never touched by « Tout effacer »").toBe(real);

  await expect(carnet.toast()).toContainText("Démonstration retirée.");
  await carnet.toast().getByRole("button", { name: "Annuler" }).click();
  await expect(carnet.banner()).toBeVisible();
  await expect(carnet.card("Nina")).toBeVisible();
  for (const name of FICTIONAL) await expect(carnet.card(name)).toBeVisible();
  expect(await carnet.stored("ecrans.demo")).toBe(typedDemo);
  expect(await carnet.stored("ecrans.diary")).toBe(real);

  // Brought back, the demo still asks before it goes.
  await page.reload();
  const again = await carnet.askToRemove();
  await expect(again).toContainText("1 enfant et 2 moments");
  await again.getByRole("button", { name: "Annuler" }).click();
  await expect(carnet.banner().getByRole("button", { name: "Retirer la démonstration" })).toBeVisible();
});

test("a demo nobody typed into goes at once, and every form that writes shows the notice", async ({ page }) => {
  const carnet = new DemoCarnet(page);
  await carnet.open(ONE_CHILD);
  await carnet.showDemo();
  const lea = carnet.card("Léa");
  await lea.getByRole("button", { name: "Choisir un autre nombre" }).click();
  await expect(lea.getByText(NOTICE)).toBeVisible();
  await expect(page.locator(".family-steps").getByText(NOTICE)).toBeVisible();

  await carnet.banner().getByRole("button", { name: "Retirer la démonstration" }).click();
  await expect(carnet.banner()).toHaveCount(0);
  await expect(page.getByText(NOTICE)).toHaveCount(0);
  await expect(carnet.toast()).toContainText("Démonstration retirée.");
});

test("the quick log and « Mes engagements » say they write into the demo, and stop saying it once it is removed", async ({ page }) => {
  const carnet = new DemoCarnet(page);
  await carnet.open(ONE_ENTRY);
  const quick = page.getByRole("region", { name: "Noter un moment d’écran" });
  await quick.getByText("15 min", { exact: true }).click();
  await expect(quick.getByRole("button", { name: /^Enregistrer/ })).toBeVisible();
  await expect(page.getByText(NOTICE), "no notice outside the demo").toHaveCount(0);

  await carnet.showDemo();
  await quick.getByText("15 min", { exact: true }).click();
  await expect(quick.getByRole("button", { name: /^Enregistrer/ })).toBeVisible();
  await expect(quick.getByText(NOTICE)).toBeVisible();

  await page.goto("/comparer");
  const editor = page.getByRole("region", { name: "Mes engagements" });
  const form = editor.locator("form").filter({ has: page.getByRole("button", { name: "Ajouter cet engagement" }) });
  await expect(form.getByText(NOTICE)).toBeVisible();

  await carnet.banner().getByRole("button", { name: "Retirer la démonstration" }).click();
  await expect(carnet.banner()).toHaveCount(0);
  await expect(form.getByRole("button", { name: "Ajouter cet engagement" })).toBeVisible();
  await expect(page.getByText(NOTICE)).toHaveCount(0);
  await page.goto("/carnet");
  await quick.getByText("15 min", { exact: true }).click();
  await expect(quick.getByRole("button", { name: /^Enregistrer/ })).toBeVisible();
  await expect(page.getByText(NOTICE)).toHaveCount(0);
});

test("a write refused while the demo is shown is said, what was typed stays on screen, and the real diary is untouched", async ({ page }) => {
  const carnet = new DemoCarnet(page);
  await carnet.open(ONE_CHILD);
  const real = await carnet.stored("ecrans.diary");
  await carnet.showDemo();
  const demo = await carnet.stored("ecrans.demo");
  await refuseStorage(page, "setItem", "ecrans.demo");

  await expect(carnet.saveFailed()).toHaveCount(0);
  await carnet.addChild("Nina", 6);
  await expect(carnet.saveFailed()).toBeVisible();
  await carnet.logFor("Nina", "35");
  await expect(carnet.saveFailed()).toBeVisible();
  expect(await carnet.stored("ecrans.demo"), "the stored demo is as it was").toBe(demo);
  expect(await carnet.stored("ecrans.diary"), "the real diary is never the fallback").toBe(real);
});

test("a removal refused by the browser is said and the demo stays; « Garder » still moves what was typed, once", async ({ page }) => {
  const carnet = new DemoCarnet(page);
  await carnet.open(ONE_CHILD);
  const real = await carnet.stored("ecrans.diary");
  await carnet.showDemo();
  const demo = await carnet.stored("ecrans.demo");
  const allowRemoval = await refuseStorage(page, "removeItem", "ecrans.demo");

  // Nobody typed anything: « Retirer » removes at once, but the browser refuses.
  await carnet.banner().getByRole("button", { name: "Retirer la démonstration" }).click();
  await expect(carnet.saveFailed()).toBeVisible();
  await expect(carnet.banner()).toBeVisible();
  await expect(carnet.card("Léa")).toBeVisible();
  await expect(carnet.toast(), "nothing changed, so nothing to undo").toHaveCount(0);
  expect(await carnet.stored("ecrans.demo")).toBe(demo);
  expect(await carnet.stored("ecrans.diary")).toBe(real);

  // « Garder »: the real diary gets the child, the demo (not removed) keeps it too.
  await carnet.addChild("Nina", 6);
  const question = await carnet.askToRemove();
  await question.getByRole("button", { name: "Garder dans mon carnet" }).click();
  await expect(carnet.saveFailed()).toBeVisible();
  await expect(carnet.banner()).toBeVisible();
  const kept = await carnet.storedDiary();
  expect(kept.diary.children!.map((c) => c.name).sort()).toEqual(["Nina", "Zoé"]);
  expect(await carnet.stored("ecrans.demo")).toContain("Nina");

  // Once the browser allows it, keeping again moves nothing twice.
  await allowRemoval();
  const again = await carnet.askToRemove();
  await again.getByRole("button", { name: "Garder dans mon carnet" }).click();
  await expect(carnet.banner()).toHaveCount(0);
  await expect(carnet.saveFailed()).toHaveCount(0);
  expect(await carnet.stored("ecrans.demo")).toBeNull();
  expect(await carnet.storedDiary()).toEqual(kept);
});
