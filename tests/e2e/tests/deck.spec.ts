// The Atelier: presenting the workshop deck. Every slide is walked with the keyboard and stays
// inside the 16:9 stage; the address follows; the speaker window and the projected one follow
// each other; overview, black screen, wake lock, handouts, swipe and accessibility are checked;
// and the time of a slide change is measured with performance marks (a benchmark, tag @bench).
// Each session of content/sessions.txt shows exactly its slides and its planned minutes; French
// slide text has no ordinary space before « ; : ! ? » or after « ; the new layouts pass axe.
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { readdirSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { test, expect } from "./fixtures";

const CONTENT = resolve(__dirname, "../../../content");

/** A slide file of content/fr/, as an editor wrote it. */
type SlideFile = { id: string; title: string; minutes: number };

/** The French slide files in the order of their names (the whole deck's order). */
function frenchSlides(): SlideFile[] {
  return readdirSync(resolve(CONTENT, "fr"))
    .filter((name) => name.endsWith(".md"))
    .sort()
    .map((name) => {
      const text = readFileSync(resolve(CONTENT, "fr", name), "utf8");
      const id = /^id:\s*(\S+)/m.exec(text)?.[1] ?? name.replace(/^\d+[a-z]?-/, "").replace(/\.md$/, "");
      return { id, title: /^# (.+)$/m.exec(text)![1].trim(), minutes: Number(/^minutes:\s*(\d+)/m.exec(text)![1]) };
    });
}

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

const SLIDES = frenchSlides();
const SLIDE_COUNT = SLIDES.length;
/** The number (from 1) of a slide in the whole deck. */
const number = (id: string) => SLIDES.findIndex((slide) => slide.id === id) + 1;

/** Page object of a presenting window. */
class DeckWindow {
  constructor(readonly page: Page) {}

  stage() {
    return this.page.locator("#deck-stage");
  }

  /** The slide shown on the stage (every slide is built; only the current one is visible). */
  currentSlide() {
    return this.page.locator("#deck-stage .stage-slide.is-current");
  }

  progress() {
    return this.page.getByRole("progressbar");
  }

  async open(path: string) {
    await this.page.goto(path);
    await expect(this.page.getByRole("heading", { level: 1 })).toBeVisible();
  }

  /** The number of the slide shown, read from the stage's label (« Diapositive 7 sur 20 »). */
  async slideNumber() {
    const label = await this.stage().getAttribute("aria-label");
    return Number(/(\d+)/.exec(label ?? "")![1]);
  }

  async progressValue() {
    return Number(await this.progress().getAttribute("aria-valuenow"));
  }

  async expectSlide(number: number, total = SLIDE_COUNT) {
    await expect(this.stage()).toHaveAttribute("aria-label", new RegExp(`^(Diapositive ${number} sur|Slide ${number} of) ${total}$`));
    await expect(this.page).toHaveURL(new RegExp(`/atelier/${number}(\\?.*)?$`));
  }

  /** Every element of the slide lies inside the stage, and no box of the slide overflows. */
  async expectNothingOutsideTheStage() {
    const problems = await this.page.evaluate(() => {
      const found: string[] = [];
      const shown = document.querySelectorAll("#deck-stage .stage-slide.is-current");
      if (shown.length !== 1) found.push(`${shown.length} slides shown on the stage instead of one`);
      const stage = document.querySelector("#deck-stage")!.getBoundingClientRect();
      const describe = (element: Element) =>
        `${element.tagName.toLowerCase()}.${element.className} « ${(element.textContent ?? "").trim().slice(0, 40)} »`;
      for (const element of document.querySelectorAll(".stage-slide.is-current .slide, .stage-slide.is-current .slide *")) {
        const box = element.getBoundingClientRect();
        if (box.width === 0 && box.height === 0) continue;
        if (box.left < stage.left - 1 || box.top < stage.top - 1 || box.right > stage.right + 1 || box.bottom > stage.bottom + 1) {
          found.push(`outside the stage: ${describe(element)}`);
        }
      }
      for (const box of document.querySelectorAll(".stage-slide.is-current :is(.slide, .slide-body, .slide-columns)")) {
        if (box.scrollHeight > box.clientHeight + 1 || box.scrollWidth > box.clientWidth + 1) {
          found.push(`overflows: ${describe(box)} (${box.scrollWidth}×${box.scrollHeight} in ${box.clientWidth}×${box.clientHeight})`);
        }
      }
      const sources = document.querySelector(".stage-slide.is-current .slide-sources");
      const body = document.querySelector(".stage-slide.is-current .slide-body");
      if (sources && body) {
        const limit = sources.getBoundingClientRect().top + 1;
        for (const element of body.querySelectorAll("*")) {
          if (element.getBoundingClientRect().bottom > limit) found.push(`over the sources: ${describe(element)}`);
        }
      }
      return found;
    });
    expect(problems).toEqual([]);
  }
}

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

  test("F asks the browser for full screen", async ({ page }, testInfo) => {
    test.skip(testInfo.project.name !== "projector", "checked once");
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
  test("the speaker window follows the projected one, and the projected one follows it", async ({ page }, testInfo) => {
    test.skip(testInfo.project.name !== "projector", "a second window is a desktop affair");
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
  test("the screen is kept awake, and again when the page becomes visible", async ({ page }, testInfo) => {
    test.skip(testInfo.project.name !== "projector", "checked once");
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

  test("print gives one page per slide, with or without the notes", async ({ page }, testInfo) => {
    test.skip(testInfo.project.name !== "projector", "printed once");
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

  test("printing while presenting gives the handouts: slides from the stage, with notes from the speaker's view", async ({ page }, testInfo) => {
    test.skip(testInfo.project.name !== "projector", "printed once");
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

  test("the speaker notes keep the size chosen, for the next presentation", async ({ page }, testInfo) => {
    test.skip(testInfo.project.name !== "projector", "checked once");
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

  test("a swipe on the phone changes the slide", async ({ page }, testInfo) => {
    test.skip(testInfo.project.name !== "phone", "touch screens only");
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

  test("axe finds no violation on a slide, the overview and the speaker views", async ({ page }, testInfo) => {
    test.skip(testInfo.project.name !== "projector", "checked once");
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

  test("screenshots of three slides", async ({ page }, testInfo) => {
    test.skip(testInfo.project.name !== "projector", "projector screenshots");
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

  test("the speaker window and the start screen keep the session chosen", async ({ page }, testInfo) => {
    test.skip(testInfo.project.name !== "projector", "a second window is a desktop affair");
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

  test("axe finds no violation on the agenda, bars, big figure and pictograms", async ({ page }, testInfo) => {
    test.skip(testInfo.project.name !== "projector", "checked once");
    const deck = new DeckWindow(page);
    for (const [id, steps] of [["programme", 0], ["quiz", 4], ["premier-smartphone", 3], ["quatre-pas", 5], ["grands-parents", 2]] as const) {
      await deck.open(`/atelier/${number(id)}`);
      for (let step = 0; step < steps; step++) await page.keyboard.press("ArrowRight");
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations.map((v) => `${id}: ${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
    }
  });
});


// A benchmark, not a test: `cargo xtask bench` runs it (tag @bench), `cargo xtask test` does not.
test("time of a slide change (performance marks)", { tag: "@bench" }, async ({ page }, testInfo) => {
  test.skip(testInfo.project.name !== "projector", "measured on the projector viewport");
  const deck = new DeckWindow(page);
  await deck.open("/atelier/1");
  // Each change: the key event, then the reactive updates (microtasks), then the style and layout
  // of the new state, forced at once; then two frames go by before the next change. Slide changes
  // and step reveals are reported apart. Long frames (over 50 ms) are counted by
  // long-animation-frame entries. Dropped frames are counted by the next benchmark, with real key
  // presses and no measuring code in the page's way.
  const figures = await page.evaluate(async () => {
    const longFrames: number[] = [];
    const observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) longFrames.push(entry.duration);
    });
    try {
      observer.observe({ type: "long-animation-frame", buffered: false });
    } catch {
      // A browser without long-animation-frame entries reports none.
    }
    const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    const stage = document.querySelector("#deck-stage")!;
    const progress = document.querySelector('[role="progressbar"]')!;
    const slideChanges: number[] = [];
    const stepChanges: number[] = [];
    const press = async (key: string) => {
      const before = progress.getAttribute("aria-valuenow");
      const slideBefore = stage.getAttribute("aria-label");
      performance.mark("deck-change-start");
      window.dispatchEvent(new KeyboardEvent("keydown", { key, bubbles: true, cancelable: true }));
      for (let turn = 0; turn < 1000 && progress.getAttribute("aria-valuenow") === before; turn++) await null;
      for (let turn = 0; turn < 20; turn++) await null;
      stage.getBoundingClientRect();
      document.body.offsetHeight; // style and layout of the new state
      performance.mark("deck-change-end");
      const duration = performance.measure("deck-slide-change", "deck-change-start", "deck-change-end").duration;
      (stage.getAttribute("aria-label") === slideBefore ? stepChanges : slideChanges).push(duration);
      await nextFrame();
    };
    for (let round = 0; round < 3; round++) {
      const last = Number(progress.getAttribute("aria-valuemax"));
      for (let state = 0; state < last; state++) await press("ArrowRight");
      await press("Home");
      await press("End");
      await press("Home");
    }
    await nextFrame();
    observer.disconnect();
    const summary = (changes: number[]) => {
      const sorted = [...changes].sort((a, b) => a - b);
      const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
      return {
        count: sorted.length,
        medianMs: Number(at(0.5).toFixed(2)),
        p95Ms: Number(at(0.95).toFixed(2)),
        maxMs: Number(sorted[sorted.length - 1].toFixed(2)),
        over16ms: sorted.filter((duration) => duration > 16.7).length,
      };
    };
    return {
      slideChanges: summary(slideChanges),
      stepReveals: summary(stepChanges),
      longAnimationFrames: longFrames.length,
    };
  });
  console.log(`slide change (key → new slide styled and laid out): ${JSON.stringify(figures)}`);
  await testInfo.attach("slide-change-timing.json", { body: JSON.stringify(figures, null, 2), contentType: "application/json" });
  expect(figures.slideChanges.count + figures.stepReveals.count).toBeGreaterThan(100);
});

// A benchmark, not a test: `cargo xtask bench` runs it (tag @bench), `cargo xtask test` does not.
test("frames dropped while presenting with real key presses", { tag: "@bench" }, async ({ page }, testInfo) => {
  test.skip(testInfo.project.name !== "projector", "measured on the projector viewport");
  // Two walks of the whole deck at 120 ms a key press, each followed by as long a quiet time.
  test.setTimeout(240_000);
  // The deck is walked as a presenter does, with real key presses (a clicker sends keys), from a
  // freshly opened presentation: the first walk is the one the audience sees. A
  // requestAnimationFrame loop records every frame; a frame more than 1.5 frame intervals after
  // the one before counts as dropped frames. Then as many frames are recorded with nothing
  // happening, to tell the machine's own noise.
  const deck = new DeckWindow(page);
  await deck.open("/atelier/1");
  await page.waitForTimeout(500);
  const startRecording = () =>
    page.evaluate(() => {
      const w = window as any;
      const frames: number[] = [];
      const recording = (w.__recording ?? 0) + 1;
      w.__frames = frames;
      w.__recording = recording;
      const record = (time: number) => {
        frames.push(time);
        if (w.__recording === recording) requestAnimationFrame(record);
      };
      requestAnimationFrame(record);
    });
  const stopRecording = async () =>
    frameFigures(
      await page.evaluate(() => {
        const w = window as any;
        w.__recording += 1;
        return w.__frames as number[];
      }),
    );
  const walks = [];
  for (let walk = 0; walk < 2; walk++) {
    await page.keyboard.press("Home");
    await page.waitForTimeout(300);
    await startRecording();
    const started = Date.now();
    const last = Number(await deck.progress().getAttribute("aria-valuemax"));
    for (let state = 0; state < last; state++) {
      await page.keyboard.press("PageDown");
      await page.waitForTimeout(120);
    }
    await page.waitForTimeout(200);
    const during = await stopRecording();
    await startRecording();
    await page.waitForTimeout(Date.now() - started);
    const idle = await stopRecording();
    walks.push({ walk: walk === 0 ? "first" : "second", keyPresses: last, ...during, droppedIdle: idle.dropped, worstIdleFrameMs: idle.worstFrameMs });
  }
  console.log(`frames while presenting (real key presses): ${JSON.stringify(walks)}`);
  await testInfo.attach("presenting-frames.json", { body: JSON.stringify(walks, null, 2), contentType: "application/json" });
  expect(walks[0].frames).toBeGreaterThan(100);
});

/** The frames recorded at `times` (requestAnimationFrame timestamps): how many, the usual
 * interval (the median), the frames dropped (a frame more than 1.5 intervals after the one before
 * stands for the frames missed in between) and the longest interval. */
function frameFigures(times: number[]) {
  const intervals = times.slice(1).map((time, index) => time - times[index]);
  const sorted = [...intervals].sort((a, b) => a - b);
  const frame = sorted[Math.floor(sorted.length / 2)];
  const dropped = intervals.reduce((sum, interval) => sum + (interval > 1.5 * frame ? Math.round(interval / frame) - 1 : 0), 0);
  return { frames: times.length, frameIntervalMs: Number(frame.toFixed(2)), dropped, worstFrameMs: Number(sorted[sorted.length - 1].toFixed(1)) };
}

/** Counts the pages of a PDF made by Chromium (one `/Type /Page` object per page). */
function countPdfPages(pdf: Buffer) {
  return (pdf.toString("latin1").match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;
}

