import { dateParts, dayNumber, daysInMonth, periodStart, type PartialDate } from "./date.ts";

/** How many months a routebook's dates stay current when `staleAfterMonths` is not set. */
export const DEFAULT_STALE_AFTER_MONTHS = 36;

/**
 * The first day of the period `date` names, moved `months` months later, as a
 * comparable day number. A day that the later month lacks falls back to its last
 * day: 2025-01-31 plus one month is 2025-02-28.
 */
function monthsLater(date: PartialDate, months: number): number {
  const parts = dateParts(date);
  if (!parts) throw new Error(`"${date}" is not a date written as YYYY, YYYY-MM or YYYY-MM-DD`);
  const { year, month = 1, day = 1 } = parts;
  const index = year * 12 + (month - 1) + months;
  const laterYear = Math.floor(index / 12);
  const laterMonth = (index % 12) + 1;
  return dayNumber(laterYear, laterMonth, Math.min(day, daysInMonth(laterYear, laterMonth)));
}

/**
 * Whether a document or routebook dated `date` may be outdated on `today`
 * (`YYYY-MM-DD`): true when today lies after the start of the dated period plus
 * `maxAgeMonths` months. On that day itself it is not yet outdated.
 * A month or year counts from its first day: `2025-09` from 1 September 2025.
 */
export function isPossiblyOutdated(date: PartialDate, today: PartialDate, maxAgeMonths: number): boolean {
  return periodStart(today) > monthsLater(date, maxAgeMonths);
}
