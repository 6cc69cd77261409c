// Page object of a window presenting the Atelier deck, shared by deck.spec.ts and the deck's
// benchmarks (benchmarks/deck.bench.ts), with the French slide files of content/ it walks.
import type { Page } from "@playwright/test";
import { readdirSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { expect } from "./fixtures";

export const CONTENT = resolve(__dirname, "../../../content");

/** A slide file of content/fr/, as an editor wrote it. */
export type SlideFile = { id: string; title: string; minutes: number };

/** The French slide files in the order of their names (the whole deck's order). */
export function frenchSlides(): SlideFile[] {
  return readdirSync(resolve(CONTENT, "fr"))
    .filter((name) => name.endsWith(".md"))
    .sort()
    .map((name) => {
      const text = readFileSync(resolve(CONTENT, "fr", name), "utf8");
      const id = /^id:\s*(\S+)/m.exec(text)?.[1] ?? name.replace(/^\d+[a-z]?-/, "").replace(/\.md$/, "");
      return { id, title: /^# (.+)$/m.exec(text)![1].trim(), minutes: Number(/^minutes:\s*(\d+)/m.exec(text)![1]) };
    });
}

export const SLIDES = frenchSlides();
export const SLIDE_COUNT = SLIDES.length;
/** The number (from 1) of a slide in the whole deck. */
export const number = (id: string) => SLIDES.findIndex((slide) => slide.id === id) + 1;

/** Page object of a presenting window. */
export class DeckWindow {
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

