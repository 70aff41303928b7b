import { isPartialDate } from "./date.ts";

const DAY_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
const pad = (value: number) => String(value).padStart(2, "0");

/**
 * The day the site is built for, as `YYYY-MM-DD`: `ROUTEBOEK_TODAY` when set (for
 * reproducible builds and tests), else the local date of `now`.
 */
export function siteToday(env: Record<string, string | undefined> = process.env, now: Date = new Date()): string {
  const fixed = env.ROUTEBOEK_TODAY;
  if (fixed) {
    if (!DAY_PATTERN.test(fixed) || !isPartialDate(fixed)) {
      throw new Error(`ROUTEBOEK_TODAY must be a day written as YYYY-MM-DD, e.g. 2026-01-31, not "${fixed}"`);
    }
    return fixed;
  }
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
