/**
 * The site's own words, for "Bedoelde je …?": every word a search can find,
 * one per line, the words on most pages first. Built once per build and read
 * by the search page only when a query needs a suggestion.
 */
import { wordsOf } from "./compounds.ts";
import { QUERY_LIMITS } from "./query-bounds.ts";
import { withoutDiacritics } from "./terms.ts";

/** Shorter words are rarely typos worth correcting, and would crowd the list. */
const MIN_WORD = 3;

/** Whether a word goes in the list: not too short to correct, and no longer than a query word may be. */
const listed = (word: string) => word.length >= MIN_WORD && word.length <= QUERY_LIMITS.wordLength;

/**
 * The vocabulary file's text: each page's words counted once, most frequent first, ties in alphabetical order.
 * A word longer than a query word may be (a code, a URL's letters) could only be suggested for a query word the
 * page has already cut shorter, so it is left out.
 */
export function vocabularyText(pages: Iterable<string>): string {
  const pagesWith = new Map<string, number>();
  for (const page of pages) {
    for (const word of new Set(wordsOf(page))) if (listed(word)) pagesWith.set(word, (pagesWith.get(word) ?? 0) + 1);
  }
  return [...pagesWith]
    .sort(([a, countA], [b, countB]) => countB - countA || a.localeCompare(b, "nl"))
    .map(([word]) => word)
    .join("\n");
}

/** The vocabulary file read back: words without diacritics, most frequent first. */
export const parseVocabulary = (text: string): string[] => text.split("\n").filter(Boolean).map(withoutDiacritics);
