// Helpers shared by charts.spec.ts, compare.spec.ts and the charts' benchmark: loading the demo
// family, reading the stored demo diary (the core's envelope, typed in stored-diary.ts), and the French formats the core writes (to check figures computed here
// from the stored diary against the page).
import { expect, type Page } from "@playwright/test";
import type { StoredDiary, StoredEntry } from "./stored-diary";

export type { StoredDiary, StoredEntry } from "./stored-diary";

/** Shows the demo family from Réglages, as a parent or an advisor would. */
export async function showDemo(page: Page) {
  await page.goto("/reglages");
  await page.getByRole("button", { name: "Montrer une famille de démonstration" }).click();
  await expect(page.getByRole("button", { name: "Retirer la démonstration" }).first()).toBeVisible();
}

export async function storedDemo(page: Page): Promise<StoredDiary> {
  const text = await page.evaluate(() => localStorage.getItem("ecrans.demo"));
  expect(text, "the demo family is stored under ecrans.demo").not.toBeNull();
  return JSON.parse(text!);
}

/** « 45 min », « 1 h », « 1 h 05 » (the core's `format_duration` in French). */
export function duration(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) return `${rest} min`;
  if (rest === 0) return `${hours} h`;
  return `${hours} h ${String(rest).padStart(2, "0")}`;
}

/** « 5 jours renseignés sur 7 » (the core's `format_days_filled_in` in French). */
export function daysFilledIn(filled: number): string {
  if (filled === 0) return "aucun jour renseigné sur 7";
  if (filled === 1) return "1 jour renseigné sur 7";
  return `${filled} jours renseignés sur 7`;
}

const DAYS = ["dimanche", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi"];
const MONTHS = [
  "janvier", "février", "mars", "avril", "mai", "juin",
  "juillet", "août", "septembre", "octobre", "novembre", "décembre",
];

/** « lundi 3 mars », « samedi 1er mars » (the core's `format_long_date` in French). */
export function longDate(date: Date): string {
  const day = date.getDate() === 1 ? "1er" : String(date.getDate());
  return `${DAYS[date.getDay()]} ${day} ${MONTHS[date.getMonth()]}`;
}

/** `YYYY-MM-DD` of a local date. */
export function isoDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The seven local dates of the week (Monday first) `weeksAgo` weeks before today's. */
export function weekDates(weeksAgo: number): Date[] {
  const today = new Date();
  const monday = new Date(today.getFullYear(), today.getMonth(), today.getDate());
  monday.setDate(monday.getDate() - ((monday.getDay() + 6) % 7) - 7 * weeksAgo);
  return Array.from({ length: 7 }, (_, i) => new Date(monday.getFullYear(), monday.getMonth(), monday.getDate() + i));
}

/** The entries of one date covering any of `children` (the family: each entry once). */
export function entriesOn(diary: StoredDiary, date: Date, children?: string[]): StoredEntry[] {
  const day = isoDate(date);
  const present = children ?? diary.diary.children.map((c) => c.id);
  return (diary.diary.entries ?? []).filter((e) => e.date === day && e.children.some((c) => present.includes(c)));
}

/** The average the core shows: rounded half up over the days filled in. */
export function average(total: number, filled: number): number {
  return Math.floor((total + Math.floor(filled / 2)) / filled);
}
