import type { Problem } from "../problems/problems.ts";
import { parseWithProblems } from "../schema/friendly.ts";
import { GlossaryEntrySchema, GlossaryFileSchema, type GlossaryEntry } from "../../shared/schema/glossary.ts";
import { parseYamlWithPlaces } from "../markdown/yaml.ts";

/** A glossary entry with the file and place it was read from, so later checks can point at it. */
export interface PlacedGlossaryEntry {
  entry: GlossaryEntry;
  file: string;
  line: number;
  column: number;
}

export interface ParsedGlossary {
  /** The valid entries, in file order; an invalid entry is left out and reported. */
  entries: PlacedGlossaryEntry[];
  problems: Problem[];
}

/**
 * Reads one glossary file's YAML text. Every problem names file:line:column:
 * YAML syntax, entries that break the schema and a term defined twice.
 */
export function parseGlossary(source: string, file: string): ParsedGlossary {
  const yaml = parseYamlWithPlaces(source, file, "the glossary");
  if (yaml.problems.length) return { entries: [], problems: yaml.problems };
  const { placeOf } = yaml;
  // An empty file is an empty glossary, not an error: a routebook may start one before it has entries.
  const data: unknown = yaml.data ?? [];
  const { problems } = parseWithProblems(GlossaryFileSchema, data, file, placeOf);
  if (!Array.isArray(data)) {
    return {
      entries: [],
      problems: problems.map((problem) => ({ ...problem, hint: "write a list of entries, each starting with `- term:`" })),
    };
  }

  // Each entry is checked on its own, so one bad entry does not hide the good ones from the abbreviation check.
  const entries: PlacedGlossaryEntry[] = [];
  const firstLineOf = new Map<string, number>();
  data.forEach((item, index) => {
    const parsed = GlossaryEntrySchema.safeParse(item);
    if (!parsed.success) return;
    const place = placeOf([index]);
    const earlier = firstLineOf.get(parsed.data.term);
    if (earlier !== undefined) {
      problems.push({
        file,
        ...placeOf([index, "term"]),
        message: `the term "${parsed.data.term}" is already in this glossary at line ${earlier}`,
        hint: "keep one entry per term: remove this one or merge the two meanings",
      });
      return;
    }
    firstLineOf.set(parsed.data.term, place.line);
    entries.push({ entry: parsed.data, file, ...place });
  });
  return { entries, problems };
}
