/**
 * The build check that the bands of one measure leave no gap the data does not
 * declare. The source's bands of one passage ("Bijlage 1", counted in dagdelen
 * and, by the data's conversion, in dagen) form a ladder from its lowest bound
 * up; any value on it that no band and no declared gap or contradiction covers
 * would get "niet bereikt" on the page, so the build refuses it. Pure.
 */
import type { Problem } from "../problems/problems.ts";
import type { Place } from "../schema/place.ts";
import { dutchNumber, type Range, rangeLabel } from "../../shared/signals/evaluate.ts";
import { type Measure, measureInfo } from "../../shared/signals/measures.ts";

/** A range from the file, with the passage it comes from and its place. */
export interface PlacedRange extends Range {
  id: string;
  source?: string;
  place: Place;
}

interface Interval {
  lo: number;
  loIn: boolean;
  hi: number;
  hiIn: boolean;
  from?: PlacedRange;
}

/** A range as an interval in its canonical unit; a whole measure as the reals around its integers, so 7 and 8 touch. */
function toInterval(range: Range, scale: number, whole: boolean): Interval {
  const lo = range.above ?? range.atLeast ?? 0;
  const hi = range.atMost ?? range.below ?? Number.POSITIVE_INFINITY;
  const interval = {
    lo: lo * scale,
    loIn: range.above === undefined,
    hi: hi * scale,
    hiIn: range.below === undefined && hi !== Number.POSITIVE_INFINITY,
  };
  if (!whole) return interval;
  const first = interval.loIn ? Math.ceil(interval.lo) : Math.floor(interval.lo) + 1;
  const last = interval.hiIn ? Math.floor(interval.hi) : Math.ceil(interval.hi) - 1;
  return { lo: first - 0.5, loIn: true, hi: last + 0.5, hiIn: true };
}

/** The parts of [start, ∞) that none of the intervals covers. */
function holes(intervals: Interval[], start: { at: number; covered: boolean }): (Interval & { after?: PlacedRange })[] {
  const found: (Interval & { after?: PlacedRange })[] = [];
  const sorted = [...intervals].sort((a, b) => a.lo - b.lo || Number(b.loIn) - Number(a.loIn));
  let at = start.at;
  let covered = start.covered;
  let after: PlacedRange | undefined;
  for (const interval of sorted) {
    if (interval.hi < at || (interval.hi === at && !interval.hiIn)) continue;
    const gapBefore = interval.lo > at || (interval.lo === at && !covered && !interval.loIn);
    if (gapBefore) found.push({ lo: at, loIn: !covered, hi: interval.lo, hiIn: !interval.loIn, after });
    if (interval.hi > at) {
      at = interval.hi;
      covered = interval.hiIn;
    } else covered ||= interval.hiIn;
    after = interval.from ?? after;
  }
  if (at !== Number.POSITIVE_INFINITY) found.push({ lo: at, loIn: !covered, hi: Number.POSITIVE_INFINITY, hiIn: false, after });
  return found;
}

/** A hole in words, in the canonical measure's unit. */
function holeLabel(hole: Interval, whole: boolean, unit: string): string {
  if (whole) {
    const first = hole.lo + 0.5;
    const last = hole.hi - 0.5;
    const n = dutchNumber;
    if (last === Number.POSITIVE_INFINITY) return `vanaf ${n(first)} ${unit}`;
    return `${first === last ? `precies ${n(first)}` : `${n(first)} t/m ${n(last)}`} ${unit}`;
  }
  const range = {
    ...(hole.loIn ? { atLeast: hole.lo } : { above: hole.lo }),
    ...(hole.hi === Number.POSITIVE_INFINITY ? {} : hole.hiIn ? { atMost: hole.hi } : { below: hole.hi }),
  };
  return `${rangeLabel(range)} ${unit}`;
}

/**
 * Problems for every value between the bands of one passage that neither a band
 * nor a declared gap or contradiction covers; each names the band below it.
 */
export function uncoveredProblems(
  file: string,
  signals: readonly PlacedRange[],
  unclear: readonly PlacedRange[],
  conversions: readonly { from: Measure; to: Measure; factor?: number }[],
): Problem[] {
  const canonical = (measure: Measure): { measure: Measure; scale: number } => {
    const rule = conversions.find((conversion) => conversion.from === measure && conversion.factor !== undefined);
    return rule ? { measure: rule.to, scale: rule.factor! } : { measure, scale: 1 };
  };
  const ladders = new Map<string, PlacedRange[]>();
  for (const signal of signals) {
    const key = `${canonical(signal.measure).measure}\u0000${signal.source ?? ""}`;
    ladders.set(key, [...(ladders.get(key) ?? []), signal]);
  }
  const problems: Problem[] = [];
  for (const [key, bands] of ladders) {
    const measure = key.split("\u0000")[0] as Measure;
    const { whole, unit } = measureInfo(measure);
    const isWhole = whole === true && bands.every((band) => canonical(band.measure).scale === 1);
    const interval = (range: PlacedRange) => {
      const { scale } = canonical(range.measure);
      return { ...toInterval(range, scale, isWhole), from: range };
    };
    const own = bands.map(interval);
    const declared = unclear.filter((range) => canonical(range.measure).measure === measure).map(interval);
    const lowest = [...own].sort((a, b) => a.lo - b.lo || Number(b.loIn) - Number(a.loIn))[0]!;
    for (const hole of holes([...own, ...declared.map(({ from: _, ...rest }) => rest)], {
      at: lowest.lo,
      covered: !lowest.loIn,
    })) {
      const next = hole.after ?? lowest.from!;
      problems.push({
        file,
        ...next.place,
        message:
          `the thresholds of "${measure}" from "${next.source}" leave ${holeLabel(hole, isWhole, unit)} uncovered: ` +
          `the page would answer "niet bereikt" there`,
        hint:
          "close the bands where the source does (`below: 16` beside `atLeast: 16`), " +
          "or declare the range under `gaps:` or `contradictions:` with the editors' note",
      });
    }
  }
  return problems;
}
