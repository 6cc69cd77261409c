// The Atelier: presenting the workshop deck. Every slide is walked with the keyboard and stays
// inside the 16:9 stage; the address follows; the speaker window and the projected one follow
// each other; overview, black screen, wake lock, handouts, swipe and accessibility are checked;
// the time of a slide change is a benchmark (benchmarks/deck.bench.ts).
// Each session of content/sessions.txt shows exactly its slides and its planned minutes; French
// slide text has no ordinary space before « ; : ! ? » or after « ; the new layouts pass axe.
import AxeBuilder from "@axe-core/playwright";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { test, expect } from "./fixtures";
import { CONTENT, DeckWindow, SLIDES, SLIDE_COUNT, number } from "./deck-window";

/** The sessions of content/sessions.txt: code, French name, slide ids in order. */
function sessions(): { code: string; name: string; ids: string[] }[] {
  const found: { code: string; name: string; ids: string[] }[] = [];
  for (const raw of readFileSync(resolve(CONTENT, "sessions.txt"), "utf8").split("\n")) {
    const line = raw.trim();
    if (line.startsWith("[")) found.push({ code: line.slice(1, -1), name: "", ids: [] });
    else if (line.startsWith("fr:")) found[found.length - 1].name = line.slice(3).trim();
    else if (line.startsWith("- ")) found[found.length - 1].ids.push(line.slice(2).trim());
  }
  return found;
}

/** Minutes as the app writes them in French (« 59 min », « 2 h », « 1 h 05 »). */
function frenchDuration(minutes: number) {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) return `${rest} min`;
  return rest === 0 ? `${hours} h` : `${hours} h ${String(rest).padStart(2, "0")}`;
}

/** Text compared as a reader sees it: any space as one space, any apostrophe as '. */
/** Text as typed in content/: the typography's no-break spaces as spaces, its word joiners
 * (around the dash of « 7–17 ») gone, typographic apostrophes straight. */
const readable = (text: string) =>
  text.replace(/\u2060/g, "").replace(/[\s\u00a0\u202f]+/g, " ").replace(/[’']/g, "'").trim();

/** Walks the whole deck forward with the keys of a clicker and of a keyboard, checking each state. */
async function walkEveryState(deck: DeckWindow) {
  const keys = ["ArrowRight", "Space", "PageDown"];
  await deck.open("/atelier/1");
  await deck.expectSlide(1);
  const last = Number(await deck.progress().getAttribute("aria-valuemax"));
  let slide = 1;
  for (let state = 0; state <= last; state++) {
    await expect(deck.progress()).toHaveAttribute("aria-valuenow", String(state));
    slide = await deck.slideNumber();
    await deck.expectSlide(slide);
    await deck.expectNothingOutsideTheStage();
    if (state < last) await deck.page.keyboard.press(keys[state % keys.length]);
  }
  expect(slide).toBe(SLIDE_COUNT);
}

test.describe("presenting the deck", () => {
  test("walks every slide and step with the keyboard, nothing outside the stage, the address following", async ({ page }, testInfo) => {
    const deck = new DeckWindow(page);
    await walkEveryState(deck);
    if (testInfo.project.name === "projector") {
      await page.setViewportSize({ width: 1280, height: 720 });
      await walkEveryState(deck);
    }
  });

  test("the English deck fits the stage too", async ({ page }) => {
    await page.goto("/atelier");
    await page.evaluate(() => localStorage.setItem("ecrans.language", "en"));
    const deck = new DeckWindow(page);
    await walkEveryState(deck);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("See you again");
    await expect(deck.currentSlide().locator(".slide-placeholder")).toHaveText(["to be announced", "to be announced"]);
  });

  test("F asks the browser for full screen", { tag: "@projector" }, async ({ page }, testInfo) => {
    await page.addInitScript(() => {
      (window as any).__fullscreenRequests = 0;
      Element.prototype.requestFullscreen = function () {
        (window as any).__fullscreenRequests += 1;
        return Promise.resolve();
      };
    });
    const deck = new DeckWindow(page);
    await deck.open("/atelier/2");
    await page.keyboard.press("f");
    await expect.poll(() => page.evaluate(() => (window as any).__fullscreenRequests)).toBe(1);
  });

  test("Home, End, a number then Enter, and a reload keeps the slide", async ({ page }) => {
    const deck = new DeckWindow(page);
    await deck.open("/atelier/4");
    await deck.expectSlide(4);
    await page.keyboard.press("End");
    await deck.expectSlide(SLIDE_COUNT);
    await page.keyboard.press("Home");
    await deck.expectSlide(1);
    const parents = number("parents");
    for (const digit of String(parents + 1)) await page.keyboard.press(digit);
    await expect(page.getByRole("status").filter({ hasText: "Aller à la diapositive" })).toContainText(String(parents + 1));
    await page.keyboard.press("Enter");
    await deck.expectSlide(parents + 1);
    await page.keyboard.press("PageUp");
    await deck.expectSlide(parents);
    await page.reload();
    await deck.expectSlide(parents);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Et nous, parents ?");
    await deck.open("/atelier/99");
    await deck.expectSlide(SLIDE_COUNT);
  });

  test("steps are revealed one at a time; previous hides the last one", async ({ page }) => {
    const deck = new DeckWindow(page);
    await deck.open("/atelier/3");
    const concealed = deck.currentSlide().locator(".slide-step.is-concealed");
    await expect(concealed).toHaveCount(4);
    await expect(concealed.first()).toBeHidden();
    await expect(deck.currentSlide().getByText("56 min")).toBeHidden();
    await page.keyboard.press("ArrowRight");
    await expect(concealed).toHaveCount(3);
    await expect(deck.currentSlide().getByText("56 min")).toBeVisible();
    await deck.expectSlide(3);
    await page.keyboard.press("ArrowLeft");
    await expect(concealed).toHaveCount(4);
    await deck.expectSlide(3);
    // Back from the next slide shows this one complete.
    await page.keyboard.press("4");
    await page.keyboard.press("Enter");
    await deck.expectSlide(4);
    await page.keyboard.press("ArrowLeft");
    await deck.expectSlide(3);
    await expect(concealed).toHaveCount(0);
  });

  test("the overview jumps to a slide; O and Esc open and close it", async ({ page }) => {
    const deck = new DeckWindow(page);
    await deck.open("/atelier/2");
    await page.keyboard.press("o");
    const overview = page.getByRole("dialog", { name: "Vue d’ensemble" });
    await expect(overview).toBeVisible();
    await expect(overview.getByRole("button", { name: /^Diapositive \d+\s:\s/ })).toHaveCount(SLIDE_COUNT);
    await expect(overview.locator('[aria-current="true"]')).toHaveAccessibleName(/^Diapositive 2\s:\s/);
    await expect(overview.locator('[aria-current="true"]')).toBeFocused();
    const steps = number("quatre-pas");
    await overview.getByRole("button", { name: new RegExp(`^Diapositive ${steps}\\s:\\sLa méthode des «\\s4\\spas\\s»$`) }).click();
    await expect(overview).toBeHidden();
    await deck.expectSlide(steps);
    await page.keyboard.press("Escape");
    await expect(overview).toBeVisible();
    await page.keyboard.press("Escape");
    await expect(overview).toBeHidden();
    await deck.expectSlide(steps);
  });

  test("the black screen comes with B or « . » and goes with B or next", async ({ page }) => {
    const deck = new DeckWindow(page);
    await deck.open("/atelier/5");
    const black = page.locator(".deck-blackout");
    await page.keyboard.press("b");
    await expect(black).toBeVisible();
    await page.keyboard.press("b");
    await expect(black).toBeHidden();
    await page.keyboard.press(".");
    await expect(black).toBeVisible();
    const before = await deck.progressValue();
    await page.keyboard.press("ArrowRight");
    await expect(black).toBeHidden();
    expect(await deck.progressValue()).toBe(before);
    await deck.expectSlide(5);
  });

  test("the phone can leave the deck from the toolbar", async ({ page }) => {
    const deck = new DeckWindow(page);
    await deck.open("/atelier/6");
    await page.getByRole("link", { name: "Quitter" }).click();
    await expect(page).toHaveURL(/\/atelier$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Atelier");
    await expect(page.locator("nav.nav-bar")).toBeVisible();
  });
});

test.describe("speaker view", () => {
  test("the speaker window follows the projected one, and the projected one follows it", { tag: "@projector" }, async ({ page }, testInfo) => {
    const deck = new DeckWindow(page);
    await deck.open("/atelier/2");
    const [popup] = await Promise.all([page.waitForEvent("popup"), page.keyboard.press("s")]);
    await expect(popup).toHaveURL(/\/atelier\/2\?vue=orateur$/);
    await expect(popup.getByRole("heading", { level: 1 })).toHaveText("Vue orateur");
    const status = popup.getByTestId("speaker-status");
    await expect(status).toContainText(`Diapositive 2 sur ${SLIDE_COUNT}`);
    await expect(popup.getByTestId("speaker-notes")).toContainText("Annoncez le déroulé");
    await expect(popup.locator(".speaker-time-value").first()).toHaveText(/^\d\d:\d\d$/);

    // The projected window leads.
    await page.keyboard.press("ArrowRight");
    await deck.expectSlide(3);
    await expect(status).toContainText(`Diapositive 3 sur ${SLIDE_COUNT} · étape 0 sur 4`);
    await expect(popup).toHaveURL(/\/atelier\/3\?vue=orateur$/);
    await expect(popup.getByTestId("speaker-notes")).toContainText("cohorte Elfe");

    // The speaker window leads: a step, then the next slide, then the black screen.
    await popup.bringToFront();
    await popup.keyboard.press("ArrowRight");
    await expect(status).toContainText("étape 1 sur 4");
    await expect(deck.currentSlide().locator(".slide-step.is-concealed")).toHaveCount(3);
    await popup.getByRole("button", { name: /Suivant/ }).click();
    await popup.getByRole("button", { name: /Suivant/ }).click();
    await popup.getByRole("button", { name: /Suivant/ }).click();
    await popup.getByRole("button", { name: /Suivant/ }).click();
    await expect(status).toContainText(`Diapositive 4 sur ${SLIDE_COUNT}`);
    await deck.expectSlide(4);
    await popup.keyboard.press("b");
    await expect(page.locator(".deck-blackout")).toBeVisible();
    await expect(popup.getByText("L’écran du public est noir")).toBeVisible();
    await popup.keyboard.press("b");
    await expect(page.locator(".deck-blackout")).toBeHidden();

    // The notes grow and shrink; the elapsed time resets.
    const notes = popup.getByTestId("speaker-notes");
    const size = async () => parseFloat(await notes.evaluate((element) => getComputedStyle(element).fontSize));
    const before = await size();
    await popup.getByRole("button", { name: "Agrandir les notes" }).click();
    await popup.getByRole("button", { name: "Agrandir les notes" }).click();
    expect(await size()).toBeGreaterThan(before * 1.4);
    await popup.keyboard.press("-");
    expect(await size()).toBeLessThan(before * 1.4);
    await popup.getByRole("button", { name: "Remettre à zéro" }).click();
    await expect(popup.getByTestId("elapsed")).toHaveText(/^0:00:0\d$/);
    await expect(popup).toHaveURL(/\/atelier\/4\?vue=orateur$/);
  });

  test("one screen shows the notes under a small slide, on the same device", async ({ page }) => {
    const deck = new DeckWindow(page);
    const sleep = number("sommeil");
    await deck.open(`/atelier/${sleep}`);
    await page.keyboard.press("n");
    await expect(page).toHaveURL(new RegExp(`/atelier/${sleep}\\?vue=notes$`));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Un seul écran");
    await expect(page.getByTestId("speaker-notes")).toContainText("consensus très net");
    const slideBox = (await page.locator(".speaker-current .slide-frame").boundingBox())!;
    const notesBox = (await page.getByTestId("speaker-notes").boundingBox())!;
    expect(notesBox.y).toBeGreaterThanOrEqual(slideBox.y + slideBox.height - 1);
    await page.getByRole("button", { name: /Suivant/ }).click();
    await expect(page.getByTestId("speaker-status")).toContainText("étape 1 sur 1");
    await page.getByRole("button", { name: /Revenir à la projection/ }).click();
    await expect(page).toHaveURL(new RegExp(`/atelier/${sleep}$`));
    await expect(deck.stage()).toBeVisible();
  });
});

test.describe("around the presentation", () => {
  test("the screen is kept awake, and again when the page becomes visible", { tag: "@projector" }, async ({ page }, testInfo) => {
    await page.addInitScript(() => {
      const calls: string[] = [];
      (window as any).__wakeLockCalls = calls;
      const fakeSentinel = (type: string) => {
        const sentinel = {
          type,
          released: false,
          release: async () => {
            sentinel.released = true;
          },
          addEventListener() {},
          removeEventListener() {},
        };
        (window as any).__wakeLockSentinel = sentinel;
        return sentinel;
      };
      const real = (navigator as any).wakeLock;
      const original = real?.request?.bind(real);
      const wrapped = {
        request: (type: string) => {
          calls.push(type);
          // The real call is made too when the browser has it; headless Chromium may refuse it.
          const answer = original ? original(type) : Promise.reject(new Error("no wake lock"));
          return answer.then(
            () => fakeSentinel(type),
            () => fakeSentinel(type),
          );
        },
      };
      Object.defineProperty(Navigator.prototype, "wakeLock", { get: () => wrapped, configurable: true });
    });
    const deck = new DeckWindow(page);
    await deck.open("/atelier/1");
    await expect.poll(() => page.evaluate(() => (window as any).__wakeLockCalls)).toEqual(["screen"]);
    // The browser drops the lock when the page is hidden; back in view, the app asks again.
    await page.evaluate(async () => {
      await (window as any).__wakeLockSentinel.release();
      document.dispatchEvent(new Event("visibilitychange"));
    });
    await expect.poll(() => page.evaluate(() => (window as any).__wakeLockCalls)).toEqual(["screen", "screen"]);
  });

  test("print gives one page per slide, with or without the notes", { tag: "@projector" }, async ({ page }, testInfo) => {
    await page.goto("/atelier");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Atelier");
    await page.emulateMedia({ media: "print" });
    const pages = page.locator(".handout-page");
    await expect(pages).toHaveCount(SLIDE_COUNT);
    await expect(pages.first()).toBeVisible();
    await expect(page.locator(".deck-start")).toBeHidden();
    await expect(page.locator("nav.nav-bar")).toBeHidden();
    const breaks = await pages.evaluateAll((elements) => elements.map((element) => getComputedStyle(element).breakAfter));
    expect(breaks).toEqual(Array(SLIDE_COUNT).fill("page"));
    expect(countPdfPages(await page.pdf({ preferCSSPageSize: true }))).toBe(SLIDE_COUNT);
    await expect(page.locator(".handout-notes")).toHaveCount(0);

    await page.emulateMedia({ media: "screen" });
    await page.getByRole("checkbox", { name: "Avec les notes de l’animateur" }).check();
    await page.emulateMedia({ media: "print" });
    await expect(page.locator(".handout-notes")).toHaveCount(SLIDE_COUNT);
    expect(countPdfPages(await page.pdf({ preferCSSPageSize: true }))).toBe(SLIDE_COUNT);
  });

  test("printing while presenting gives the handouts: slides from the stage, with notes from the speaker's view", { tag: "@projector" }, async ({ page }, testInfo) => {
    const deck = new DeckWindow(page);
    await deck.open("/atelier/5");
    await page.emulateMedia({ media: "print" });
    const pages = page.locator(".handout-page");
    await expect(pages).toHaveCount(SLIDE_COUNT);
    await expect(pages.first()).toBeVisible();
    await expect(deck.stage()).toBeHidden();
    await expect(page.locator(".handout-notes")).toHaveCount(0);
    expect(countPdfPages(await page.pdf({ preferCSSPageSize: true }))).toBe(SLIDE_COUNT);

    await page.emulateMedia({ media: "screen" });
    await deck.open("/atelier/5?vue=notes");
    await page.emulateMedia({ media: "print" });
    await expect(page.locator(".handout-notes")).toHaveCount(SLIDE_COUNT);
    await expect(page.getByTestId("speaker-notes")).toBeHidden();
    expect(countPdfPages(await page.pdf({ preferCSSPageSize: true }))).toBe(SLIDE_COUNT);
  });

  test("the speaker notes keep the size chosen, for the next presentation", { tag: "@projector" }, async ({ page }, testInfo) => {
    const deck = new DeckWindow(page);
    await deck.open("/atelier/3?vue=notes");
    const notes = page.getByTestId("speaker-notes");
    const size = async () => parseFloat(await notes.evaluate((element) => getComputedStyle(element).fontSize));
    const before = await size();
    await page.getByRole("button", { name: "Agrandir les notes" }).click();
    await page.getByRole("button", { name: "Agrandir les notes" }).click();
    await expect.poll(size).toBeGreaterThan(before * 1.4);
    const chosen = await size();
    await deck.open("/atelier/7?vue=notes");
    await expect.poll(size).toBe(chosen);
    // A foreign stored size falls back to the usual one, without a crash.
    await page.evaluate(() => localStorage.setItem("ecrans.notes-size", "n'importe quoi"));
    await deck.open("/atelier/7?vue=notes");
    await expect.poll(size).toBe(before);
  });

  test("the last slide shows the meeting set in Réglages, else « à préciser »", async ({ page }) => {
    const deck = new DeckWindow(page);
    await deck.open(`/atelier/${SLIDE_COUNT}`);
    await expect(deck.currentSlide().locator(".slide-placeholder")).toHaveText(["à préciser", "à préciser"]);
    await page.goto("/reglages");
    const section = page.getByRole("region", { name: "Prochaine rencontre" });
    await section.getByLabel("Date").fill("2026-03-12");
    await section.getByLabel("Lieu").fill("Médiathèque, salle 2");
    await section.getByRole("button", { name: "Enregistrer" }).click();
    await expect(section.getByRole("status")).toHaveText("Enregistré sur cet appareil.");
    await deck.open(`/atelier/${SLIDE_COUNT}`);
    await expect(deck.currentSlide().locator(".slide-placeholder")).toHaveText(["jeudi 12 mars", "Médiathèque, salle 2"]);
    await page.reload();
    await expect(deck.currentSlide()).toContainText("Lieu : Médiathèque, salle 2");
  });

  test("the install slide shows a QR code of the app's own address", async ({ page, baseURL }) => {
    const deck = new DeckWindow(page);
    await deck.open(`/atelier/${number("installer")}`);
    const address = new URL(baseURL!).origin + "/";
    const qr = deck.currentSlide().locator(".slide-qr svg");
    await expect(qr).toBeVisible();
    await expect(qr.locator("title")).toHaveText(address);
    await expect(deck.currentSlide()).toContainText(`Ou tapez l’adresse : ${address}`);
  });

  test("a swipe on the phone changes the slide", { tag: "@phone" }, async ({ page }, testInfo) => {
    const deck = new DeckWindow(page);
    await deck.open("/atelier/2");
    const box = (await deck.stage().boundingBox())!;
    const y = box.y + box.height / 2;
    const cdp = await page.context().newCDPSession(page);
    const swipe = async (fromX: number, toX: number) => {
      await cdp.send("Input.dispatchTouchEvent", { type: "touchStart", touchPoints: [{ x: fromX, y }] });
      for (let step = 1; step <= 5; step++) {
        const x = fromX + ((toX - fromX) * step) / 5;
        await cdp.send("Input.dispatchTouchEvent", { type: "touchMove", touchPoints: [{ x, y }] });
      }
      await cdp.send("Input.dispatchTouchEvent", { type: "touchEnd", touchPoints: [] });
    };
    await swipe(box.x + box.width * 0.85, box.x + box.width * 0.15);
    await deck.expectSlide(3);
    await swipe(box.x + box.width * 0.15, box.x + box.width * 0.85);
    await deck.expectSlide(2);
    // A tap is not a swipe.
    await page.touchscreen.tap(box.x + box.width / 2, y);
    await deck.expectSlide(2);
  });

  test("axe finds no violation on a slide, the overview and the speaker views", { tag: "@projector" }, async ({ page }, testInfo) => {
    const deck = new DeckWindow(page);
    const analyze = async () => {
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
    };
    await deck.open("/atelier/3");
    await analyze();
    await page.keyboard.press("o");
    await expect(page.getByRole("dialog")).toBeVisible();
    await analyze();
    await deck.open(`/atelier/${number("ressources")}?vue=orateur`);
    await expect(page.getByTestId("speaker-notes")).toBeVisible();
    await analyze();
    await deck.open(`/atelier/${number("installer")}?vue=notes`);
    await analyze();
  });

  test("screenshots of three slides", { tag: "@projector" }, async ({ page }, testInfo) => {
    const deck = new DeckWindow(page);
    for (const [number, steps] of [[1, 0], [3, 4], [SLIDES.findIndex((slide) => slide.id === "installer") + 1, 0]] as const) {
      await deck.open(`/atelier/${number}`);
      for (let step = 0; step < steps; step++) await page.keyboard.press("ArrowRight");
      await page.mouse.move(5, 5);
      // The toolbar fades away when the mouse rests: the picture shows the slide alone.
      await expect(page.locator(".deck-audience")).toHaveClass(/is-resting/);
      await expect(page.locator(".deck-audience .deck-toolbar")).toBeHidden();
      await expect(deck.currentSlide()).toBeVisible();
      const path = testInfo.outputPath(`slide-${String(number).padStart(2, "0")}.png`);
      await page.screenshot({ path });
      await testInfo.attach(`slide ${number}`, { path, contentType: "image/png" });
    }
  });
});

test.describe("sessions", () => {
  for (const session of sessions()) {
    test(`presenting « ${session.name} » shows exactly its slides and its planned minutes`, async ({ page }) => {
      const byId = new Map(SLIDES.map((slide) => [slide.id, slide]));
      const titles = session.ids.map((id) => readable(byId.get(id)!.title));
      const minutes = session.ids.reduce((sum, id) => sum + byId.get(id)!.minutes, 0);
      await page.goto("/atelier");
      await page.getByRole("radio", { name: new RegExp(`^${session.name.replace(/[()]/g, "\\$&").replace(/ /g, "\\s").replace(/–/g, "\u2060?–\u2060?")}`) }).check();
      await expect(page.getByTestId("deck-intro")).toContainText(`${session.ids.length} diapositives`);
      await expect(page.locator(".deck-contents li")).toHaveCount(session.ids.length);
      expect((await page.locator(".deck-contents li a").allTextContents()).map(readable)).toEqual(titles);
      await page.getByRole("link", { name: "Commencer la présentation" }).click();
      await expect(page).toHaveURL(new RegExp(`/atelier/1\\?seance=${session.code}$`));
      const deck = new DeckWindow(page);
      await deck.expectSlide(1, session.ids.length);

      // The overview lists the session's slides, in its order, and nothing else.
      await page.keyboard.press("o");
      const names = await page.getByRole("dialog").getByRole("button", { name: /^Diapositive \d+/ }).evaluateAll((buttons) =>
        buttons.map((button) => button.getAttribute("aria-label") ?? ""),
      );
      expect(names.map((name) => readable(name).replace(/^Diapositive \d+\s: /, ""))).toEqual(titles);
      await page.keyboard.press("Escape");

      // The agenda slide follows the session, with its planned minutes.
      await page.keyboard.press("ArrowRight");
      await deck.expectSlide(2, session.ids.length);
      await expect(deck.currentSlide().getByTestId("agenda-total")).toHaveText(`Durée prévue : ${frenchDuration(minutes)}`);
      await page.keyboard.press("End");
      await deck.expectSlide(session.ids.length, session.ids.length);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("On se retrouve");

      // The speaker's view times the session, and a reload keeps it.
      await deck.open(`/atelier/2?vue=notes&seance=${session.code}`);
      await expect(page.getByTestId("planned-total")).toHaveText(frenchDuration(minutes));
      await expect(page.getByTestId("planned-so-far")).toHaveText(`${byId.get(session.ids[0])!.minutes} min`);
      await expect(page.getByTestId("speaker-status")).toContainText(`Diapositive 2 sur ${session.ids.length}`);
      await page.reload();
      await expect(page.getByTestId("speaker-status")).toContainText(`Diapositive 2 sur ${session.ids.length}`);
      await expect(page).toHaveURL(new RegExp(`seance=${session.code}`));
    });
  }

  test("the speaker window and the start screen keep the session chosen", { tag: "@projector" }, async ({ page }, testInfo) => {
    const deck = new DeckWindow(page);
    await deck.open("/atelier/3?seance=essentiel");
    const [popup] = await Promise.all([page.waitForEvent("popup"), page.keyboard.press("s")]);
    await expect(popup).toHaveURL(/\/atelier\/3\?vue=orateur&seance=essentiel$/);
    await page.keyboard.press("ArrowRight");
    await expect(popup).toHaveURL(/\/atelier\/3\?vue=orateur&seance=essentiel$/);
    await page.goto("/atelier");
    await page.getByRole("radio", { name: /^Grands/ }).check();
    await page.reload();
    await expect(page.getByRole("radio", { name: /^Grands/ })).toBeChecked();
  });
});

test.describe("typography and the new layouts", () => {
  test("no French slide, note or label has an ordinary space before « ; : ! ? » or after « »", async ({ page }) => {
    await page.goto("/atelier");
    await page.getByRole("checkbox", { name: "Avec les notes de l’animateur" }).check();
    const texts = await page.evaluate(() => {
      const pieces = [...document.querySelectorAll(".deck-handout .slide, .deck-handout .handout-notes, .deck-start")];
      return pieces.map((element) => element.textContent ?? "");
    });
    const bad: string[] = [];
    for (const text of texts) {
      const withoutAddresses = text.replace(/(https?:\/\/|www\.)\S+/g, "");
      for (const match of withoutAddresses.matchAll(/.{0,20}(?: [;:!?»%]|« ).{0,20}/g)) bad.push(match[0]);
    }
    expect(texts.length).toBeGreaterThan(SLIDE_COUNT);
    expect(bad).toEqual([]);
    // The speaker view's own labels too.
    await new DeckWindow(page).open("/atelier/3?vue=notes");
    const labels = await page.locator(".deck-speaker").evaluate((element) => element.textContent ?? "");
    expect(labels.match(/.{0,20}(?: [;:!?»]|« ).{0,20}/g) ?? []).toEqual([]);
  });

  test("the quiz's bars are drawn to scale and revealed one by one", async ({ page }) => {
    const deck = new DeckWindow(page);
    await deck.open(`/atelier/${number("quiz")}`);
    const bars = deck.currentSlide().locator(".slide-bar");
    await expect(bars).toHaveCount(3);
    await expect(deck.currentSlide().locator(".slide-bar.is-concealed")).toHaveCount(3);
    for (let shown = 1; shown <= 3; shown++) {
      await page.keyboard.press("ArrowRight");
      await expect(deck.currentSlide().locator(".slide-bar.is-concealed")).toHaveCount(3 - shown);
      await expect(bars.nth(shown - 1)).toBeVisible();
    }
    await expect(bars.locator(".slide-bar-value")).toHaveText([/^56\smin$/, /^1\sh\s20$/, /^1\sh\s34$/]);
    await expect.poll(async () => {
      const widths = await bars.locator(".slide-bar-fill").evaluateAll((fills) => fills.map((fill) => fill.getBoundingClientRect().width));
      return widths.map((width) => Math.round((width / widths[2]) * 100));
    }).toEqual([60, 85, 100]);
  });

  test("the « 4 pas » are four pictograms with text alternatives", async ({ page }) => {
    const deck = new DeckWindow(page);
    await deck.open(`/atelier/${number("quatre-pas")}`);
    for (let step = 0; step < 5; step++) await page.keyboard.press("ArrowRight");
    const pictures = deck.currentSlide().getByRole("img", { name: /^Pictogramme\s:/ });
    await expect(pictures).toHaveCount(4);
    for (const picture of await pictures.all()) {
      await expect(picture).toBeVisible();
      expect((await picture.getAttribute("aria-label"))!.length).toBeGreaterThan(15);
      await expect(picture.locator("svg")).toHaveAttribute("aria-hidden", "true");
    }
    await expect(deck.currentSlide().locator(".slide-pictogram-item")).toHaveCount(4);
  });

  test("axe finds no violation on the agenda, bars, big figure and pictograms", { tag: "@projector" }, async ({ page }, testInfo) => {
    const deck = new DeckWindow(page);
    for (const [id, steps] of [["programme", 0], ["quiz", 4], ["premier-smartphone", 3], ["quatre-pas", 5], ["grands-parents", 2]] as const) {
      await deck.open(`/atelier/${number(id)}`);
      for (let step = 0; step < steps; step++) await page.keyboard.press("ArrowRight");
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations.map((v) => `${id}: ${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
    }
  });
});

/** Counts the pages of a PDF made by Chromium (one `/Type /Page` object per page). */
function countPdfPages(pdf: Buffer) {
  return (pdf.toString("latin1").match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;
}

