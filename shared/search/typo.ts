/**
 * "Bedoelde je …?": a query word the site does not know is compared with the
 * site's vocabulary (vocabulary.ts). Runs in the browser; pure code.
 */
import { typingDistance, type Work } from "../edit-distance.ts";
import { wordsOf } from "./compounds.ts";
import { withoutDiacritics } from "./diacritics.ts";

/** How many edits a word of this length may be off: short words are too easily another word. */
const allowedEdits = (word: string) => (word.length <= 4 ? 0 : word.length <= 7 ? 1 : 2);

/** Whether search can find a word: the site has it, or a word that starts with it (Pagefind matches prefixes). */
const isKnown = (word: string, vocabulary: readonly string[]): boolean =>
  vocabulary.some((known) => known.startsWith(withoutDiacritics(word)));

/** How many letters two words share at the start. */
function sharedStart(a: string, b: string): number {
  let at = 0;
  while (at < a.length && a[at] === b[at]) at++;
  return at;
}

/**
 * The nearest site word within the allowed edits of `word`, if any. Between words as near, the one that shares the
 * longer start: Dutch inflects at the end, so "betaalt" means "betaald" rather than "bepaalt"; then the most frequent.
 */
export function closestWord(word: string, vocabulary: readonly string[], work?: Work): string | undefined {
  const wanted = withoutDiacritics(word);
  let best: string | undefined;
  let bestDistance = allowedEdits(wanted);
  let bestShared = -1;
  for (const known of vocabulary) {
    if (Math.abs(known.length - wanted.length) > bestDistance) continue;
    const distance = typingDistance(wanted, known, bestDistance, work);
    if (distance > bestDistance) continue;
    const shared = sharedStart(wanted, known);
    if (best !== undefined && distance === bestDistance && shared <= bestShared) continue;
    [best, bestDistance, bestShared] = [known, distance, shared];
  }
  return best;
}

export interface QueryCheck {
  /** Query words the site does not have at all. */
  unknown: string[];
  /** The query with each unknown word replaced by its closest site word; absent when there is nothing to suggest. */
  suggestion?: string;
}

/**
 * Query words that none of the found pages has (as a word or a word's start).
 * Pagefind answers an unknown word with pages that merely share its stem or a
 * few letters, and drops it from a longer query; such words get a suggestion.
 */
export function unmatchedWords(query: string, foundTexts: readonly string[]): string[] {
  const found = new Set(foundTexts.flatMap((text) => wordsOf(withoutDiacritics(text))));
  return wordsOf(withoutDiacritics(query)).filter((word) => ![...found].some((foundWord) => foundWord.startsWith(word)));
}

/** Which of the `suspect` query words the site lacks, and what the query would be with likely typos corrected. */
export function checkQuery(
  query: string,
  vocabulary: readonly string[],
  suspects: readonly string[] = wordsOf(withoutDiacritics(query)),
  work?: Work,
): QueryCheck {
  const words = wordsOf(withoutDiacritics(query));
  const suspect = new Set(suspects);
  const unknown = words.filter((word) => suspect.has(word) && !isKnown(word, vocabulary));
  if (unknown.length === 0) return { unknown };
  let corrected = false;
  const suggested = words.map((word) => {
    if (!unknown.includes(word)) return word;
    const closest = closestWord(word, vocabulary, work);
    if (closest) corrected = true;
    return closest ?? word;
  });
  return corrected ? { unknown, suggestion: suggested.join(" ") } : { unknown };
}

/**
 * The cells of edit distance the suggestion step fills for a query: with the
 * query bounded (query-bounds.ts), at most words × site words × (2·2+1) × word length.
 */
export function suggestionWork(query: string, vocabulary: readonly string[]): number {
  const work = { cells: 0 };
  checkQuery(query, vocabulary, undefined, work);
  return work.cells;
}
