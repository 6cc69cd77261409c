// The family panel of the Carnet: children added, edited and removed, each child's daily limit
// proposed from their age band with its source, and the « 4 pas » the family commits to.
// Everything is saved on the device and comes back after a reload.
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { test, expect } from "./fixtures";
import { storedEnvelope } from "./stored-diary";

/** The birth month (YYYY-MM) of a child who is `years` old this month. */
function bornYearsAgo(years: number) {
  const now = new Date();
  return `${now.getFullYear() - years}-${String(now.getMonth() + 1).padStart(2, "0")}`;
}

/** The diary as stored on the device (the core's envelope), or null. */
async function storedDiary(page: Page) {
  const text = await page.evaluate(() => localStorage.getItem("ecrans.diary"));
  return text === null ? null : JSON.parse(text);
}

async function storedChildren(page: Page): Promise<Array<Record<string, unknown>>> {
  return (await storedDiary(page))?.diary?.children ?? [];
}

/** A saved diary (schema 1 envelope, as in core/tests/fixtures/saved_diary_v1.json). */
function seededDiary() {
  return storedEnvelope({
    children: [
      { id: "c-lea", name: "Léa", badge: { emoji: "🦊" }, birth: bornYearsAgo(4), modified_at: 1 },
      { id: "c-hugo", name: "Hugo", badge: { colour: "green" }, birth: bornYearsAgo(9), modified_at: 1 },
      { id: "c-ines", name: "Inès", birth: bornYearsAgo(2), modified_at: 1 },
    ],
    entries: [
      { id: "e-1", children: ["c-lea"], date: "2025-03-03", moment: "morning", minutes: 20, screen: "tv", activity: "videos", modified_at: 1 },
      { id: "e-2", children: ["c-lea", "c-hugo"], date: "2025-03-04", moment: "evening", minutes: 90, screen: "tv", activity: "videos", modified_at: 1 },
      { id: "e-3", children: ["c-hugo"], date: "2025-03-05", moment: "daytime", minutes: 30, screen: "console", activity: "games", modified_at: 1 },
    ],
  });
}

async function openSeeded(page: Page, language: "fr" | "en" = "fr") {
  await page.goto("/");
  await page.evaluate(
    ([diary, code]) => {
      localStorage.setItem("ecrans.diary", diary);
      localStorage.setItem("ecrans.language", code);
    },
    [seededDiary(), language] as const,
  );
  await page.goto("/carnet");
  await expect(page.locator("nav.nav-bar")).toBeVisible();
}

function panel(page: Page) {
  return page.getByRole("region", { name: /Les enfants et les repères|Children and limits/ });
}

function card(page: Page, name: string) {
  return page.getByRole("article", { name, exact: true });
}

test("a parent adds, sets up, edits and finds their children after a reload", async ({ app, page }) => {
  const dialogs: string[] = [];
  page.on("dialog", async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  await app.open("/carnet");
  const family = panel(page);
  await expect(family).toBeVisible();

  // The form says plainly that a nickname is enough; an empty form saves nothing.
  await family.getByRole("button", { name: "Ajouter un enfant" }).click();
  const form = family.getByRole("form", { name: "Ajouter un enfant" });
  const name = form.getByRole("textbox", { name: "Prénom ou surnom" });
  const birth = form.getByLabel("Mois et année de naissance");
  await expect(name).toBeFocused();
  await expect(form.getByText("Un prénom ou un surnom suffit.")).toBeVisible();
  await form.getByRole("button", { name: "Ajouter cet enfant" }).click();
  await expect(form.getByRole("alert")).toContainText("Rien n’est enregistré");
  await expect(name).toHaveAttribute("aria-invalid", "true");
  await expect(name).toHaveAccessibleDescription(/Écrivez un prénom ou un surnom\./);
  await expect(birth).toHaveAttribute("aria-invalid", "true");
  await expect(birth).toHaveAccessibleDescription(/Indiquez le mois et l’année de naissance/);
  await expect(name).toBeFocused();
  expect(await storedChildren(page)).toEqual([]);

  // A 200-character name gets a clear message, and nothing is saved.
  await name.fill("A".repeat(200));
  await birth.fill(bornYearsAgo(4));
  await form.getByRole("button", { name: "Ajouter cet enfant" }).click();
  await expect(name).toHaveAccessibleDescription(/Ce nom est trop long \(200 caractères\)\s: 40 au plus\./);
  await expect(birth).not.toHaveAttribute("aria-invalid", "true");
  expect(await storedChildren(page)).toEqual([]);

  // First child: an emoji, 4 years old.
  await name.fill("Lou");
  await form.getByRole("radio", { name: "renard", exact: true }).check();
  await form.getByRole("button", { name: "Ajouter cet enfant" }).click();
  const lou = card(page, "Lou");
  await expect(lou).toBeVisible();
  await expect(lou.getByRole("heading", { name: "Lou" })).toBeFocused();
  await expect(lou).toContainText("🦊");
  await expect(lou).toContainText("4 ans");
  await expect(lou).toContainText("Limite : aucune");
  // 60 min comes from abroad (WHO, AAP): French bodies give no duration at 3–5, and the card says so.
  await expect(lou).toContainText("Repère proposé : OMS et pédiatres américains, pas de durée française");
  await expect(lou).not.toContainText("Repère officiel");
  await expect(lou).toContainText("ne donnent pas de durée à cet âge");
  await expect(lou).toContainText(
    "Repère proposé pour 3 à 5 ans : 60 min par jour au plus (OMS 2019, AAP 2016, Tisseron)",
  );

  // Second child: a colour, named in words, 9 years old: no official figure.
  await family.getByRole("button", { name: "Ajouter un enfant" }).click();
  await name.fill("Sam");
  await form.getByRole("radio", { name: "Bleu", exact: true }).check();
  await birth.fill(bornYearsAgo(9));
  await form.getByRole("button", { name: "Ajouter cet enfant" }).click();
  const sam = card(page, "Sam");
  await expect(sam).toBeVisible();
  await expect(sam).toContainText("Bleu");
  await expect(sam).toContainText("9 ans");
  await expect(sam).toContainText("Pas de chiffre officiel : choix de la famille");
  await expect(sam).toContainText(
    "Aucun organisme ne donne de chiffre pour cet âge : 60 min est un choix à faire en famille.",
  );
  await expect(sam).not.toContainText("Repère proposé");

  // Lou: the proposal accepted in one tap.
  const accept = lou.getByRole("button", { name: "Choisir 60 min par jour" });
  await expect(accept).toHaveAttribute("aria-pressed", "false");
  await accept.click();
  await expect(accept).toHaveAttribute("aria-pressed", "true");
  await expect(accept).toBeFocused();
  await expect(lou).toContainText("Limite choisie : 60 min par jour au plus.");
  await expect(lou).toContainText("Limite : 60 min par jour");

  // Sam: the parent's own number, after two mistakes.
  await sam.getByRole("button", { name: "Choisir un autre nombre" }).click();
  const own = sam.getByRole("textbox", { name: "Minutes par jour, au plus" });
  await own.fill("beaucoup");
  await sam.getByRole("button", { name: "Enregistrer ce nombre" }).click();
  await expect(own).toHaveAccessibleDescription(/Écrivez un nombre de minutes/);
  await own.fill("2000");
  await sam.getByRole("button", { name: "Enregistrer ce nombre" }).click();
  await expect(own).toHaveAccessibleDescription(/Une journée compte 1440\sminutes/);
  await own.fill("45");
  await sam.getByRole("button", { name: "Enregistrer ce nombre" }).click();
  await expect(sam).toContainText("Limite choisie : 45 min par jour au plus.");
  await expect(own).toHaveCount(0);

  // Two of the « 4 pas ».
  const steps = family.getByRole("group", { name: "Les « 4 pas » que la famille veut tenir" });
  await steps.getByRole("checkbox", { name: "Pas d’écran pendant les repas" }).check();
  await steps.getByRole("checkbox", { name: "Pas d’écran dans la chambre" }).check();

  // Editing a name; an empty name is refused next to the field.
  await sam.getByRole("button", { name: "Modifier Sam" }).click();
  const editForm = sam.getByRole("form", { name: "Modifier Sam" });
  const editName = editForm.getByRole("textbox", { name: "Prénom ou surnom" });
  await expect(editName).toHaveValue("Sam");
  await expect(editForm.getByRole("radio", { name: "Bleu", exact: true })).toBeChecked();
  await editName.fill("   ");
  await editForm.getByRole("button", { name: "Enregistrer les changements" }).click();
  await expect(editName).toHaveAccessibleDescription(/Écrivez un prénom ou un surnom\./);
  expect((await storedChildren(page)).map((c) => c.name).sort()).toEqual(["Lou", "Sam"]);
  await editName.fill("Samuel");
  await editForm.getByRole("button", { name: "Enregistrer les changements" }).click();
  const samuel = card(page, "Samuel");
  await expect(samuel).toBeVisible();
  await expect(samuel).toContainText("Limite : 45 min par jour");

  // Markup in a name is only text.
  const hostile = "<img src=x onerror=alert(1)>";
  await family.getByRole("button", { name: "Ajouter un enfant" }).click();
  await name.fill(hostile);
  await birth.fill(bornYearsAgo(1));
  await form.getByRole("button", { name: "Ajouter cet enfant" }).click();
  const hostileCard = card(page, hostile);
  await expect(hostileCard.getByRole("heading", { level: 3 })).toHaveText(hostile);
  await expect(hostileCard).toContainText("pas d’écran avant 3 ans");
  await expect(page.locator(".family-panel img")).toHaveCount(0);

  // Everything is there after a reload.
  await page.reload();
  await expect(card(page, "Lou")).toContainText("Limite : 60 min par jour");
  await expect(card(page, "Samuel")).toContainText("Limite : 45 min par jour");
  await expect(card(page, "Samuel")).toContainText("Bleu");
  await expect(card(page, hostile).getByRole("heading", { level: 3 })).toHaveText(hostile);
  const stepsAgain = panel(page).getByRole("group", { name: "Les « 4 pas » que la famille veut tenir" });
  await expect(stepsAgain.getByRole("checkbox", { name: "Pas d’écran pendant les repas" })).toBeChecked();
  await expect(stepsAgain.getByRole("checkbox", { name: "Pas d’écran dans la chambre" })).toBeChecked();
  await expect(stepsAgain.getByRole("checkbox", { name: "Pas d’écran le matin" })).not.toBeChecked();
  await expect(stepsAgain.getByRole("checkbox", { name: "Pas d’écran avant de dormir" })).not.toBeChecked();

  const stored = await storedDiary(page);
  const byName = Object.fromEntries(stored.diary.children.map((c: { name: string }) => [c.name, c]));
  expect(byName["Lou"]).toMatchObject({ badge: { emoji: "🦊" }, birth: bornYearsAgo(4), daily_limit: 60 });
  expect(byName["Samuel"]).toMatchObject({ badge: { colour: "blue" }, birth: bornYearsAgo(9), daily_limit: 45 });
  expect(byName[hostile]).toBeDefined();
  expect(stored.diary.plan.steps).toEqual(["meal", "bedroom"]);
  expect(dialogs).toEqual([]);
});

test("removing a child who has moments asks what to do with them", async ({ page }) => {
  await openSeeded(page);
  const lea = card(page, "Léa");
  await lea.getByRole("button", { name: "Supprimer Léa" }).click();
  const question = lea.getByRole("group", { name: "Léa a 2 moments notés dans le carnet. Que faire de ces moments ?" });
  await expect(question).toBeVisible();
  await expect(question).toContainText("1 de ces moments concerne aussi d’autres enfants : il reste pour eux, sans Léa.");
  await expect(question.getByRole("button", { name: "Supprimer aussi ses 2 moments" })).toBeVisible();
  await expect(question.getByRole("button", { name: "Les attribuer à Inès" })).toBeVisible();

  // Cancel keeps everything.
  await question.getByRole("button", { name: "Annuler" }).click();
  await expect(question).toHaveCount(0);
  await expect(lea.getByRole("heading", { name: "Léa" })).toBeFocused();

  // Given to Hugo: the shared moment keeps Hugo once, the other one becomes his.
  await lea.getByRole("button", { name: "Supprimer Léa" }).click();
  await lea.getByRole("button", { name: "Les attribuer à Hugo" }).click();
  await expect(card(page, "Léa")).toHaveCount(0);
  await expect(panel(page).getByRole("button", { name: "Ajouter un enfant" })).toBeFocused();
  let stored = await storedDiary(page);
  const children = (id: string) => stored.diary.entries.find((e: { id: string }) => e.id === id)?.children;
  expect(stored.diary.children.map((c: { id: string }) => c.id).sort()).toEqual(["c-hugo", "c-ines"]);
  expect(children("e-1")).toEqual(["c-hugo"]);
  expect(children("e-2")).toEqual(["c-hugo"]);

  // Hugo's moments deleted with him: the diary keeps no moment of his.
  const hugo = card(page, "Hugo");
  await hugo.getByRole("button", { name: "Supprimer Hugo" }).click();
  await hugo.getByRole("button", { name: "Supprimer aussi ses 3 moments" }).click();
  await expect(card(page, "Hugo")).toHaveCount(0);
  stored = await storedDiary(page);
  expect(stored.diary.entries ?? []).toEqual([]);

  // A child without moments: a simple confirmation.
  const ines = card(page, "Inès");
  await ines.getByRole("button", { name: "Supprimer Inès" }).click();
  await expect(ines.getByRole("group", { name: "Supprimer Inès du carnet ?" })).toBeVisible();
  await ines.getByRole("button", { name: "Oui, supprimer" }).click();
  await expect(card(page, "Inès")).toHaveCount(0);
  expect(await storedChildren(page)).toEqual([]);
  await expect(panel(page)).toContainText("Aucun enfant pour l’instant.");
});

test("under-threes get a kind explanation and the WHO benchmark as an option", async ({ page }) => {
  await openSeeded(page);
  const ines = card(page, "Inès");
  await expect(ines).toContainText("2 ans");
  await expect(ines).toContainText("Repère proposé pour 2 ans : pas d’écran avant 3 ans");
  await expect(ines).toContainText("pas de culpabilité");
  await expect(ines).toContainText("Repère OMS : jusqu’à 60 min par jour (OMS 2019, AAP 2016)");
  await ines.getByRole("button", { name: "Repère OMS : choisir 60 min" }).click();
  await expect(ines).toContainText("Limite choisie : 60 min par jour au plus.");
  await ines.getByRole("button", { name: "Choisir : pas d’écran" }).click();
  await expect(ines).toContainText("Limite choisie : pas d’écran (0 min).");
  await ines.getByRole("button", { name: "Pas de limite" }).click();
  await expect(ines).toContainText("Limite choisie : aucune pour l’instant.");
});

for (const language of ["fr", "en"] as const) {
  test(`the Carnet with the family panel open has no accessibility violation (${language})`, async ({ page }) => {
    await openSeeded(page, language);
    const family = panel(page);
    const add = language === "fr" ? "Ajouter un enfant" : "Add a child";
    const remove = language === "fr" ? "Supprimer Léa" : "Remove Léa";
    const own = language === "fr" ? "Choisir un autre nombre" : "Choose another number";
    const edit = language === "fr" ? "Modifier Hugo" : "Edit Hugo";
    await family.getByRole("button", { name: add }).click();
    await card(page, "Léa").getByRole("button", { name: remove }).click();
    await card(page, "Hugo").getByRole("button", { name: edit }).click();
    await card(page, "Inès").getByRole("button", { name: own }).click();
    if (language === "en") {
      await expect(card(page, "Léa")).toContainText("What should happen to them?");
      await expect(card(page, "Inès")).toContainText("Suggested limit for 2 years: no screens before 3");
    }
    // Errors shown next to their fields are part of what is checked.
    const save = language === "fr" ? "Ajouter cet enfant" : "Add this child";
    await family.getByRole("button", { name: save }).click();
    await expect(family.locator("[aria-invalid='true']").first()).toBeVisible();
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target).join(" ")})`)).toEqual([]);
  });
}

test("an English parent sees the proposal and the family's choice in English", async ({ page }) => {
  await openSeeded(page, "en");
  await expect(card(page, "Léa")).toContainText(
    "Suggested limit for 3 to 5 years: 60 min a day at most (WHO 2019, AAP 2016, Tisseron)",
  );
  await expect(card(page, "Léa")).toContainText("Suggested: WHO and US doctors for children, no French figure");
  await expect(card(page, "Hugo")).toContainText(
    "No official body gives a figure for this age: 60 min is a choice for the family to make.",
  );
  await expect(card(page, "Hugo")).toContainText("Green");
  await expect(card(page, "Léa")).toContainText("4 years old");
});
