/**
 * The signal check's rule, pure and free of Node and zod: the page's script
 * runs the very code the tests check.
 */
import type { Measure } from "./measures.ts";
import { isContextMeasure } from "./measures.ts";

/** A range of one measure; each bound says whether the source includes its number (see the schema). */
export interface Range {
  measure: Measure;
  above?: number;
  atLeast?: number;
  atMost?: number;
  below?: number;
}

/** What the page needs of `signalen.yml` to answer: ranges and ids, no words. */
export interface SignalRules {
  signals: readonly (Range & { id: string })[];
  /** Gaps and contradictions: where the source gives no one answer. */
  unclear: readonly (Range & { id: string })[];
  conversions: readonly { from: Measure; to: Measure; factor?: number }[];
  questions: readonly { id: string; measures?: readonly Measure[] }[];
}

/**
 * The three answers, "nothing entered yet", and "the amounts entered disagree".
 * "unclear" wins over the others: where the source leaves a value open, that is
 * the first thing to say, even when another measure reaches a threshold.
 * "conflict" comes where nothing else is reached: with two amounts dropped, the
 * page cannot say that no threshold is reached.
 */
export type AnswerKind = "empty" | "none" | "reached" | "unclear" | "conflict";

/** A value that follows from another by the editors' conversion rule. */
export interface Converted {
  /** The measure entered. */
  from: Measure;
  /** The value it counts as, rounded as the rule computes it. */
  value: number;
}

export interface Answer {
  kind: AnswerKind;
  /** Ids of the thresholds reached, in file order. */
  signals: string[];
  /** Ids of the gaps and contradictions the values fall in. */
  unclear: string[];
  /** Ids of the questions to show with the answer. */
  questions: string[];
  /** Ids of the thresholds, gaps and contradictions reached only through a converted value. */
  byRule: string[];
  /** Measures whose value was converted from another unit, with the value it counts as. */
  converted: Partial<Record<Measure, Converted>>;
  /** Measures entered twice in different units with amounts that differ by the conversion rule. */
  conflicts: Measure[];
}

/** Whether a value lies within a range's bounds. */
export function applies(range: Range, value: number): boolean {
  if (range.above !== undefined && !(value > range.above)) return false;
  if (range.atLeast !== undefined && !(value >= range.atLeast)) return false;
  if (range.atMost !== undefined && !(value <= range.atMost)) return false;
  if (range.below !== undefined && !(value < range.below)) return false;
  return true;
}

/** Floating point would make 3 × 0.5 differ from 1.5 in the last digit; amounts here have few decimals. */
const round = (value: number) => Math.round(value * 1e9) / 1e9;

/**
 * The values entered, plus those that follow by a conversion the data states:
 * 3 dagdelen also count as 1,5 dag. A value entered in both units wins over a
 * converted one; where the two differ, neither is used and both are named as a conflict.
 */
export function convertValues(
  entered: Partial<Record<Measure, number>>,
  conversions: SignalRules["conversions"],
): { values: Partial<Record<Measure, number>>; converted: Answer["converted"]; conflicts: Measure[] } {
  const values = { ...entered };
  const converted: Answer["converted"] = {};
  const conflicts: Measure[] = [];
  for (const { from, to, factor } of conversions) {
    if (factor === undefined) continue;
    const a = entered[from];
    const b = entered[to];
    if (a !== undefined && b !== undefined) {
      // Two amounts for one truancy that disagree: neither is used, the page asks for one.
      if (round(a * factor) !== round(b)) {
        conflicts.push(from, to);
        delete values[from];
        delete values[to];
      }
    } else if (a !== undefined) {
      values[to] = round(a * factor);
      converted[to] = { from, value: values[to] };
    } else if (b !== undefined) {
      values[from] = round(b / factor);
      converted[from] = { from: to, value: values[from] };
    }
  }
  return { values, converted, conflicts };
}

/** The answer to what the coordinator entered: measures left empty count for nothing. */
export function evaluate(rules: SignalRules, entered: Partial<Record<Measure, number>>): Answer {
  const { values, converted, conflicts } = convertValues(entered, rules.conversions);
  const hits = (range: Range) => {
    const value = values[range.measure];
    return value !== undefined && Number.isFinite(value) && applies(range, value);
  };
  const unclear = rules.unclear.filter(hits).map((range) => range.id);
  const found = rules.signals.filter(hits);
  // The pupil's age alone is no signal: its thresholds (who the conversation is with) come only beside one.
  const absence = found.some((signal) => !isContextMeasure(signal.measure)) || unclear.length > 0;
  const signals = absence ? found.map((signal) => signal.id) : [];
  const entries = Object.keys(values) as Measure[];
  const kind: AnswerKind =
    Object.keys(entered).length === 0
      ? "empty"
      : unclear.length
        ? "unclear"
        : signals.length
          ? "reached"
          : conflicts.length
            ? "conflict"
            : "none";
  const measureOf = new Map([...rules.signals, ...rules.unclear].map((range) => [range.id, range.measure]));
  const byRule = [...unclear, ...signals].filter((id) => converted[measureOf.get(id)!] !== undefined);
  const questions =
    kind === "empty"
      ? []
      : rules.questions
          .filter((question) => !question.measures || question.measures.some((measure) => entries.includes(measure)))
          .map((question) => question.id);
  return { kind, signals, unclear, questions, byRule, converted, conflicts };
}

/** A number as Dutch writes it: 1,5 rather than 1.5. */
export const dutchNumber = (value: number): string => String(round(value)).replace(".", ",");

/** A range in words: "meer dan 16", "8 t/m 11", "precies 16", "vanaf 1, minder dan 1,5". */
export function rangeLabel(range: Omit<Range, "measure">): string {
  const n = dutchNumber;
  if (range.atLeast !== undefined && range.atMost !== undefined) {
    return range.atLeast === range.atMost ? `precies ${n(range.atLeast)}` : `${n(range.atLeast)} t/m ${n(range.atMost)}`;
  }
  const lower =
    range.above !== undefined ? `meer dan ${n(range.above)}` : range.atLeast !== undefined ? `vanaf ${n(range.atLeast)}` : undefined;
  const upper =
    range.atMost !== undefined ? `t/m ${n(range.atMost)}` : range.below !== undefined ? `minder dan ${n(range.below)}` : undefined;
  return [lower, upper].filter(Boolean).join(", ");
}
