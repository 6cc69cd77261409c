// Backups, restore and two parents' phones (Réglages « Sauvegarde et partage »): a backup
// downloaded, everything erased and brought back with « Remplacer »; two phones exchanging files
// and ending with the union, the child added on each phone matched once and not duplicated; the
// spreadsheet export matching the diary; hostile files refused with the core's sentence and the
// stored diary untouched; a file over 5 MB refused before it is read; the share sheet; the
// storage health, the Safari advice and the home page's reminder; no accessibility violation with
// the restore preview open. « Protéger par un mot de passe »: a protected backup erased and
// restored after a wrong and the right passphrase; two parents exchanging protected files; a
// file made by `age -p` opening, damaged and hostile protected files refused. The key
// derivation's time is a benchmark (benchmarks/backup.bench.ts).
import AxeBuilder from "@axe-core/playwright";
import type { Browser, Page } from "@playwright/test";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { test, expect, watchContext } from "./fixtures";
import {
  chooseFile,
  downloadFrom,
  envelope,
  FAMILY,
  FIXTURE_PASSPHRASE,
  openSettings,
  preview,
  PROTECTED,
  ProtectionFields,
  restoreCard,
  section,
  seed,
  submitUnlockUntilPreview,
  unlockForm,
} from "./backup-page";
import { Carnet } from "./carnet-page";
import { storedDiary, storedText, type StoredDiary } from "./stored-diary";
import { phone } from "../playwright.config";

const HOSTILE = resolve(__dirname, "../../../core/tests/fixtures/hostile");

/** The local date, as the app writes it (AAAA-MM-JJ). */
async function today(page: Page) {
  return page.evaluate(() => {
    const d = new Date();
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
  });
}

async function backUp(page: Page) {
  await openSettings(page);
  return downloadFrom(page, () => section(page).getByRole("button", { name: "Sauvegarder", exact: true }).click());
}

/** The present records of a stored diary, without modification times. */
function content(stored: StoredDiary) {
  const strip = <T extends Record<string, unknown>>(record: T) => {
    const { modified_at: _ignored, ...rest } = record;
    return rest;
  };
  const byId = (a: Record<string, unknown>, b: Record<string, unknown>) => String(a.id).localeCompare(String(b.id));
  return {
    children: (stored.diary.children ?? []).map(strip).sort(byId),
    entries: (stored.diary.entries ?? []).map(strip).sort(byId),
  };
}

/** A minimal RFC 4180 reader (quotes, doubled quotes, CRLF). */
function parseCsv(text: string, separator: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') {
        quoted = false;
      } else {
        field += c;
      }
    } else if (c === '"') {
      quoted = true;
    } else if (c === separator) {
      row.push(field);
      field = "";
    } else if (c === "\r" && text[i + 1] === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
      i++;
    } else {
      field += c;
    }
  }
  if (field !== "" || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

test("a backup brings everything back after « Effacer toutes mes données », with « Remplacer »", async ({ page }) => {
  const carnet = new Carnet(page);
  await seed(page, FAMILY, "/carnet");
  await carnet.logInDetail({ children: ["Zoé"], moment: "Soirée", minutes: "35", screen: "Télévision", activity: "Vidéos et dessins animés" });
  await carnet.logInDetail({ children: ["Malo", "Zoé"], moment: "Après l’école", minutes: "25", screen: "Console de jeux", activity: "Jeux vidéo" });
  await expect(carnet.entries()).toHaveCount(2);
  const before = content(await storedDiary(page));
  expect(before.entries).toHaveLength(5);

  // « Sauvegarder »: the versioned envelope of the real diary, named with today's date.
  const backup = await backUp(page);
  const date = await today(page);
  expect(backup.name).toBe(`ecrans-en-famille-${date}.json`);
  const saved: StoredDiary = JSON.parse(backup.text);
  expect(saved.app).toBe("ecrans-en-famille");
  expect(content(saved)).toEqual(before);
  await expect(section(page).getByRole("status").filter({ hasText: `« ${backup.name} » est dans vos téléchargements` })).toBeVisible();
  expect(await storedText(page, "ecrans.last-backup")).toBe(date);
  await expect(page.getByText(/^Dernière sauvegarde\s: /)).toBeVisible();

  // Erase everything: the Carnet is empty.
  await page.getByRole("button", { name: "Effacer toutes mes données" }).click();
  await page.getByRole("button", { name: "Oui, tout effacer" }).click();
  await carnet.open();
  await expect(carnet.entries()).toHaveCount(0);

  // Load the file: nothing changes before the choice; the preview says what it holds.
  await openSettings(page);
  const erased = await storedText(page);
  await chooseFile(page, { name: backup.name, buffer: backup.bytes });
  const shown = preview(page);
  await expect(shown).toBeVisible();
  await expect(shown.getByRole("heading", { name: "Ce que contient ce fichier" })).toBeFocused();
  await expect(shown.getByText(`Fichier : ${backup.name}`)).toBeVisible();
  await expect(shown.getByRole("listitem").filter({ hasText: "Zoé" }).first()).toBeVisible();
  await expect(shown.getByRole("listitem").filter({ hasText: "Malo" }).first()).toBeVisible();
  await expect(shown.getByText(/^5 moments notés, du 3 mars 2025 au /)).toBeVisible();
  // The erase is newer than every record of the file: a merge would keep it, and says so.
  await expect(shown.getByText("« Fusionner » ne changera rien sur ce téléphone.")).toBeVisible();
  await expect(shown.getByText("Sur ce téléphone : supprimé le", { exact: false }).first()).toBeVisible();
  await expect(shown.getByText("Gardée : la version de ce téléphone.").first()).toBeVisible();
  expect(await storedText(page)).toBe(erased);

  // « Remplacer » offers to back up first, then replaces.
  await shown.getByRole("button", { name: "Remplacer", exact: true }).click();
  await expect(shown.getByText("Remplacer efface de ce téléphone tout ce qui n’est pas dans le fichier.", { exact: false })).toBeFocused();
  const first = await downloadFrom(page, () => shown.getByRole("button", { name: "Sauvegarder d’abord mes données actuelles" }).click());
  expect(JSON.parse(first.text).app).toBe("ecrans-en-famille");
  await expect(shown.getByText(`Vos données actuelles sont sauvegardées dans « ${first.name} ».`)).toBeVisible();
  await shown.getByRole("button", { name: "Oui, remplacer" }).click();
  await expect(restoreCard(page).getByText("C’est fait : le contenu du fichier a remplacé celui de ce téléphone.")).toBeFocused();
  await expect(page.locator(".toast")).toContainText("Sauvegarde chargée.");
  expect(content(await storedDiary(page))).toEqual(before);

  // The same screens are back in the Carnet, and after a reload.
  await carnet.open();
  await expect(carnet.entries()).toHaveCount(2);
  await expect(page.getByText("Télévision · Vidéos et dessins animés", { exact: true })).toBeVisible();
  await expect(page.getByText("Console de jeux · Jeux vidéo", { exact: true })).toBeVisible();
  await page.reload();
  await expect(carnet.entries()).toHaveCount(2);
});

async function secondPhone(browser: Browser, baseURL: string) {
  const context = await browser.newContext({ ...phone, baseURL, locale: "fr-FR", serviceWorkers: "allow" });
  const watch = watchContext(context, new URL(baseURL).origin);
  return { context, watch, page: await context.newPage() };
}

/** Web Share is not offered: « Partager avec l'autre parent » downloads (as on Chrome for Android). */
async function withoutShareSheet(page: Page) {
  await page.addInitScript(() => {
    delete (Navigator.prototype as any).share;
    delete (Navigator.prototype as any).canShare;
  });
}

async function shareWithOtherParent(page: Page) {
  await openSettings(page);
  const card = page.getByRole("region", { name: "Partager avec l’autre parent" });
  await expect(card.getByText("Envoyez ce fichier à l’autre parent (par message ou e-mail). Sur son téléphone, il choisit “Charger une sauvegarde” puis “Fusionner”.")).toBeVisible();
  const file = await downloadFrom(page, () => card.getByRole("button", { name: "Partager avec l’autre parent" }).click());
  await expect(card.getByRole("status")).toContainText(`« ${file.name} » est dans vos téléchargements : envoyez-le à l’autre parent`);
  return file;
}

test("two parents exchange files and both end with the union, the same child matched once", async ({ page, browser, baseURL }) => {
  const shared = envelope([{ id: "child-zoe", name: "Zoé", birth: "2017-05", modified_at: 1 }]);
  const other = await secondPhone(browser, baseURL!);
  try {
    const mum = new Carnet(page);
    const dad = new Carnet(other.page);
    for (const parent of [mum, dad]) {
      await withoutShareSheet(parent.page);
      await seed(parent.page, shared, "/carnet");
    }
    // Each phone adds « Léa » on its own (two ids) and logs different entries.
    await mum.addChild("Léa", "2020-04");
    await dad.addChild("Léa", "2020-04");
    await mum.logInDetail({ children: ["Zoé"], moment: "Soirée", minutes: "25", screen: "Télévision", activity: "Vidéos et dessins animés" });
    await mum.logInDetail({ children: ["Léa"], moment: "Repas", minutes: "10", screen: "Smartphone", activity: "Appels vidéo avec la famille" });
    await dad.logInDetail({ children: ["Zoé"], moment: "Après l’école", minutes: "35", screen: "Console de jeux", activity: "Jeux vidéo" });
    await dad.logInDetail({ children: ["Léa"], moment: "Journée", minutes: "15", screen: "Tablette", activity: "École et devoirs" });
    const mumLea = (await storedDiary(page)).diary.children!.find((c) => c.name === "Léa")!.id;
    const dadLea = (await storedDiary(other.page)).diary.children!.find((c) => c.name === "Léa")!.id;
    expect(mumLea).not.toBe(dadLea);

    // Mum shares; Dad loads her file and is asked whether the two Léa are one child.
    const fromMum = await shareWithOtherParent(page);
    await openSettings(other.page);
    await chooseFile(other.page, { name: fromMum.name, buffer: fromMum.bytes });
    const dadPreview = preview(other.page);
    await expect(dadPreview.getByText("Nouveau pour ce téléphone : 1 enfant et 2 moments.")).toBeVisible();
    const question = dadPreview.getByRole("group", { name: "Léa (sur ce téléphone) et Léa (dans le fichier) : est-ce le même enfant ?" });
    await expect(question).toBeVisible();
    await expect(question.getByText("Sur ce téléphone : naissance en avril 2020, 1 moment.")).toBeVisible();
    await expect(question.getByText("Dans le fichier : naissance en avril 2020, 1 moment.")).toBeVisible();
    // Not answered yet: « Fusionner » asks for the answer and changes nothing.
    const dadBefore = await storedText(other.page);
    await dadPreview.getByRole("button", { name: "Fusionner" }).click();
    await expect(dadPreview.getByRole("alert")).toHaveText("Répondez d’abord à la question « est-ce le même enfant ? » ci-dessus.");
    expect(await storedText(other.page)).toBe(dadBefore);
    await question.getByRole("radio", { name: "Oui" }).check();
    await dadPreview.getByRole("button", { name: "Fusionner" }).click();
    await expect(restoreCard(other.page).getByText("C’est fait : le fichier a été fusionné avec ce téléphone.")).toBeVisible();

    await dad.open();
    await expect(dad.entries()).toHaveCount(4);
    await expect(dad.whoOptions("Léa")).toHaveCount(1);
    await expect(other.page.getByRole("article", { name: "Léa", exact: true })).toHaveCount(1);

    // Dad shares back; Mum merges: no question this time, the match came with the file.
    const fromDad = await shareWithOtherParent(other.page);
    await openSettings(page);
    await chooseFile(page, { name: fromDad.name, buffer: fromDad.bytes });
    const mumPreview = preview(page);
    await expect(mumPreview.getByText("Nouveau pour ce téléphone : 1 enfant et 2 moments.")).toBeVisible();
    await expect(mumPreview.getByRole("group")).toHaveCount(0);
    await mumPreview.getByRole("button", { name: "Fusionner" }).click();
    await expect(restoreCard(page).getByText("C’est fait : le fichier a été fusionné avec ce téléphone.")).toBeVisible();

    await mum.open();
    await expect(mum.entries()).toHaveCount(4);
    await expect(mum.whoOptions("Léa")).toHaveCount(1);
    await dad.open();
    for (const text of [
      "Télévision · Vidéos et dessins animés",
      "Smartphone · Appels vidéo avec la famille",
      "Console de jeux · Jeux vidéo",
      "Tablette · École et devoirs",
    ]) {
      await expect(page.getByText(text, { exact: true })).toBeVisible();
      await expect(other.page.getByText(text, { exact: true })).toBeVisible();
    }

    // Both phones hold the same diary: Zoé and one Léa (Dad's id), four entries.
    const mumDiary = content(await storedDiary(page));
    const dadDiary = content(await storedDiary(other.page));
    expect(mumDiary).toEqual(dadDiary);
    expect(mumDiary.children.map((c) => c.name).sort()).toEqual(["Léa", "Zoé"]);
    expect(mumDiary.children.find((c) => c.name === "Léa")!.id).toBe(dadLea);
    expect(mumDiary.entries).toHaveLength(4);
    other.watch.assertClean();
  } finally {
    await other.context.close();
  }
});

test("the spreadsheet export has one row per entry and child, in French then in English", async ({ page }) => {
  await seed(page, FAMILY);
  const card = page.getByRole("region", { name: "Export pour tableur" });
  const csv = await downloadFrom(page, () => card.getByRole("button", { name: "Exporter pour un tableur" }).click());
  expect(csv.name).toBe(`ecrans-en-famille-${await today(page)}.csv`);
  expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const rows = parseCsv(csv.text.slice(1), ";");
  expect(rows[0]).toEqual(["date", "enfant", "minutes", "écran", "activité", "moment", "heure de début", "avec un adulte", "dans la chambre", "note"]);
  expect(rows.slice(1)).toEqual([
    ["2025-03-03", "Zoé", "45", "Télévision", "Vidéos et dessins animés", "Soirée", "", "oui", "non", 'Dessin animé; "Bluey"'],
    ["2025-03-04", "Malo", "20", "Tablette", "Jeux vidéo", "Après l’école", "17:30", "non", "oui", ""],
    ["2025-03-04", "Zoé", "20", "Tablette", "Jeux vidéo", "Après l’école", "17:30", "non", "oui", ""],
    ["2025-03-05", "Malo", "10", "Smartphone", "Appels vidéo avec la famille", "Repas", "", "non", "non", "'=1+1"],
  ]);
  // One row per entry and child of the stored diary.
  const stored = await storedDiary(page);
  expect(rows.length - 1).toBe(stored.diary.entries!.reduce((sum, e) => sum + e.children.length, 0));
  await expect(card.getByRole("status")).toContainText(`« ${csv.name} » est dans vos téléchargements`);
  // An export is not a backup.
  expect(await storedText(page, "ecrans.last-backup")).toBeNull();

  await page.getByRole("button", { name: "Switch to English" }).click();
  const english = await downloadFrom(page, () => page.getByRole("button", { name: "Export for a spreadsheet" }).click());
  const englishRows = parseCsv(english.text.slice(1), ",");
  expect(englishRows[0].slice(0, 4)).toEqual(["date", "child", "minutes", "screen"]);
  expect(englishRows[1].slice(0, 6)).toEqual(["2025-03-03", "Zoé", "45", "Television", "Videos and cartoons", "Evening"]);
  expect(englishRows).toHaveLength(5);
});

test("hostile files are refused with the core's sentence and the stored diary stays byte for byte", async ({ page }) => {
  await seed(page, FAMILY);
  const before = await storedText(page);
  const cases = [
    { file: "truncated.json", message: "Ce fichier de sauvegarde est incomplet : il a sans doute été coupé pendant une copie ou un téléchargement. Copiez-le de nouveau, ou refaites la sauvegarde." },
    { file: "image.png", mime: "image/png", message: "Ce fichier n’est pas une sauvegarde d’Écrans en famille. C’est peut-être une photo ou un document. Choisissez le fichier « ecrans-en-famille-….json »." },
    { file: "future_schema.json", message: "Cette sauvegarde a été faite avec une version plus récente d’Écrans en famille. Mettez l’application à jour sur ce téléphone, puis recommencez." },
    { file: "spreadsheet_export_fr.csv", mime: "text/csv", message: "Ce fichier est l’export pour tableur : il sert à lire le carnet dans un tableur, pas à le restaurer. Choisissez le fichier « ecrans-en-famille-….json »." },
    { file: "duplicate_key_schema.json", message: "Ce fichier de sauvegarde est abîmé ou a été modifié : une même information y est écrite deux fois, avec peut-être deux valeurs différentes." },
  ];
  const card = restoreCard(page);
  for (const { file, mime, message } of cases) {
    await chooseFile(page, { name: file, mimeType: mime, buffer: readFileSync(resolve(HOSTILE, file)) });
    await expect(card.getByRole("alert")).toHaveText(message);
    await expect(preview(page)).toHaveCount(0);
    expect(await storedText(page), file).toBe(before);
  }
  // The message follows the language.
  await page.getByRole("button", { name: "Switch to English" }).click();
  await expect(page.getByRole("region", { name: "Load a backup" }).getByRole("alert")).toContainText("This backup file is damaged or was edited");
  await page.reload();
  expect(await storedText(page)).toBe(before);
});

test("a file over 5 MB is refused before it is read", async ({ page }) => {
  await page.addInitScript(() => {
    const read = Blob.prototype.arrayBuffer;
    (window as any).bytesRead = 0;
    Blob.prototype.arrayBuffer = function (this: Blob) {
      (window as any).bytesRead += this.size;
      return read.call(this);
    };
  });
  await seed(page, FAMILY);
  const before = await storedText(page);
  const huge = Buffer.alloc(5 * 1024 * 1024 + 1, " ");
  huge.write('{"app":"ecrans-en-famille","schema":1,"diary":{}}', 0);
  await chooseFile(page, { name: "ecrans-en-famille-2025-03-08.json", buffer: huge });
  await expect(restoreCard(page).getByRole("alert")).toHaveText(
    "Ce fichier est trop gros (plus de 5 Mo) pour être une sauvegarde d’Écrans en famille. Choisissez le fichier « ecrans-en-famille-….json ».",
  );
  expect(await page.evaluate(() => (window as any).bytesRead), "the large file was never read").toBe(0);
  expect(await storedText(page)).toBe(before);

  // A file of the right size is read (so the counter does count).
  const small = Buffer.from(FAMILY);
  await chooseFile(page, { name: "ecrans-en-famille-2025-03-08.json", buffer: small });
  await expect(preview(page)).toBeVisible();
  await expect(restoreCard(page).getByRole("alert")).toHaveCount(0);
  expect(await page.evaluate(() => (window as any).bytesRead)).toBe(small.length);
});

test("the share sheet takes the backup where the browser offers it, and a cancel records nothing", async ({ page }) => {
  await page.addInitScript(() => {
    (window as any).shared = [];
    (window as any).cancelNext = false;
    Object.defineProperty(Navigator.prototype, "canShare", {
      configurable: true,
      value: (data: { files?: File[] }) => Array.isArray(data?.files) && data.files.every((f) => f.type === "application/json"),
    });
    Object.defineProperty(Navigator.prototype, "share", {
      configurable: true,
      value: async (data: { files: File[]; title: string }) => {
        if ((window as any).cancelNext) throw new DOMException("cancelled", "AbortError");
        const file = data.files[0];
        (window as any).shared.push({ name: file.name, type: file.type, title: data.title, text: await file.text() });
      },
    });
  });
  await seed(page, FAMILY);
  const card = page.getByRole("region", { name: "Partager avec l’autre parent" });

  await page.evaluate(() => ((window as any).cancelNext = true));
  await card.getByRole("button", { name: "Partager avec l’autre parent" }).click();
  await expect.poll(() => page.evaluate(() => (window as any).shared.length)).toBe(0);
  expect(await storedText(page, "ecrans.last-backup")).toBeNull();

  await page.evaluate(() => ((window as any).cancelNext = false));
  await card.getByRole("button", { name: "Partager avec l’autre parent" }).click();
  await expect(card.getByRole("status")).toHaveText("C’est fait : le fichier a été envoyé.");
  const [sent] = await page.evaluate(() => (window as any).shared);
  expect(sent.name).toBe(`ecrans-en-famille-${await today(page)}.json`);
  expect(sent.type).toBe("application/json");
  const saved: StoredDiary = JSON.parse(sent.text);
  expect(saved.app).toBe("ecrans-en-famille");
  expect(saved.diary.children!.map((c) => c.id).sort()).toEqual(["child-malo", "child-zoe"]);
  expect(saved.diary.entries!.map((e) => e.id).sort()).toEqual(["e-1", "e-2", "e-3"]);
  expect(await storedText(page, "ecrans.last-backup")).toBe(await today(page));

  // The backup card offers the share sheet too, beside the download.
  await expect(page.getByRole("button", { name: "Envoyer la sauvegarde ailleurs (e-mail, Drive…)" })).toBeVisible();
});

test("while the demo family is shown, backups and restores concern the real diary", async ({ page }) => {
  await seed(page, FAMILY);
  await page.getByRole("button", { name: "Montrer une famille de démonstration" }).click();
  await expect(section(page).getByText("La famille de démonstration est affichée, mais les sauvegardes et les chargements concernent toujours vos vraies données, jamais la démonstration.")).toBeVisible();
  const demo = await storedText(page, "ecrans.demo");
  const backup = await downloadFrom(page, () => section(page).getByRole("button", { name: "Sauvegarder", exact: true }).click());
  const saved: StoredDiary = JSON.parse(backup.text);
  expect(saved.diary.children!.map((c) => c.name).sort()).toEqual(["Malo", "Zoé"]);
  expect(saved.diary.entries!.map((e) => e.id).sort()).toEqual(["e-1", "e-2", "e-3"]);

  const file = envelope(
    [{ id: "child-ines", name: "Inès-Réelle", birth: "2019-01", modified_at: 5 }],
    [{ id: "e-9", children: ["child-ines"], date: "2025-02-01", moment: "daytime", minutes: 30, screen: "computer", activity: "school", modified_at: 6 }],
  );
  await chooseFile(page, { name: "from-the-other-phone.json", buffer: Buffer.from(file) });
  await preview(page).getByRole("button", { name: "Fusionner" }).click();
  await expect(restoreCard(page).getByText("La famille de démonstration est toujours affichée : retirez-la pour voir vos données.")).toBeVisible();
  const real = await storedDiary(page);
  expect(real.diary.children!.map((c) => c.name).sort()).toEqual(["Inès-Réelle", "Malo", "Zoé"]);
  expect(real.diary.entries!.map((e) => e.id).sort()).toEqual(["e-1", "e-2", "e-3", "e-9"]);
  expect(await storedText(page, "ecrans.demo")).toBe(demo);
});

test("the storage health and, in a Safari tab on an iPhone, the advice to add the app to the home screen", async ({ page, browser, baseURL }) => {
  await seed(page, FAMILY);
  const health = page.getByRole("region", { name: "État du stockage" });
  await expect(health.getByText("Aucune sauvegarde n’a encore été faite depuis ce téléphone.")).toBeVisible();
  await expect(health.getByText(/^Le navigateur (s’est engagé|peut effacer)|^Ce navigateur ne dit pas s’il garde/)).toBeVisible();
  await expect(health.getByText(/^Place utilisée par l’application\s:\s\d+(,\d)?\s(octets|Ko|Mo|Go) sur \d+(,\d)?\s(Ko|Mo|Go)\.$/)).toBeVisible();
  // The diary's own size is the stored text's: FAMILY is under 1000 bytes.
  const size = Buffer.byteLength((await storedText(page))!, "utf8");
  expect(size).toBeLessThan(1000);
  await expect(health.getByText(/^Votre carnet\s: /)).toHaveText(`Votre carnet : ${size} octets.`);
  await expect(page.getByText(/Safari peut effacer les données d’un site/)).toHaveCount(0);

  const iphone = await browser.newContext({
    ...phone,
    baseURL,
    locale: "fr-FR",
    userAgent:
      "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1",
  });
  try {
    const watch = watchContext(iphone, new URL(baseURL!).origin);
    const safari = await iphone.newPage();
    await safari.goto("/reglages");
    await expect(
      safari.getByText(
        "Safari peut effacer les données d’un site après sept jours sans visite : ajoutez l’application à l’écran d’accueil (bouton Partager, puis “Sur l’écran d’accueil”).",
      ),
    ).toBeVisible();
    watch.assertClean();
  } finally {
    await iphone.close();
  }
});

test("the home page reminds to back up a diary with entries, and leads to the backup section", async ({ page }) => {
  const reminder = page.getByRole("region", { name: "Rappel de sauvegarde" });
  await page.goto("/");
  await expect(page.locator("nav.nav-bar")).toBeVisible();
  await expect(reminder).toHaveCount(0);

  await seed(page, FAMILY, "/");
  await expect(reminder).toContainText("Votre carnet n’a encore jamais été sauvegardé.");
  await reminder.getByRole("link", { name: "Faire une sauvegarde" }).click();
  await expect(page).toHaveURL(/\/reglages#sauvegarde$/);
  await expect(page.getByRole("heading", { name: "Sauvegarde et partage" })).toBeFocused();

  await downloadFrom(page, () => section(page).getByRole("button", { name: "Sauvegarder", exact: true }).click());
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(reminder).toHaveCount(0);

  // A backup 40 days old brings the reminder back, with its date; 10 days old does not.
  for (const [days, shown] of [[40, true], [10, false]] as const) {
    await page.evaluate((d) => {
      const then = new Date();
      then.setDate(then.getDate() - d);
      const iso = `${then.getFullYear()}-${String(then.getMonth() + 1).padStart(2, "0")}-${String(then.getDate()).padStart(2, "0")}`;
      localStorage.setItem("ecrans.last-backup", iso);
    }, days);
    await page.reload();
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    if (shown) {
      await expect(reminder).toContainText(/Votre dernière sauvegarde date du .+, il y a plus de 30\sjours\./);
    } else {
      await expect(reminder).toHaveCount(0);
    }
  }
});

test("Réglages with the restore preview open has no accessibility violation", async ({ page }) => {
  // This phone: Léa (its own id) and an entry; the file: another Léa (added on the other phone)
  // to whom the entry was moved and changed, and Tom with an entry of his own.
  const phoneDiary = envelope(
    [{ id: "p-lea", name: "Léa", birth: "2020-04", modified_at: 1 }],
    [{ id: "e-1", children: ["p-lea"], date: "2025-03-03", moment: "evening", minutes: 30, screen: "tv", activity: "videos", modified_at: 1_741_000_000_000 }],
  );
  const file = envelope(
    [
      { id: "f-lea", name: "Léa", birth: "2020-04", modified_at: 2 },
      { id: "f-tom", name: "Tom", birth: "2016-09", modified_at: 3 },
    ],
    [
      { id: "e-1", children: ["f-lea"], date: "2025-03-03", moment: "evening", minutes: 50, screen: "tv", activity: "videos", modified_at: 1_741_100_000_000 },
      { id: "e-2", children: ["f-tom"], date: "2025-03-10", moment: "daytime", minutes: 20, screen: "tablet", activity: "games", modified_at: 1_741_100_000_001 },
    ],
  );
  await seed(page, phoneDiary);
  await chooseFile(page, { name: "ecrans-en-famille-2025-03-10.json", buffer: Buffer.from(file) });
  const shown = preview(page);
  await expect(shown.getByText("lundi 3 mars · Léa · 30 min · Télévision")).toBeVisible();
  await expect(shown.getByText(/^Sur ce téléphone\s: modifié le 3 mars 2025 à \d\d:\d\d$/)).toBeVisible();
  await expect(shown.getByText(/^Dans le fichier\s: modifié le 4 mars 2025 à \d\d:\d\d$/)).toBeVisible();
  await expect(shown.getByText("Gardée : la version du fichier.")).toBeVisible();
  await expect(shown.getByText("nouveau sur ce téléphone").first()).toBeVisible();
  await expect(shown.getByRole("group", { name: /^Léa \(sur ce téléphone\) et Léa \(dans le fichier\)/ })).toBeVisible();
  let results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);

  await shown.getByRole("button", { name: "Remplacer", exact: true }).click();
  await expect(shown.getByText("À effacer de ce téléphone : 1 enfant.")).toBeVisible();
  results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
  await shown.getByRole("button", { name: "Annuler" }).click();
  await shown.getByRole("button", { name: "Annuler" }).click();
  await expect(shown).toHaveCount(0);

  // The same in English.
  await page.getByRole("button", { name: "Switch to English" }).click();
  await chooseFile(page, { name: "ecrans-en-famille-2025-03-10.json", buffer: Buffer.from(file) });
  await expect(page.getByRole("region", { name: "What this file holds" })).toBeVisible();
  results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
});

// ---- « Protéger par un mot de passe » (age v1 files, core/src/backup/protected_file.rs) ----

const WRONG_PASSPHRASE =
  "Ce mot de passe n’ouvre pas ce fichier. Vérifiez les majuscules, les accents et les espaces, puis réessayez : vous pouvez essayer autant de fois que nécessaire.";

async function unlockWith(page: Page, passphrase: string) {
  const form = unlockForm(page);
  await form.getByLabel("Mot de passe du fichier").fill(passphrase);
  await form.getByRole("button", { name: "Ouvrir le fichier" }).click();
}

/** Every value in localStorage, to check that a passphrase was never stored. */
async function everythingStored(page: Page) {
  return page.evaluate(() => Object.keys(localStorage).map((key) => `${key}=${localStorage.getItem(key)}`).join("\n"));
}

test("a protected backup: erased, then restored with a wrong and then the right passphrase", async ({ page }) => {
  const passphrase = "Vacances à Noirmoutier 2025";
  await seed(page, FAMILY);
  const before = content(await storedDiary(page));
  const card = section(page).getByRole("region", { name: "Sauvegarder" });
  const protection = new ProtectionFields(card);

  // Two different passphrases: said plainly, no file.
  await protection.protectWith(passphrase, "Vacances a Noirmoutier 2025");
  await card.getByRole("button", { name: "Sauvegarder", exact: true }).click();
  await expect(card.getByRole("alert")).toHaveText("Les deux mots de passe tapés ne sont pas les mêmes. Tapez-les de nouveau.");
  await expect(protection.first()).toBeFocused();

  // The same twice: an age file, named .json.age, that hides the diary.
  await protection.protectWith(passphrase);
  const file = await downloadFrom(page, () => card.getByRole("button", { name: "Sauvegarder", exact: true }).click());
  const date = await today(page);
  expect(file.name).toBe(`ecrans-en-famille-${date}.json.age`);
  expect(file.text).toMatch(/^age-encryption\.org\/v1\n-> scrypt [A-Za-z0-9+/]{22} 15\n[A-Za-z0-9+/]{43}\n--- [A-Za-z0-9+/]{43}\n/);
  expect(file.bytes.includes(Buffer.from("Zoé"))).toBe(false);
  expect(file.bytes.includes(Buffer.from("ecrans-en-famille"))).toBe(false);
  await expect(card.getByRole("status")).toContainText(`« ${file.name} » est dans vos téléchargements`);
  // The passphrase is gone from the page and was never stored.
  await expect(protection.first()).toHaveValue("");
  await expect(protection.again()).toHaveValue("");
  expect(await everythingStored(page)).not.toContain(passphrase);

  await page.getByRole("button", { name: "Effacer toutes mes données" }).click();
  await page.getByRole("button", { name: "Oui, tout effacer" }).click();
  await openSettings(page);
  const erased = await storedText(page);

  // The file is recognised and its passphrase asked for; nothing changes before the preview.
  await chooseFile(page, { name: file.name, mimeType: "application/octet-stream", buffer: file.bytes });
  const form = unlockForm(page);
  await expect(form.getByText(`« ${file.name} » est protégé.`, { exact: false })).toBeVisible();
  await expect(form.getByText("Un mot de passe oublié ne peut être retrouvé par personne.", { exact: false })).toBeVisible();
  await expect(form.getByLabel("Mot de passe du fichier")).toBeFocused();
  // The passphrase fields and the unlock form, both open, have no accessibility violation.
  await protection.box().check();
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);

  // Wrong, wrong again (no lock), empty: each said plainly, nothing changes.
  for (const wrong of ["Vacances à noirmoutier 2025", "Vacances à Noirmoutier 2024"]) {
    await unlockWith(page, wrong);
    await expect(form.getByRole("alert")).toHaveText(WRONG_PASSPHRASE);
    await expect(form.getByLabel("Mot de passe du fichier")).toHaveValue("");
    await expect(form.getByLabel("Mot de passe du fichier")).toBeFocused();
  }
  await unlockWith(page, "");
  await expect(form.getByRole("alert")).toHaveText("Tapez le mot de passe choisi quand le fichier a été protégé.");
  expect(await storedText(page)).toBe(erased);

  // The right one: the same preview as a plain file, then « Remplacer ».
  await unlockWith(page, passphrase);
  const shown = preview(page);
  await expect(shown.getByRole("heading", { name: "Ce que contient ce fichier" })).toBeFocused();
  await expect(form).toHaveCount(0);
  await expect(shown.getByText(`Fichier : ${file.name}`)).toBeVisible();
  await expect(shown.getByText(/^3 moments notés, du 3 mars 2025 au /)).toBeVisible();
  expect(await storedText(page)).toBe(erased);
  await shown.getByRole("button", { name: "Remplacer", exact: true }).click();
  await shown.getByRole("button", { name: "Oui, remplacer" }).click();
  await expect(restoreCard(page).getByText("C’est fait : le contenu du fichier a remplacé celui de ce téléphone.")).toBeFocused();
  expect(content(await storedDiary(page))).toEqual(before);
  expect(await everythingStored(page)).not.toContain(passphrase);

  // The same children are back in the Carnet (the entries are in March 2025, not this week).
  await new Carnet(page).open();
  await expect(page.getByRole("article", { name: "Zoé", exact: true })).toBeVisible();
  await expect(page.getByRole("article", { name: "Malo", exact: true })).toBeVisible();
});

test("two parents exchange a protected file and merge it", async ({ page, browser, baseURL }) => {
  const passphrase = "notre mot de passe à nous";
  const shared = envelope([{ id: "child-zoe", name: "Zoé", birth: "2017-05", modified_at: 1 }]);
  const other = await secondPhone(browser, baseURL!);
  try {
    const mum = new Carnet(page);
    const dad = new Carnet(other.page);
    for (const parent of [mum, dad]) {
      await withoutShareSheet(parent.page);
      await seed(parent.page, shared, "/carnet");
    }
    await mum.logInDetail({ children: ["Zoé"], moment: "Soirée", minutes: "25", screen: "Télévision", activity: "Vidéos et dessins animés" });
    await dad.logInDetail({ children: ["Zoé"], moment: "Après l’école", minutes: "35", screen: "Console de jeux", activity: "Jeux vidéo" });

    const protectedShare = async (from: Page) => {
      await openSettings(from);
      const card = from.getByRole("region", { name: "Partager avec l’autre parent" });
      await new ProtectionFields(card).protectWith(passphrase);
      const file = await downloadFrom(from, () => card.getByRole("button", { name: "Partager avec l’autre parent" }).click());
      expect(file.name).toMatch(/\.json\.age$/);
      expect(file.text.startsWith("age-encryption.org/v1\n-> scrypt ")).toBe(true);
      return file;
    };
    const protectedMerge = async (into: Page, file: { name: string; bytes: Buffer }) => {
      await openSettings(into);
      await chooseFile(into, { name: file.name, mimeType: "application/octet-stream", buffer: file.bytes });
      await unlockWith(into, passphrase);
      const shown = preview(into);
      await expect(shown.getByText("Nouveau pour ce téléphone : 1 moment.")).toBeVisible();
      await shown.getByRole("button", { name: "Fusionner" }).click();
      await expect(restoreCard(into).getByText("C’est fait : le fichier a été fusionné avec ce téléphone.")).toBeVisible();
    };

    await protectedMerge(other.page, await protectedShare(page));
    await protectedMerge(page, await protectedShare(other.page));

    for (const parent of [mum, dad]) {
      await parent.open();
      await expect(parent.entries()).toHaveCount(2);
      await expect(parent.page.getByText("Télévision · Vidéos et dessins animés", { exact: true })).toBeVisible();
      await expect(parent.page.getByText("Console de jeux · Jeux vidéo", { exact: true })).toBeVisible();
      expect(await everythingStored(parent.page)).not.toContain(passphrase);
    }
    expect(content(await storedDiary(page))).toEqual(content(await storedDiary(other.page)));
    other.watch.assertClean();
  } finally {
    await other.context.close();
  }
});

test("a file protected with the age tool opens; damaged and hostile protected files are refused and nothing changes", async ({ page }) => {
  await seed(page, FAMILY);
  const stored = await storedText(page);

  // Made by `age -p` (work factor 18, what the tool writes): it opens, and previews. Its key
  // derivation is the heaviest work the app ever does (256 MiB, 2^19 steps): about a second on
  // an idle build machine, much more while other builds load it, so the wait is longer.
  const cli = "made_by_age_cli.age";
  await chooseFile(page, { name: cli, mimeType: "application/octet-stream", buffer: readFileSync(resolve(PROTECTED, cli)) });
  await unlockWith(page, FIXTURE_PASSPHRASE);
  await expect(preview(page).getByText(`Fichier : ${cli}`)).toBeVisible({ timeout: 60_000 });
  await preview(page).getByRole("button", { name: "Annuler" }).click();
  expect(await storedText(page)).toBe(stored);

  // Refused as soon as chosen, before any passphrase: the core's sentence.
  for (const [name, sentence] of [
    ["protected_work_factor_40.age", "Ce fichier demande un calcul bien trop long pour un téléphone"],
    ["protected_x25519_recipient.age", "Ce fichier est chiffré avec l’outil age, mais pas par un mot de passe d’Écrans en famille"],
    ["protected_garbage_after_version.age", "Le début de ce fichier protégé est abîmé ou a été modifié"],
    ["protected_header_cut.age", "Ce fichier de sauvegarde est incomplet"],
  ]) {
    await chooseFile(page, { name, mimeType: "application/octet-stream", buffer: readFileSync(resolve(HOSTILE, name)) });
    await expect(restoreCard(page).getByRole("alert")).toContainText(sentence);
    await expect(unlockForm(page)).toHaveCount(0);
    expect(await storedText(page)).toBe(stored);
  }

  // Refused once opened with the right passphrase: changed, or cut.
  for (const [name, sentence] of [
    ["protected_payload_byte_flipped.age", "Le mot de passe est le bon, mais ce fichier a été abîmé ou modifié après avoir été protégé"],
    ["protected_body_cut_short.age", "Ce fichier de sauvegarde est incomplet"],
  ]) {
    await chooseFile(page, { name, mimeType: "application/octet-stream", buffer: readFileSync(resolve(HOSTILE, name)) });
    await unlockWith(page, FIXTURE_PASSPHRASE);
    await expect(restoreCard(page).getByRole("alert")).toContainText(sentence);
    await expect(unlockForm(page)).toHaveCount(0);
    await expect(preview(page)).toHaveCount(0);
    expect(await storedText(page)).toBe(stored);
  }
});

test("the page answers while a protected file is protected and opened, and the status line counts up in percent", async ({ page }) => {
  await seed(page, FAMILY);
  const card = section(page).getByRole("region", { name: "Sauvegarder" });
  const protection = new ProtectionFields(card);

  /** Records every text the live region in `selector` shows, from now on, in `window.statusTexts`. */
  const recordStatus = (selector: string) =>
    page.evaluate((selector) => {
      const status = document.querySelector(selector)!;
      const texts: string[] = [];
      (window as unknown as { statusTexts: string[] }).statusTexts = texts;
      new MutationObserver(() => texts.push(status.textContent ?? "")).observe(status, {
        childList: true,
        characterData: true,
        subtree: true,
      });
    }, selector);
  const recorded = () => page.evaluate(() => (window as unknown as { statusTexts: string[] }).statusTexts);

  // Protecting: the card's status line says so, with a percentage, before the download.
  await protection.protectWith("Vacances à Noirmoutier 2025");
  await recordStatus("section[aria-labelledby=backup-save-title] p.backup-status[role=status]");
  const file = await downloadFrom(page, () => card.getByRole("button", { name: "Sauvegarder", exact: true }).click());
  await expect(card.getByRole("status")).toContainText(`« ${file.name} » est dans vos téléchargements`);
  const protecting = (await recorded()).filter((text) => text !== "");
  expect(protecting[0]).toMatch(/^Protection du fichier par le mot de passe… 0\s%$/);
  for (const text of protecting.slice(0, -1)) expect(text).toMatch(/^Protection du fichier par le mot de passe… (0|[1-9]0|100)\s%$/);

  // Opening the file of `age -p` (work factor 18: 2^19 steps of work). The app runs at most
  // 65,536 steps after each frame, so at least 8 frames are painted before the preview shows:
  // done in one go, as before, the page would paint once and then freeze until the end.
  const cli = "made_by_age_cli.age";
  await chooseFile(page, { name: cli, mimeType: "application/octet-stream", buffer: readFileSync(resolve(PROTECTED, cli)) });
  await unlockForm(page).getByLabel("Mot de passe du fichier").fill(FIXTURE_PASSPHRASE);
  await recordStatus("form.backup-unlock p.backup-status[role=status]");
  const { frames } = await submitUnlockUntilPreview(page);
  expect(frames).toBeGreaterThanOrEqual(8);
  const opening = (await recorded()).filter((text) => text !== "");
  expect(opening.length).toBeGreaterThanOrEqual(3);
  for (const text of opening) expect(text).toMatch(/^Ouverture du fichier… (0|[1-9]0|100)\s%$/);
  const percents = opening.map((text) => Number(/(\d+)\s%/.exec(text)![1]));
  expect(percents[0]).toBe(0);
  expect(percents).toEqual([...percents].sort((a, b) => a - b));
  await expect(preview(page).getByText(`Fichier : ${cli}`)).toBeVisible();
  await expect(unlockForm(page)).toHaveCount(0);
});
