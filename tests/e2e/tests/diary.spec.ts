// The Carnet on a phone: logging (the quick case in two taps), editing, deleting with undo,
// bad input refused next to its field, corrupt storage kept and reported (and kept while the
// browser refuses to remove it), the demo family kept apart, and two tabs editing at once.
import AxeBuilder from "@axe-core/playwright";
import { test, expect } from "./fixtures";
import { Carnet } from "./carnet-page";
import { refuseStorage, storedEnvelope } from "./stored-diary";

/** A stored diary (the core's envelope) with two children and no entry. */
const TWO_CHILDREN = storedEnvelope({
  children: [
    { id: "child-zoe", name: "Zoé", birth: "2017-05", daily_limit: 60, modified_at: 1 },
    { id: "child-malo", name: "Malo", birth: "2020-02", modified_at: 2 },
  ],
});

test("a parent logs five entries, edits one, deletes one and undoes it, and finds everything after a reload", async ({ page }) => {
  await page.addInitScript(() => {
    const storage = navigator.storage;
    const persist = storage.persist.bind(storage);
    (window as any).persistCalls = 0;
    storage.persist = () => {
      (window as any).persistCalls += 1;
      return persist();
    };
  });
  const carnet = new Carnet(page);
  await carnet.seed(TWO_CHILDREN);
  expect(await page.evaluate(() => (window as any).persistCalls)).toBe(0);

  await carnet.logInDetail({
    children: ["Zoé"],
    moment: "Soirée",
    minutes: "45",
    screen: "Télévision",
    activity: "Vidéos et dessins animés",
    note: "<b>dessin animé</b>",
  });
  await expect(carnet.toast()).toContainText("Moment enregistré.");
  await expect(carnet.entries()).toHaveCount(1);
  await expect(page.getByText("<b>dessin animé</b>")).toBeVisible();
  expect(await page.evaluate(() => (window as any).persistCalls), "persistent storage asked at the first entry").toBe(1);

  await carnet.quickLogTwoTaps("15 min");
  await carnet.quickLogTwoTaps("30 min");
  await carnet.quickLogTwoTaps("1 h");
  await carnet.logInDetail({
    children: ["Malo", "Zoé"],
    moment: "Après l’école",
    minutes: "20",
    screen: "Tablette",
    activity: "Jeux vidéo",
    bedroom: true,
  });
  await expect(carnet.entries()).toHaveCount(5);

  // Edit the 45-minute entry into 50 minutes.
  await page.getByRole("button", { name: /^Modifier\s: Zoé, Soirée, Télévision, 45\smin/ }).click();
  await carnet.form().getByLabel("Autre durée, en minutes").fill("50");
  await carnet.form().getByRole("button", { name: "Enregistrer" }).click();
  await expect(carnet.toast()).toContainText("Moment modifié.");
  await expect(page.getByRole("button", { name: /^Modifier\s: Zoé, Soirée, Télévision, 50\smin/ })).toBeVisible();

  // Delete the tablet entry, then undo.
  await page.getByRole("button", { name: /^Supprimer\s: Zoé, Malo|^Supprimer\s: Malo, Zoé/ }).click();
  await expect(carnet.toast()).toContainText("Moment supprimé.");
  await expect(carnet.entries()).toHaveCount(4);
  await carnet.toast().getByRole("button", { name: "Annuler" }).click();
  await expect(carnet.entries()).toHaveCount(5);

  await page.reload();
  await expect(carnet.entries()).toHaveCount(5);
  await expect(page.getByRole("button", { name: /^Modifier\s: Zoé, Soirée, Télévision, 50\smin/ })).toBeVisible();
  await expect(page.getByText("Tablette · Jeux vidéo", { exact: true })).toBeVisible();
  await expect(page.getByText("<b>dessin animé</b>")).toBeVisible();

  // The week view shows today's totals against Zoé's limit, in words.
  await page.getByRole("button", { name: "Semaine", exact: true }).click();
  await expect(page.getByText(/Zoé\s:\s2\sh\s55 sur 1\sh/)).toBeVisible();
  await expect(page.getByText("au-dessus de la limite").first()).toBeVisible();

  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
});

test("bad input gets a clear message next to its field and saves nothing", async ({ page }) => {
  const carnet = new Carnet(page);
  await carnet.seed(TWO_CHILDREN);
  const before = await carnet.storedText();
  await page.getByRole("button", { name: "Noter en détail" }).click();
  const form = carnet.form();
  const save = form.getByRole("button", { name: "Enregistrer" });
  const minutes = form.getByLabel("Autre durée, en minutes");

  await save.click();
  await expect(form.getByText("Choisissez au moins un enfant.")).toBeVisible();
  await expect(form.getByText("Indiquez une durée en minutes, par exemple 30.")).toBeVisible();
  await expect(form.getByText("Choisissez un écran.")).toBeVisible();
  await expect(form.getByText("Rien n’a été enregistré")).toBeVisible();

  await form.getByRole("checkbox", { name: "Zoé" }).check();
  await form.getByRole("radio", { name: "Télévision", exact: true }).check();
  await form.getByRole("radio", { name: "Vidéos et dessins animés", exact: true }).check();
  for (const [typed, message] of [
    ["0", "La durée doit être d’au moins 1 minute."],
    ["-5", "La durée ne peut pas être négative."],
    ["1500", "Une durée ne peut pas dépasser 24 heures (1440 minutes)."],
  ]) {
    await minutes.fill(typed);
    await save.click();
    await expect(form.getByText(message)).toBeVisible();
    await expect(minutes).toHaveAttribute("aria-invalid", "true");
  }
  await minutes.fill("30");
  const tomorrow = await page.evaluate(() => {
    const d = new Date();
    d.setDate(d.getDate() + 1);
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
  });
  await form.getByLabel("Quel jour ?").fill(tomorrow);
  await save.click();
  await expect(form.getByText("Cette date est dans le futur")).toBeVisible();
  // Zoé was born in May 2017.
  await form.getByLabel("Quel jour ?").fill("2017-04-30");
  await save.click();
  await expect(form.getByText("Cette date est avant la naissance de Zoé.")).toBeVisible();
  await form.getByLabel("Quel jour ?").fill(tomorrow);
  await form.getByLabel("Note (facultatif)").fill("x".repeat(300));
  await save.click();
  await expect(form.getByText("La note est trop longue (300 caractères) : 280 au plus.")).toBeVisible();
  expect(await carnet.storedText()).toBe(before);

  await page.getByRole("button", { name: "Switch to English" }).click();
  await expect(form.getByText("This date is in the future: only note what has already happened.")).toBeVisible();
});

test("an unreadable stored diary is kept aside and reported, never overwritten", async ({ page }) => {
  const carnet = new Carnet(page);
  const corrupt = '{"app":"ecrans-en-famille","schema":1,"diary":{"children":[{"id":"x"';
  await carnet.seed(corrupt);
  const banner = page.getByRole("alert").filter({ hasText: "Des données n’ont pas pu être lues" });
  await expect(banner).toBeVisible();
  await expect(banner.getByRole("button", { name: "Télécharger ces données" })).toBeVisible();
  const kept = await page.evaluate(() => ({
    main: localStorage.getItem("ecrans.diary"),
    aside: localStorage.getItem("ecrans.diary.unreadable"),
  }));
  expect(kept).toEqual({ main: corrupt, aside: corrupt });

  await page.reload();
  await expect(banner).toBeVisible();
  const download = page.waitForEvent("download");
  await banner.getByRole("button", { name: "Télécharger ces données" }).click();
  expect((await download).suggestedFilename()).toMatch(/illisible/);

  await banner.getByRole("button", { name: "Supprimer ces données illisibles" }).click();
  await banner.getByRole("button", { name: "Oui, supprimer" }).click();
  await expect(banner).toHaveCount(0);
  expect(await page.evaluate(() => localStorage.getItem("ecrans.diary.unreadable"))).toBeNull();
});

test("a refused removal of the unreadable copy is said, and the copy stays until it can go", async ({ page }) => {
  const carnet = new Carnet(page);
  const corrupt = '{"app":"ecrans-en-famille","schema":1,"diary":{"entries":[';
  await carnet.seed(corrupt);
  const banner = page.getByRole("alert").filter({ hasText: "Des données n’ont pas pu être lues" });
  const saveFailed = page.getByRole("alert").filter({ hasText: "Le carnet n’a pas pu être enregistré sur ce téléphone" });
  await expect(banner).toBeVisible();
  const allowRemoval = await refuseStorage(page, "removeItem", "ecrans.diary.unreadable");

  await banner.getByRole("button", { name: "Supprimer ces données illisibles" }).click();
  await banner.getByRole("button", { name: "Oui, supprimer" }).click();
  await expect(saveFailed).toBeVisible();
  await expect(banner).toBeVisible();
  expect(await page.evaluate(() => localStorage.getItem("ecrans.diary.unreadable"))).toBe(corrupt);

  await allowRemoval();
  await banner.getByRole("button", { name: "Supprimer ces données illisibles" }).click();
  await banner.getByRole("button", { name: "Oui, supprimer" }).click();
  await expect(banner).toHaveCount(0);
  expect(await page.evaluate(() => localStorage.getItem("ecrans.diary.unreadable"))).toBeNull();
});

test("the demo family loads and is removed without touching real entries", async ({ page }) => {
  const carnet = new Carnet(page);
  await carnet.seed(TWO_CHILDREN);
  await carnet.logInDetail({
    children: ["Malo"],
    moment: "Repas",
    minutes: "10",
    screen: "Smartphone",
    activity: "Appels vidéo avec la famille",
  });
  const real = await carnet.storedText();

  await page.goto("/reglages");
  await page.getByRole("button", { name: "Montrer une famille de démonstration" }).click();
  const demoBanner = page.getByRole("status").filter({ hasText: "Famille de démonstration" });
  for (const path of ["/", "/carnet", "/graphiques", "/reglages"]) {
    await page.goto(path);
    await expect(demoBanner).toBeVisible();
  }
  await page.goto("/carnet");
  await expect(page.getByRole("combobox", { name: "Pour qui ?" })).toContainText("Inès");
  await expect(page.getByRole("combobox", { name: "Pour qui ?" })).not.toContainText("Malo");
  expect(await carnet.storedText()).toBe(real);

  await demoBanner.getByRole("button", { name: "Retirer la démonstration" }).click();
  await expect(demoBanner).toHaveCount(0);
  await expect(page.getByRole("combobox", { name: "Pour qui ?" })).toContainText("Malo");
  await expect(carnet.entries()).toHaveCount(1);
  expect(await carnet.storedText()).toBe(real);
  expect(await page.evaluate(() => localStorage.getItem("ecrans.demo"))).toBeNull();
});

test("two tabs editing at once both keep their entries", async ({ page, context }) => {
  const first = new Carnet(page);
  await first.seed(TWO_CHILDREN);
  const second = new Carnet(await context.newPage());
  await second.open();

  await first.logInDetail({ children: ["Zoé"], moment: "Soirée", minutes: "25", screen: "Console de jeux", activity: "Jeux vidéo" });
  await second.logInDetail({ children: ["Malo"], moment: "Journée", minutes: "35", screen: "Ordinateur", activity: "École et devoirs" });
  await first.quickLogTwoTaps("15 min");

  for (const carnet of [first, second]) {
    await expect(carnet.entries()).toHaveCount(3);
    await expect(carnet.page.getByText("Console de jeux · Jeux vidéo", { exact: true }).first()).toBeVisible();
    await expect(carnet.page.getByText("Ordinateur · École et devoirs", { exact: true }).first()).toBeVisible();
  }
  await second.page.reload();
  await expect(second.entries()).toHaveCount(3);
});

test("a save that fails says so plainly and keeps the diary in memory", async ({ page }) => {
  const carnet = new Carnet(page);
  await carnet.seed(TWO_CHILDREN);
  await page.evaluate(() => {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key: string, value: string) {
      if (key === "ecrans.diary") throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
      return setItem.call(this, key, value);
    };
  });
  await carnet.logInDetail({ children: ["Zoé"], moment: "Repas", minutes: "20", screen: "Tablette", activity: "Jeux vidéo" });
  await expect(page.getByRole("alert").filter({ hasText: "Le carnet n’a pas pu être enregistré sur ce téléphone" })).toBeVisible();
  await expect(carnet.entries()).toHaveCount(1);
  expect(await carnet.storedText()).toBe(TWO_CHILDREN);
});
