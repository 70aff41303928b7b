import type { Problem } from "../problems/problems.ts";
import type { GlossaryEntry } from "../../shared/schema/glossary.ts";
import { scanAbbreviations, type AbbreviationUse } from "./abbreviations.ts";

/**
 * Warnings for abbreviations that no glossary explains: one per term per file,
 * at its first place, so a term used fifty times is one line to act on.
 *
 * A term counts as explained when it is a glossary term or an abbreviation inside
 * one: an entry "IB-er" explains "IB", which the scanner reads out of "IB-er".
 * `glossaryFiles` are the files the hint suggests, e.g. the shared and the routebook's own.
 */
export function checkGlossary(
  uses: readonly AbbreviationUse[],
  glossary: readonly GlossaryEntry[],
  glossaryFiles: readonly string[],
): Problem[] {
  const known = new Set(glossary.flatMap(({ term }) => [term, ...scanAbbreviations(term).map((found) => found.term)]));
  const first = new Map<string, AbbreviationUse>();
  for (const use of uses) {
    if (known.has(use.term)) continue;
    const key = `${use.file}\u0000${use.term}`;
    const earlier = first.get(key);
    if (!earlier || comparePlaces(use, earlier) < 0) first.set(key, use);
  }
  return [...first.values()].map(({ term, file, line, column, page }) => ({
    file,
    ...(line !== undefined && { line, column }),
    ...(page !== undefined && { page }),
    message: `the abbreviation "${term}" is not in any glossary`,
    hint: `add it to ${glossaryFiles.join(" or ")}`,
  }));
}

function comparePlaces(a: AbbreviationUse, b: AbbreviationUse): number {
  return (a.page ?? 0) - (b.page ?? 0) || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0);
}
