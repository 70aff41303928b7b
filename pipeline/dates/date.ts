import { z } from "zod";
import { DUTCH_MONTHS } from "../../shared/dutch-months.ts";

/** A year, a month or a day: `2022`, `2025-09` or `2022-01-15`. */
export const PARTIAL_DATE_PATTERN = /^(\d{4})(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?$/;

/** A date as routebooks and their documents name it: a year, a month or a day (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`). */
export type PartialDate = string;

/** The numbers of a partial date; month and day are absent when the date does not name them. */
export interface DateParts {
  year: number;
  month?: number;
  day?: number;
}

/** Days in a month (1-based), leap years included. */
export const daysInMonth = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** Splits a partial date into numbers; undefined when it is not written as YYYY, YYYY-MM or YYYY-MM-DD. */
export function dateParts(date: string): DateParts | undefined {
  const match = PARTIAL_DATE_PATTERN.exec(date);
  if (!match) return undefined;
  const [, year, month, day] = match;
  return { year: Number(year), month: month ? Number(month) : undefined, day: day ? Number(day) : undefined };
}

/** True when the date matches the pattern and its day exists (no 30 February). */
export function isPartialDate(date: string): boolean {
  const parts = dateParts(date);
  return parts !== undefined && (parts.day === undefined || parts.day <= daysInMonth(parts.year, parts.month!));
}

/** A day as a number that sorts like the day itself: 2025-09-01 → 20250901. */
export const dayNumber = (year: number, month: number, day: number) => year * 10_000 + month * 100 + day;

/** The first day of the period a date names, as a comparable number: `2025-09` → 20250901, `2022` → 20220101. */
export function periodStart(date: PartialDate): number {
  const parts = dateParts(date);
  if (!parts) throw new Error(`"${date}" is not a date written as YYYY, YYYY-MM or YYYY-MM-DD`);
  return dayNumber(parts.year, parts.month ?? 1, parts.day ?? 1);
}

/** The date in Dutch as the site shows it: "2022", "september 2025", "15 januari 2022". */
export function dutchDateLabel(date: PartialDate): string {
  const parts = dateParts(date);
  if (!parts) throw new Error(`"${date}" is not a date written as YYYY, YYYY-MM or YYYY-MM-DD`);
  const { year, month, day } = parts;
  if (month === undefined) return String(year);
  const monthYear = `${DUTCH_MONTHS[month - 1]} ${year}`;
  return day === undefined ? monthYear : `${day} ${monthYear}`;
}

/** The years a routebook or document date may name; docs/content-format.md states them. */
const YEARS = { first: 1990, last: 2100 } as const;

const inYearRange = (date: string) => {
  const year = dateParts(date)?.year ?? 0;
  return year >= YEARS.first && year <= YEARS.last;
};

const FORMAT_MESSAGE = "must be a date written as YYYY, YYYY-MM or YYYY-MM-DD, e.g. `2025`, `2025-09` or `2025-09-15`";

/**
 * A partial date in frontmatter. YAML reads an unquoted year (`date: 2022`) as a
 * number; it is accepted and kept as the text "2022".
 */
export const PartialDateSchema = z.preprocess(
  (value) => (typeof value === "number" && Number.isInteger(value) ? String(value) : value),
  z
    .string()
    .regex(PARTIAL_DATE_PATTERN, { message: FORMAT_MESSAGE })
    // Only for dates of the right shape, so a malformed one gets one problem, not two.
    .refine((value) => !PARTIAL_DATE_PATTERN.test(value) || isPartialDate(value), {
      message: "is not a day of the calendar",
      params: { hint: "check the day and the month, e.g. `2025-02-28` instead of `2025-02-30`" },
    })
    // A year far off is a typo (9999 as "unknown", 2205 for 2025): the site would show it, and never call the version old.
    .refine((value) => !PARTIAL_DATE_PATTERN.test(value) || inYearRange(value), {
      message: `lies outside the years ${YEARS.first} to ${YEARS.last}`,
      params: { hint: "give the date the source was published, e.g. `2025-09`; leave the field out when it is unknown" },
    }),
);
