// The diary as the app stores it on the device: the core's versioned envelope
// (core/src/saved_diary.rs) under the key `ecrans.diary`. The one place where the tests build
// such an envelope, put it on the device, and read it back.
import type { Page } from "@playwright/test";

/** The localStorage key of the real diary. */
export const DIARY_KEY = "ecrans.diary";

export type StoredChild = Record<string, unknown> & { id: string; name: string; daily_limit?: number };
export type StoredEntry = Record<string, unknown> & {
  id: string;
  children: string[];
  date: string;
  moment: string;
  minutes: number;
  screen: string;
  activity: string;
  with_adult?: boolean;
  in_bedroom?: boolean;
};
export type StoredDiary = {
  app: string;
  schema: number;
  diary: { children: StoredChild[]; entries?: StoredEntry[]; commitments?: { items: unknown[]; modified_at: number } } & Record<string, unknown>;
};

/** The stored text of `diary` (children, entries…) in the envelope of `schema`. */
export function storedEnvelope(diary: Record<string, unknown>, schema = 1): string {
  return JSON.stringify({ app: "ecrans-en-famille", schema, diary });
}

/** Opens the app and stores `text` as its diary (the page still shows what it read before). */
export async function putStoredDiary(page: Page, text: string) {
  await page.goto("/");
  await page.evaluate(([key, value]) => localStorage.setItem(key, value), [DIARY_KEY, text] as const);
}

/** The text stored under `key` (the diary by default), or null. */
export async function storedText(page: Page, key = DIARY_KEY) {
  return page.evaluate((k) => localStorage.getItem(k), key);
}

/** The stored diary, parsed (it must be there). */
export async function storedDiary(page: Page): Promise<StoredDiary> {
  return JSON.parse((await storedText(page))!);
}
