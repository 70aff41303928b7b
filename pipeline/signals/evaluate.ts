import type { Signal } from "../schema/signals.ts";
import { isContextMeasure, type Measure } from "./measures.ts";

/** Whether a value lies within a threshold's bounds. */
export function applies(signal: Signal, value: number): boolean {
  if (signal.above !== undefined && !(value > signal.above)) return false;
  if (signal.atLeast !== undefined && !(value >= signal.atLeast)) return false;
  if (signal.atMost !== undefined && !(value <= signal.atMost)) return false;
  if (signal.below !== undefined && !(value < signal.below)) return false;
  return true;
}

/**
 * The signals that apply to what the coordinator entered; measures left empty
 * count for nothing, and the pupil's age alone is no signal: its thresholds
 * (who the conversation is with) come only beside an absence signal. Pure, and
 * the page's script runs the same rule.
 */
export function signalsFor(signals: readonly Signal[], values: Partial<Record<Measure, number>>): Signal[] {
  const found = signals.filter((signal) => {
    const value = values[signal.measure];
    return value !== undefined && Number.isFinite(value) && applies(signal, value);
  });
  return found.some((signal) => !isContextMeasure(signal.measure)) ? found : [];
}

/** The range in the source's words of bounds: "meer dan 16", "8 t/m 11", "minder dan 16". */
export function rangeLabel(signal: Signal): string {
  const lower = signal.above !== undefined ? `meer dan ${signal.above}` : signal.atLeast !== undefined ? `vanaf ${signal.atLeast}` : undefined;
  const upper = signal.atMost !== undefined ? `t/m ${signal.atMost}` : signal.below !== undefined ? `minder dan ${signal.below}` : undefined;
  if (signal.atLeast !== undefined && signal.atMost !== undefined) return `${signal.atLeast} t/m ${signal.atMost}`;
  return [lower, upper].filter(Boolean).join(", ");
}
