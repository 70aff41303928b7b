import { parseYamlWithPlaces } from "../markdown/yaml.ts";
import type { Problem } from "../problems/problems.ts";
import type { Place } from "../schema/place.ts";
import { parseWithProblems } from "../schema/friendly.ts";
import { type Signal, type SignalsFile, SignalsFileSchema } from "../schema/signals.ts";
import { uncoveredProblems } from "./coverage.ts";

/** The file name of a routebook's thresholds. */

/**
 * Something in the file with a link (a threshold, a gap's quoted side, a
 * question's quote), and its line, so the link check can point at it and fill in `target`.
 */
export interface PlacedLink {
  linked: { link?: string };
  line: number;
  column: number;
}

/** A threshold with the line it stands on. */
export interface PlacedSignal {
  signal: Signal;
  line: number;
  column: number;
}

export interface ReadSignals {
  signals: PlacedSignal[];
  /** Everything else in the file: gaps, contradictions, conversions and questions. */
  edges: Omit<SignalsFile, "signals">;
  /** Every threshold and quote with a link, for the link check. */
  links: PlacedLink[];
  problems: Problem[];
}

/** The one value for "no gaps, contradictions, conversions or questions": a routebook without `signalen.yml`. */
export const EMPTY_SIGNAL_EDGES: Omit<SignalsFile, "signals"> = Object.freeze({
  gaps: [],
  contradictions: [],
  conversions: [],
  questions: [],
});

/** Whether a routebook has an "Is dit zorgwekkend verzuim?" page: only when its sources give thresholds. */
export const hasSignalsPage = (routebook: { signals: readonly unknown[] }): boolean => routebook.signals.length > 0;

/**
 * Reads `signalen.yml`: every problem names file:line:column. Beyond the
 * schema: an id used twice, a side that names no threshold, and a value between
 * the bands of one passage that no band and no declared gap covers. Pure.
 */
export function parseSignals(text: string, file: string): ReadSignals {
  const yaml = parseYamlWithPlaces(text, file, "the thresholds file");
  const none = (problems: Problem[]): ReadSignals => ({ signals: [], edges: EMPTY_SIGNAL_EDGES, links: [], problems });
  if (yaml.problems.length) return none(yaml.problems);
  // An empty file holds no thresholds yet.
  if (yaml.data === null || yaml.data === undefined) return none([]);
  if (Array.isArray(yaml.data)) {
    return none([
      {
        file,
        line: 1,
        column: 1,
        message:
          "the thresholds file is a list; it now holds `signals:` and, where the source leaves ranges open, " +
          "`gaps:` and `contradictions:`",
        hint: "indent the list under `signals:` (see docs/content-format.md and schemas/signalen.schema.json)",
      },
    ]);
  }
  const { data, problems } = parseWithProblems(SignalsFileSchema, yaml.data, file, yaml.placeOf);
  if (!data) return none(problems);
  const at = (path: PropertyKey[]) => yaml.placeOf(path);
  const signals = data.signals.map((signal, index) => ({ signal, ...at(["signals", index]) }));
  const unclearLists = [
    ["gaps", data.gaps],
    ["contradictions", data.contradictions],
  ] as const;
  const seen = new Map<string, number>();
  const named: [string, number, PropertyKey[]][] = [
    ...data.signals.map((signal, index): [string, number, PropertyKey[]] => [signal.id, index, ["signals", index]]),
    ...unclearLists.flatMap(([key, list]) => list.map((range, index): [string, number, PropertyKey[]] => [range.id, index, [key, index]])),
    ...data.questions.map((question, index): [string, number, PropertyKey[]] => [question.id, index, ["questions", index]]),
  ];
  for (const [id, , path] of named) {
    const first = seen.get(id);
    const place = at([...path, "id"]);
    if (first !== undefined) {
      problems.push({
        file,
        ...place,
        message: `the id "${id}" is used twice (first at line ${first})`,
        hint: "give each threshold, gap, contradiction and question its own id",
      });
    } else seen.set(id, place.line);
  }
  const signalIds = new Set(data.signals.map((signal) => signal.id));
  const links: PlacedLink[] = signals.map(({ signal, line, column }) => ({ linked: signal, line, column }));
  for (const [key, list] of unclearLists) {
    for (const [index, range] of list.entries()) {
      for (const [sideIndex, side] of range.sides.entries()) {
        if (typeof side !== "string") links.push({ linked: side, ...at([key, index, "sides", sideIndex]) });
        else if (!signalIds.has(side)) {
          problems.push({
            file,
            ...at([key, index, "sides", sideIndex]),
            message: `"${side}" names no threshold in this file`,
            hint: `use the id of a threshold under \`signals:\`, or quote the source: \`{ words, source }\``,
          });
        }
      }
    }
  }
  for (const [index, question] of data.questions.entries()) {
    for (const [quoteIndex, quote] of question.says.entries())
      links.push({ linked: quote, ...at(["questions", index, "says", quoteIndex]) });
  }
  problems.push(...fieldlessProblems(file, data, at));
  const placed = <T extends { measure: Signal["measure"] }>(key: string, list: readonly T[]) =>
    list.map((range, index) => ({ ...range, place: at([key, index]) }));
  problems.push(
    ...uncoveredProblems(
      file,
      placed("signals", data.signals),
      [...placed("gaps", data.gaps), ...placed("contradictions", data.contradictions)],
      data.conversions,
    ),
  );
  const { signals: _, ...edges } = data;
  return { signals, edges, links, problems };
}

/**
 * The page has a field for each measure of a threshold, and counts a value
 * converted from one by a factor: a gap, contradiction or question about any
 * other measure could never be answered, so the build refuses it.
 */
function fieldlessProblems(file: string, data: SignalsFile, at: (path: PropertyKey[]) => Place): Problem[] {
  const fields = new Set(data.signals.map((signal) => signal.measure));
  const reached = new Set(fields);
  for (const { from, to, factor } of data.conversions) {
    if (factor === undefined) continue;
    if (fields.has(from)) reached.add(to);
    if (fields.has(to)) reached.add(from);
  }
  const problem = (path: PropertyKey[], what: string, measure: string): Problem => ({
    file,
    ...at(path),
    message: `${what} "${measure}", which has no field on the page: no threshold under \`signals:\` measures it`,
    hint: "use the measure of a threshold under `signals:`, or add the source's threshold of this measure",
  });
  const kinds = [
    ["gaps", "gap"],
    ["contradictions", "contradiction"],
  ] as const;
  return [
    ...kinds.flatMap(([key, kind]) =>
      data[key].flatMap((range, index) =>
        reached.has(range.measure) ? [] : [problem([key, index, "measure"], `the ${kind} "${range.id}" is about`, range.measure)],
      ),
    ),
    ...data.questions.flatMap((question, index) =>
      (question.measures ?? []).flatMap((measure, measureIndex) =>
        reached.has(measure)
          ? []
          : [problem(["questions", index, "measures", measureIndex], `the question "${question.id}" names`, measure)],
      ),
    ),
  ];
}
