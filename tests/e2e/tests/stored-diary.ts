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

/**
 * Makes this page's localStorage refuse `method` for `key`, as a full or locked storage does
 * (`setItem` throws a QuotaExceededError, `removeItem` a SecurityError), until the page is
 * loaded again or the returned function is called. Other keys are untouched.
 */
export async function refuseStorage(page: Page, method: "setItem" | "removeItem", key: string) {
  await page.evaluate(
    ([method, key]) => {
      const storage = Storage.prototype as unknown as Record<string, (...args: string[]) => void>;
      const original = storage[method];
      const kept = (window as unknown as { refusedStorage?: Record<string, typeof original> });
      kept.refusedStorage = { ...kept.refusedStorage, [method]: original };
      storage[method] = function (this: Storage, ...args: string[]) {
        if (args[0] === key) {
          throw new DOMException("Refused by the test.", method === "setItem" ? "QuotaExceededError" : "SecurityError");
        }
        return original.apply(this, args);
      };
    },
    [method, key] as const,
  );
  return () =>
    page.evaluate((method) => {
      const storage = Storage.prototype as unknown as Record<string, (...args: string[]) => void>;
      const kept = (window as unknown as { refusedStorage: Record<string, (...args: string[]) => void> });
      storage[method] = kept.refusedStorage[method];
    }, method);
}
