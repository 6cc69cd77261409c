// Benchmark of the backup's protection (`cargo xtask bench` runs it, tag @bench; `cargo xtask
// test` does not): the time to protect a backup and to open it, scrypt key derivation included.
// It measures twice: on this machine's CPU, then slowed four times through the DevTools protocol
// (`Emulation.setCPUThrottlingRate`), a stand-in for a mid-range phone. Phone viewport only.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { test, expect } from "../tests/fixtures";
import {
  chooseFile,
  downloadFrom,
  FAMILY,
  FIXTURE_PASSPHRASE,
  preview,
  PROTECTED,
  ProtectionFields,
  section,
  seed,
  submitUnlockUntilPreview,
  unlockForm,
} from "../tests/backup-page";

test("time to protect a backup and to open it (scrypt key derivation)", { tag: ["@bench", "@phone"] }, async ({ page }, testInfo) => {
  test.setTimeout(300_000);
  const passphrase = "mesure du temps";
  await seed(page, FAMILY);
  const card = section(page).getByRole("region", { name: "Sauvegarder" });
  const protection = new ProtectionFields(card);
  const cli = readFileSync(resolve(PROTECTED, "made_by_age_cli.age"));

  // Opening, measured in the page: from the submit to the preview's heading in the document.
  const open = async (bytes: Buffer, name: string, secret: string) => {
    await chooseFile(page, { name, mimeType: "application/octet-stream", buffer: bytes });
    await unlockForm(page).getByLabel("Mot de passe du fichier").fill(secret);
    const { ms } = await submitUnlockUntilPreview(page);
    await preview(page).getByRole("button", { name: "Annuler" }).click();
    return ms;
  };

  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
  const runs = (values: number[]) => values.map((v) => v.toFixed(0)).join(", ");
  const measure = async (label: string) => {
    // Protecting: from the tap on « Sauvegarder » to the download (derivation at the app's factor).
    const protecting: number[] = [];
    let file = { name: "", bytes: Buffer.alloc(0) };
    for (let i = 0; i < 5; i++) {
      await protection.protectWith(passphrase);
      const start = Date.now();
      file = await downloadFrom(page, () => card.getByRole("button", { name: "Sauvegarder", exact: true }).click());
      protecting.push(Date.now() - start);
    }
    const opening: number[] = [];
    const openingCli: number[] = [];
    for (let i = 0; i < 5; i++) {
      opening.push(await open(file.bytes, file.name, passphrase));
      openingCli.push(await open(cli, "made_by_age_cli.age", FIXTURE_PASSPHRASE));
    }
    console.log(
      `[benchmark ${testInfo.project.name}, ${label}] protected backup: protect (factor 15, tap to download) median ${median(protecting)} ms (runs ${runs(protecting)}); ` +
        `open (factor 15, submit to preview) median ${median(opening).toFixed(0)} ms (runs ${runs(opening)}); ` +
        `open a file of age -p (factor 18) median ${median(openingCli).toFixed(0)} ms (runs ${runs(openingCli)})`,
    );
    return { protecting, opening, openingCli };
  };

  const desktop = await measure("this CPU");
  const devtools = await page.context().newCDPSession(page);
  await devtools.send("Emulation.setCPUThrottlingRate", { rate: 4 });
  try {
    const phone = await measure("CPU slowed 4×, a mid-range phone");
    expect(phone.opening.length).toBe(5);
    // Slowed four times, the same work takes longer: the throttling took effect.
    expect(median(phone.openingCli)).toBeGreaterThan(median(desktop.openingCli));
  } finally {
    await devtools.send("Emulation.setCPUThrottlingRate", { rate: 1 });
    await devtools.detach();
  }
});
