import { parseYamlWithPlaces } from "../markdown/yaml.ts";
import type { Problem } from "../problems.ts";
import { parseWithProblems } from "../schema/friendly.ts";
import { SignalsFileSchema, type Signal } from "../schema/signals.ts";

/** The file name of a routebook's thresholds. */
export const SIGNALS_FILE = "signalen.yml";

/** A threshold with the line it stands on, so a link check can point at it. */
export interface PlacedSignal {
  signal: Signal;
  line: number;
  column: number;
}

/** Reads `signalen.yml`: every problem names file:line:column; an id used twice is one. Pure. */
export function parseSignals(text: string, file: string): { signals: PlacedSignal[]; problems: Problem[] } {
  const yaml = parseYamlWithPlaces(text, file, "the thresholds file");
  if (yaml.problems.length) return { signals: [], problems: yaml.problems };
  const { data, problems } = parseWithProblems(SignalsFileSchema, yaml.data ?? [], file, yaml.placeOf);
  if (!data) return { signals: [], problems };
  const seen = new Map<string, number>();
  const signals = data.map((signal, index) => ({ signal, ...yaml.placeOf([index]) }));
  for (const [index, { signal, line }] of signals.entries()) {
    const first = seen.get(signal.id);
    if (first !== undefined) {
      problems.push({ file, ...yaml.placeOf([index, "id"]), message: `the threshold id "${signal.id}" is used twice (first at line ${first})`, hint: "give each threshold its own id" });
    }
    seen.set(signal.id, line);
  }
  return { signals, problems };
}
