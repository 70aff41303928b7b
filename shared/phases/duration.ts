/**
 * Durations as routebooks write them after "looptijd": "2 weken", "2-10
 * weken", "1 week", "5 dagen", "3 maanden", "2 tot 10 weken", and as
 * summaries quote a source's term: "maximaal 4 weken", "uiterlijk na drie dagen". Pure, with no
 * Node import: the browser's timeline reads them with the same rule.
 */
import { CARDINALS } from "../wording/number-words.ts";

export type DurationUnit = "dagen" | "weken" | "maanden";

/** A duration read from its Dutch words: the shortest and the longest it may take, in one unit. */
export interface Duration {
  unit: DurationUnit;
  /** Equal to `max` for a single value ("2 weken"). */
  min: number;
  max: number;
}

const UNITS: Record<string, DurationUnit> = {
  dag: "dagen",
  dagen: "dagen",
  week: "weken",
  weken: "weken",
  maand: "maanden",
  maanden: "maanden",
};

// A number, optionally a range ("2-10", "2 – 10", "2 tot 10", "2 tot en met 10"), then a unit; the unit may stick to the number ("2-10weken").
const DURATION = /^(\d+)(?:\s*(?:-|–|tot(?: en met)?)\s*(\d+))?\s*(dagen|dag|weken|week|maanden|maand)\.?$/i;

/**
 * Words before the number that make it an upper bound, as summaries quote their sources' terms:
 * "maximaal 4 weken", "binnen 2 weken", "uiterlijk na drie dagen", "in principe binnen twee weken".
 */
const AT_MOST = /^(?:maximaal|uiterlijk(?: na)?|(?:in principe )?binnen) /i;

/** Number words a term may be written in ("drie dagen", "een week"). */
const NUMBER_WORDS: Readonly<Record<string, number>> = { een: 1, ...CARDINALS };
const NUMBER_WORD = new RegExp(`^(${Object.keys(NUMBER_WORDS).join("|")})(?= )`, "i");

/** "2-10 weken" → { unit: "weken", min: 2, max: 10 }; "maximaal 4 weken" → min 0, max 4; undefined for words it cannot read. */
export function parseDuration(text: string): Duration | undefined {
  const folded = text.trim().replace(/\s+/g, " ");
  const bound = AT_MOST.exec(folded);
  const rest = bound ? folded.slice(bound[0].length) : folded;
  const digits = rest.replace(NUMBER_WORD, (word) => String(NUMBER_WORDS[word.toLowerCase()]));
  const match = DURATION.exec(digits);
  if (!match) return undefined;
  const min = Number(match[1]);
  const max = match[2] === undefined ? min : Number(match[2]);
  if (max < min || max === 0) return undefined;
  return { unit: UNITS[match[3]!.toLowerCase()]!, min: bound ? 0 : min, max };
}

/**
 * The longest a phase may last: two years, in each unit. The routebooks' longest phase is
 * 10 weeks; a duration past this is a typo, and the calendar arithmetic would run off the
 * end of the calendar (a JavaScript date ends in the year 275760).
 */
export const MAX_DURATION: Readonly<Record<DurationUnit, number>> = { dagen: 730, weken: 104, maanden: 24 };

/** The maximum in words, for messages: "730 dagen, 104 weken of 24 maanden". */
export const MAX_DURATION_LABEL = `${MAX_DURATION.dagen} dagen, ${MAX_DURATION.weken} weken of ${MAX_DURATION.maanden} maanden`;

/** Whether a duration is longer than any phase may last (MAX_DURATION). */
export const tooLong = (duration: Duration): boolean => duration.max > MAX_DURATION[duration.unit];

/** A length of time in whole months, weeks and days, as a sum of durations. */
export interface Span {
  months: number;
  weeks: number;
  days: number;
}

const SINGULAR: Record<DurationUnit, string> = { dagen: "dag", weken: "week", maanden: "maand" };

/** "1 week", "14 weken", "1 maand, 2 weken en 3 dagen"; "0 dagen" for nothing. */
export function spanLabel(span: Span): string {
  const parts = (
    [
      [span.months, "maanden"],
      [span.weeks, "weken"],
      [span.days, "dagen"],
    ] as const
  )
    .filter(([count]) => count > 0)
    .map(([count, unit]) => `${count} ${count === 1 ? SINGULAR[unit] : unit}`);
  if (parts.length === 0) return "0 dagen";
  return parts.length === 1 ? parts[0]! : `${parts.slice(0, -1).join(", ")} en ${parts.at(-1)}`;
}

/** A number of days as weeks and days: 8 → "1 week en 1 dag". */
export const daysLabel = (days: number) => spanLabel({ months: 0, weeks: Math.floor(days / 7), days: days % 7 });
