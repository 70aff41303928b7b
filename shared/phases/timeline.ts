// One module per function: the package's index loads all of date-fns, which the build would carry for nothing.
import { addDays } from "date-fns/addDays";
import { addMonths } from "date-fns/addMonths";
import { addWeeks } from "date-fns/addWeeks";
import { differenceInCalendarDays } from "date-fns/differenceInCalendarDays";
import { lightFormat } from "date-fns/lightFormat";
import { DUTCH_MONTHS } from "../dutch-months.ts";
import { type Duration, MAX_DURATION_LABEL, type Span, daysLabel, parseDuration, spanLabel, tooLong } from "./duration.ts";

/**
 * When each phase of a route ends at the latest, counted from a start date, and
 * how the phases together stand against the three-month norm. Pure, with no
 * Node import: the step page's script and the tests run the same code.
 *
 * Dates are calendar days ("2026-12-20"), never instants: each is held as a
 * local Date at noon and moved with date-fns' calendar arithmetic (addDays,
 * addWeeks, addMonths keep the local time of day), so a change to or from
 * summer time between two dates cannot shift a day.
 *
 * It ships to the browser, so it uses date-fns' light parts only: its
 * arithmetic, `lightFormat` and the `nl` locale's month names. `format` and
 * `parse` would bring every pattern and the English locale (some 10 kB).
 */

/** A calendar day as `YYYY-MM-DD`, the value of `<input type="date">`. */
export type CalendarDate = string;

/** A phase on the route, as a step names it. */
export interface RoutePhase {
  name: string;
  title?: string;
  /** The title is the editors' reading, not the source's. */
  editorialTitle?: boolean;
  /** The number is the editors': the source numbers steps, not phases. */
  editorialName?: boolean;
  /** The duration in the routebook's words, e.g. "2-10 weken"; absent or unreadable means unknown. */
  duration?: string;
  /** With what event the phase begins (the phase description's `startsWith`); absent when the content does not say. */
  startsWith?: string;
  /** `startsWith` is the editors' note, not the source's words. */
  editorialStartsWith?: boolean;
}

/** A run of text; `r` marks words of the editors (redactie), not of the source. */
export interface Run {
  t: string;
  r?: true;
}

/**
 * The one rule for the phases of a route, for the step page and the case note
 * alike: given the phases of the route's steps in the order it passed them
 * (undefined for a step without one), each phase once, where the route first
 * reached it, with the duration the route's last step in that phase names.
 * The last because that step is where the route stands in the phase.
 */
export function routePhases(steps: readonly (RoutePhase | undefined)[]): RoutePhase[] {
  const phases = new Map<string, RoutePhase>();
  for (const phase of steps) {
    if (!phase) continue;
    const known = phases.get(phase.name);
    if (!known) phases.set(phase.name, { ...phase });
    else if (phase.duration) known.duration = phase.duration;
  }
  return [...phases.values()];
}

/** The norm the phases are measured against. */
export interface Norm {
  months: number;
  /** The norm in words, e.g. "drie maanden". */
  label: string;
}

/**
 * No pupil should be at home longer than three months without a fitting offer:
 * the thuiszitterspact's aim, which West-Brabant's pact and 's-Hertogenbosch's
 * protocol name ("langer dan drie maanden thuis(zit) zonder passend aanbod").
 */
export const THREE_MONTH_NORM: Norm = { months: 3, label: "drie maanden" };

export interface PhaseOnTimeline extends RoutePhase {
  /** The duration as read; absent when unknown. */
  parsed?: Duration;
  /** The duration reads, but is longer than any phase may last (MAX_DURATION): the dates cannot be computed. */
  tooLong?: true;
  /** The day the phase starts: the start date, or the day the previous phase ends at the latest. Absent after a phase of unknown length. */
  starts?: CalendarDate;
  /** Start plus the longest duration; absent when not known. */
  latestEnd?: CalendarDate;
}

export interface Timeline {
  start: CalendarDate;
  phases: PhaseOnTimeline[];
  /** The phases' longest durations added up; absent when a phase's length is unknown. */
  total?: Span;
  /** The day all phases have ended at the latest. */
  latestEnd?: CalendarDate;
  /** Start plus the norm. */
  normEnd: CalendarDate;
  /** Days from the norm's end to `latestEnd`: positive when the phases take longer than the norm. */
  overNorm?: number;
}

/** "2026-12-20" → a local Date at noon of that day; undefined for anything that is not a day of the calendar. */
export function toDate(day: CalendarDate): Date | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) return undefined;
  const [year, month, date] = [Number(match[1]), Number(match[2]) - 1, Number(match[3])];
  const noon = new Date(year, month, date, 12);
  // new Date rolls 30 February over into March: such a day is not on the calendar.
  return noon.getFullYear() === year && noon.getMonth() === month && noon.getDate() === date ? noon : undefined;
}

const fromDate = (date: Date): CalendarDate => lightFormat(date, "yyyy-MM-dd");

/** The years a start date may fall in: a typo such as 9999 would run the phases past the calendar's end. */
export const START_YEARS = { first: 2000, last: 2099 } as const;

/** The start date a user typed or an address holds, when it is a day of the calendar within START_YEARS. */
export function startDate(value: string | null | undefined): CalendarDate | undefined {
  const date = value ? toDate(value) : undefined;
  return date && date.getFullYear() >= START_YEARS.first && date.getFullYear() <= START_YEARS.last ? value! : undefined;
}

/** "2026-12-07" → "7 december 2026". */
export function dutchDate(day: CalendarDate): string {
  const date = toDate(day);
  if (!date) throw new Error(`not a calendar date: ${day}`);
  return `${date.getDate()} ${DUTCH_MONTHS[date.getMonth()]} ${date.getFullYear()}`;
}

const add = (date: Date, unit: Duration["unit"], count: number) =>
  unit === "dagen" ? addDays(date, count) : unit === "weken" ? addWeeks(date, count) : addMonths(date, count);

/** The phases one after another from `start`, each taking its longest duration. */
export function phaseTimeline(start: CalendarDate, phases: readonly RoutePhase[], norm: Norm = THREE_MONTH_NORM): Timeline {
  const first = toDate(start);
  if (!first) throw new Error(`not a calendar date: ${start}`);
  let at: Date | undefined = first;
  const total: Span = { months: 0, weeks: 0, days: 0 };
  const placed = phases.map((phase): PhaseOnTimeline => {
    const read = phase.duration ? parseDuration(phase.duration) : undefined;
    // `check` refuses such a duration; a route in an old address may still carry one: the dates stop, never throw.
    const absurd = read !== undefined && tooLong(read);
    const parsed = absurd ? undefined : read;
    const starts = at;
    const ends = parsed && starts ? add(starts, parsed.unit, parsed.max) : undefined;
    at = ends && !Number.isNaN(ends.getTime()) ? ends : undefined;
    if (parsed) total[parsed.unit === "dagen" ? "days" : parsed.unit === "weken" ? "weeks" : "months"] += parsed.max;
    return {
      ...phase,
      ...(parsed ? { parsed } : {}),
      ...(absurd ? { tooLong: true as const } : {}),
      ...(starts ? { starts: fromDate(starts) } : {}),
      ...(at ? { latestEnd: fromDate(at) } : {}),
    };
  });
  const normEnd = addMonths(first, norm.months);
  const known = at !== undefined && phases.length > 0;
  const days = total.days % 7;
  return {
    start,
    phases: placed,
    ...(known
      ? {
          total: { months: total.months, weeks: total.weeks + Math.floor(total.days / 7), days },
          latestEnd: fromDate(at!),
          overNorm: differenceInCalendarDays(at!, normEnd),
        }
      : {}),
    normEnd: fromDate(normEnd),
  };
}

/** "fase 2", or "[fase 2]" when the number is the editors': for running text ("begin van fase 2"). */
export const phaseNumber = (phase: Pick<RoutePhase, "name" | "editorialName">, word = "fase"): string =>
  runsText(phaseNumberRuns(phase, word));

/** "fase 2" as a run, marked when the number is the editors'. */
export const phaseNumberRuns = (phase: Pick<RoutePhase, "name" | "editorialName">, word = "fase"): Run[] => [
  phase.editorialName ? { t: `${word} ${phase.name}`, r: true } : { t: `${word} ${phase.name}` },
];

/**
 * "Fase 3a: Verzuim stopt · looptijd 2-10 weken" as runs: the phase as the
 * source names it, the editors' words marked: a title ("Fase 2: [Signaleren]"),
 * a number ("[Fase 2]: Signaleren"), or both ("[Fase 2: Termijn van het OPP]").
 * Runs, never brackets read back from text: a source's title may hold [ ] itself.
 */
export function phaseNameRuns(phase: RoutePhase): Run[] {
  const runs: Run[] = [];
  const push = (t: string, r = false) => {
    const last = runs.at(-1);
    if (last && Boolean(last.r) === r) last.t += t;
    else runs.push(r ? { t, r: true } : { t });
  };
  const both = Boolean(phase.title && phase.editorialName && phase.editorialTitle);
  push(`Fase ${phase.name}`, Boolean(phase.editorialName));
  if (phase.title) {
    push(": ", both);
    push(phase.title, Boolean(phase.editorialTitle));
  }
  if (phase.duration) push(` · looptijd ${phase.duration}`);
  return runs;
}

/** Runs as plain text, the editors' words between [ ]: "[Fase 2]: Signaleren". */
export function runsText(runs: readonly Run[]): string {
  const merged: Run[] = [];
  for (const run of runs) {
    const last = merged.at(-1);
    if (last && Boolean(last.r) === Boolean(run.r)) last.t += run.t;
    else merged.push({ ...run });
  }
  // The white space at a run's ends stays outside its brackets: "[Fase 2]: Signaleren", "Na [fase 2] (…)".
  return merged.map(({ t, r }) => (r ? `${/^\s/.test(t) ? " " : ""}[${t.trim()}]${/\s$/.test(t) ? " " : ""}` : t)).join("");
}

/** "Fase 3a: Verzuim stopt · looptijd 2-10 weken", the editors' words between [ ]. */
export const phaseName = (phase: RoutePhase): string => runsText(phaseNameRuns(phase));

/** "Fase 3a: Verzuim stopt · looptijd 2-10 weken → uiterlijk 3 januari 2027", as runs. */
export function phaseEndRuns(phase: PhaseOnTimeline): Run[] {
  const end = phase.latestEnd ? ` → uiterlijk ${dutchDate(phase.latestEnd)}` : " → einddatum onbekend";
  return [...phaseNameRuns(phase), { t: end }];
}

/**
 * Where the route stands against the norm, in a sentence: "De fasen tot nu toe
 * duren samen uiterlijk 14 weken, tot 8 december 2026: 1 week langer dan de
 * ambitie van drie maanden (1 december 2026)."
 */
export function normSentence(timeline: Timeline, norm: Norm = THREE_MONTH_NORM): string {
  // West-Brabant's and 's-Hertogenbosch's sources call it an ambition ("ambitie", "streven"), not a rule.
  const normWords = `de ambitie van ${norm.label} (${dutchDate(timeline.normEnd)})`;
  const subject = timeline.phases.length === 1 ? "Deze fase duurt" : "De fasen tot nu toe duren samen";
  if (!timeline.total || timeline.overNorm === undefined || !timeline.latestEnd) {
    const long = timeline.phases.filter((phase) => phase.tooLong);
    if (long.length) {
      const named = long.map((phase) => `fase ${phase.name} (${phase.duration})`).join(", ");
      const reason = `is langer dan de tijdlijn rekent (hoogstens ${MAX_DURATION_LABEL})`;
      return `De looptijd van ${named} ${reason}, dus de einddatum is niet te berekenen; ${normWords}.`;
    }
    const unknown = timeline.phases.filter((phase) => !phase.parsed).map((phase) => phase.name);
    return `De looptijd van fase ${unknown.join(", ")} staat niet in het routeboek, dus de einddatum is niet te berekenen; ${normWords}.`;
  }
  const stand =
    timeline.overNorm > 0
      ? `${daysLabel(timeline.overNorm)} langer dan ${normWords}`
      : timeline.overNorm < 0
        ? `${daysLabel(-timeline.overNorm)} korter dan ${normWords}`
        : `precies ${normWords}`;
  return `${subject} uiterlijk ${spanLabel(timeline.total)}, tot ${dutchDate(timeline.latestEnd)}: ${stand}.`;
}
