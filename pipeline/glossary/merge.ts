import type { PlacedGlossaryEntry } from "./parse.ts";

/** Dutch alphabetical order, ignoring case, as a reader scans a glossary. */
export function compareTerms(a: string, b: string): number {
  return a.localeCompare(b, "nl", { sensitivity: "base" }) || a.localeCompare(b, "nl");
}

/**
 * One routebook's glossary: the shared entries plus its own, sorted by term.
 * A routebook entry replaces a shared entry with the same term, because a
 * region may use a common abbreviation with its own meaning.
 */
export function mergeGlossaries(shared: readonly PlacedGlossaryEntry[], own: readonly PlacedGlossaryEntry[]): PlacedGlossaryEntry[] {
  const byTerm = new Map<string, PlacedGlossaryEntry>();
  for (const placed of [...shared, ...own]) byTerm.set(placed.entry.term, placed);
  return [...byTerm.values()].sort((a, b) => compareTerms(a.entry.term, b.entry.term));
}
