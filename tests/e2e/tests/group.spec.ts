// The group picture, end to end: three families (three browser contexts with the demo family,
// each with its own random token) open « Partager avec le groupe (anonyme) » on Comparer; their
// QR codes are captured as pictures and fed to a second browser as Chromium's fake camera; the
// advisor's « Bilan du groupe » reads them, counts each family once and shows the bilan with the
// families' own figures. Without the camera, the text codes do the same. The saved bilan comes
// back after a reload and « Effacer » removes it (a removal the browser refuses is said, and the
// bilan stays). axe finds no violation on either side.
import { execFileSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { chromium, type Browser, type BrowserContext } from "@playwright/test";
import { test, expect, watchContext } from "./fixtures";
import { FamilySharePage, GroupBilanPage, minutesOf, type SharedCode } from "./group-pages";
import { refuseStorage } from "./stored-diary";
import { baseURL, chromiumArgs, phone, projector } from "../playwright.config";

test.describe.configure({ mode: "serial" });

const origin = new URL(baseURL).origin;
const folder = mkdtempSync(path.join(tmpdir(), "group-spec-"));
const families: SharedCode[] = [];
const pictures: string[] = [];

async function axeViolations(page: import("@playwright/test").Page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`);
}

/** Three families on their phones, each in its own context: its code, its figures and a picture of its QR code. */
async function shareThreeFamilies(browser: Browser) {
  if (families.length === 3) return;
  for (let index = 0; index < 3; index++) {
    const context = await browser.newContext({ ...phone, baseURL, locale: "fr-FR" });
    const watch = watchContext(context, origin);
    const family = new FamilySharePage(await context.newPage());
    // Three different families: the demo as it is, then with 300 and with 60 more minutes in week B.
    await family.openWithDemo([0, 300, 60][index]);
    await expect(family.qrCode()).toBeVisible();
    if (index === 0) expect(await axeViolations(family.page)).toEqual([]);
    families.push(await family.shared());
    const picture = path.join(folder, `family-${index}.png`);
    await family.qrCode().screenshot({ path: picture });
    pictures.push(picture);
    await context.close();
    watch.assertClean();
  }
}

/** A fake camera: each family's QR code for one second, in a loop (so the first comes back). */
function fakeCameraVideo(): string {
  const video = path.join(folder, "families.y4m");
  const inputs = pictures.flatMap((picture) => ["-loop", "1", "-framerate", "10", "-t", "1", "-i", picture]);
  const scaled = pictures.map((_, i) => `[${i}]scale=-2:440,pad=640:480:(ow-iw)/2:(oh-ih)/2:white,setsar=1[v${i}]`);
  const chain = pictures.map((_, i) => `[v${i}]`).join("");
  execFileSync("ffmpeg", [
    "-y", "-loglevel", "error", ...inputs,
    "-filter_complex", `${scaled.join(";")};${chain}concat=n=${pictures.length}:v=1:a=0,format=yuv420p[out]`,
    "-map", "[out]", "-f", "yuv4mpegpipe", video,
  ]);
  return video;
}

/** Checks the bilan's week B figure is the average of the three families' own (each rounded to
 * the minute, hence the minute of tolerance), and returns it as written. */
async function expectGroupAverageOfWeekB(bilan: GroupBilanPage): Promise<string> {
  const written = (await bilan.figure("Après").textContent())!;
  const match = /^(.+) par jour et par famille$/.exec(written.replace(/[\u00a0\u202f]/g, " "));
  expect(match, written).not.toBeNull();
  const mean = families.reduce((sum, family) => sum + minutesOf(family.averageB), 0) / families.length;
  expect(Math.abs(minutesOf(match![1]) - mean), `${written} against the families' ${families.map((f) => f.averageB).join(", ")}`).toBeLessThanOrEqual(1);
  return written.slice(0, written.length - " par jour et par famille".length);
}

async function advisorBrowser(video: string) {
  return chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: [...chromiumArgs, "--use-fake-device-for-media-stream", `--use-file-for-fake-video-capture=${video}`],
  });
}

async function advisorContext(browser: Browser, permissions: string[]): Promise<[BrowserContext, ReturnType<typeof watchContext>]> {
  const context = await browser.newContext({ ...projector, baseURL, locale: "fr-FR", permissions });
  return [context, watchContext(context, origin)];
}

test("the family sees what its code holds, with no name, then the QR code and the text code", async ({ browser }) => {
  await shareThreeFamilies(browser);
  const tokens = new Set(families.map((family) => family.text));
  expect(tokens.size, "each family's context draws its own token").toBe(3);
  expect(new Set(families.map((family) => family.averageB)).size, "the three families differ in week B").toBe(3);
  expect(new Set(families.map((family) => family.averageA)).size, "and have the same week A").toBe(1);
  for (const family of families) {
    expect(family.text).toMatch(/^ECRANS1(-[0-9A-Z]{1,5}){18}$/);
    expect(family.averageA).not.toBe(family.averageB);
  }
});

test("the camera reads three families' QR codes, counts each once and shows their figures", async ({ browser }) => {
  await shareThreeFamilies(browser);
  const camera = await advisorBrowser(fakeCameraVideo());
  const [context, watch] = await advisorContext(camera, ["camera"]);
  const bilan = new GroupBilanPage(await context.newPage());
  await bilan.open();
  await expect(bilan.page.getByText("Encore 3 familles pour afficher le bilan.")).toBeVisible();
  await bilan.openCamera();
  await expect(bilan.page.getByText("Caméra ouverte : présentez un code devant l’objectif.")).toBeVisible();
  await expect(bilan.familiesCounted()).toHaveText("3 familles comptées.", { timeout: 30_000 });
  // The video loops: the first family's code comes back and is not counted again.
  await expect(bilan.notice()).toHaveText(
    "Cette famille est déjà comptée : elle ne l’est pas deux fois (3 familles en tout).",
    { timeout: 15_000 },
  );
  await expect(bilan.familiesCounted()).toHaveText("3 familles comptées.");
  // Week A is the same for the three families; week B is the average of their three averages.
  const [first] = families;
  await expect(bilan.figure("Familles")).toHaveText("3");
  await expect(bilan.figure("Avant")).toHaveText(`${first.averageA} par jour et par famille`);
  const after = await expectGroupAverageOfWeekB(bilan);
  await expect(bilan.bilan().getByText(/^3 familles, 9\senfants\. /)).toContainText(
    `en moyenne ${first.averageA} d’écrans par jour et par famille ; après : ${after}`,
  );
  await expect(bilan.bilan().getByRole("listitem")).toHaveCount(4);
  await expect(bilan.page.getByRole("heading", { name: "Par moment de la journée" })).toBeVisible();
  await bilan.page.getByRole("button", { name: "Fermer la caméra" }).click();
  expect(await axeViolations(bilan.page)).toEqual([]);
  await context.close();
  await camera.close();
  watch.assertClean();
});

test("with the camera refused, the typed codes make the same bilan, and the same code twice counts once", async ({ browser }) => {
  await shareThreeFamilies(browser);
  const camera = await advisorBrowser(fakeCameraVideo());
  const [context, watch] = await advisorContext(camera, []);
  const bilan = new GroupBilanPage(await context.newPage());
  await bilan.open();
  await bilan.openCamera();
  await expect(bilan.page.getByRole("alert")).toHaveText(
    "La caméra a été refusée. Vous pouvez l’autoriser dans les réglages du navigateur, ou taper les codes plus bas.",
  );

  await bilan.typeCodes([families[0].text]);
  await expect(bilan.notice()).toHaveText("Famille comptée : 1 famille en tout.");
  await bilan.typeCodes([families[0].text.toLowerCase().replaceAll("-", " ")]);
  await expect(bilan.notice()).toHaveText(
    "Cette famille est déjà comptée : elle ne l’est pas deux fois (1 famille en tout).",
  );
  await expect(bilan.page.getByText("Encore 2 familles pour afficher le bilan.")).toBeVisible();
  await expect(bilan.bilan()).toHaveCount(0);

  // A mistyped code is refused and changes nothing.
  const mistyped = families[1].text.slice(0, -1) + (families[1].text.endsWith("0") ? "1" : "0");
  await bilan.typeCodes([mistyped]);
  await expect(bilan.notice()).toHaveText("Ce code est mal recopié ou a été modifié : il n’a pas été compté.");
  await expect(bilan.familiesCounted()).toHaveText("1 famille comptée.");

  await bilan.typeCodes([families[1].text, families[2].text]);
  await expect(bilan.familiesCounted()).toHaveText("3 familles comptées.");
  await expect(bilan.figure("Avant")).toHaveText(`${families[0].averageA} par jour et par famille`);
  await expectGroupAverageOfWeekB(bilan);
  expect(await axeViolations(bilan.page)).toEqual([]);

  // Saved, shown again after a reload (the tally itself is gone), then cleared.
  await bilan.page.getByRole("button", { name: "Enregistrer le bilan" }).click();
  await expect(bilan.notice()).toHaveText("Bilan enregistré sur cet appareil (les totaux seulement, sans aucune famille).");
  const stored = await bilan.page.evaluate(() => localStorage.getItem("ecrans.group-bilan"));
  expect(stored).not.toBeNull();
  // The aggregate only: no token, no line per family.
  expect(Object.keys(JSON.parse(stored!)).sort()).toEqual([
    "a", "age_bands", "app", "b", "children", "commitments", "families", "first_week", "kind", "last_week", "saved_on", "version",
  ]);
  await bilan.page.reload();
  await expect(bilan.familiesCounted()).toHaveText("Aucune famille comptée pour l’instant.");
  await expect(bilan.page.getByText(/^Enregistré le /)).toBeVisible();
  await bilan.page.getByRole("button", { name: "Afficher le bilan enregistré" }).click();
  await expect(bilan.figure("Familles")).toHaveText("3");
  await expect(bilan.figure("Avant")).toHaveText(`${families[0].averageA} par jour et par famille`);
  // A removal the browser refuses is said, and the saved bilan stays.
  const allowRemoval = await refuseStorage(bilan.page, "removeItem", "ecrans.group-bilan");
  await bilan.page.getByRole("button", { name: "Effacer" }).click();
  await expect(bilan.notice()).toHaveText("L’enregistrement n’a pas marché : la mémoire du navigateur est peut-être pleine.");
  await expect(bilan.figure("Familles")).toHaveText("3");
  expect(await bilan.page.evaluate(() => localStorage.getItem("ecrans.group-bilan"))).toBe(stored);
  await allowRemoval();
  await bilan.page.getByRole("button", { name: "Effacer" }).click();
  await expect(bilan.notice()).toHaveText("Le bilan enregistré a été effacé.");
  await expect(bilan.bilan()).toHaveCount(0);
  expect(await bilan.page.evaluate(() => localStorage.getItem("ecrans.group-bilan"))).toBeNull();
  await context.close();
  await camera.close();
  watch.assertClean();
});
