/**
 * What a typed query asks. Pagefind wants every word of a query on one page, so
 * a question ("wie organiseert het MDO") finds nothing when no page has "wie"
 * or "het": the query loses its function words. Runs in the browser; pure code.
 */
// The Dutch stop-word list of the `stopword` package (Damien van Holten's, as Snowball's): a kept list, not ours.
import { nld } from "stopword/src/stopwords_nld.js";
import { wordsOf } from "./compounds.ts";

const FUNCTION_WORDS: ReadonlySet<string> = new Set(nld);

/**
 * A word that finds fewer pages with an answer than this is searched by its other forms and compound parts too.
 * Not a whole screen of results (ten): a single word that finds four pages would then load the word list, and the
 * first query would pass its byte budget (docs/measurements/), for one query of the tuning sets.
 */
export const ENOUGH_RESULTS = 3;

export interface QueryWords {
  /** The query's tokens that carry content, as typed (numbers kept: "16 uur"). */
  content: string[];
  /** The function words left out, as typed; empty when the query has nothing but function words. */
  dropped: string[];
}

/** A token is a function word when its letters are one word of the list ("Wie?" is "wie"). */
export const isFunctionWord = (token: string) => {
  const letters = wordsOf(token);
  return letters.length === 1 && FUNCTION_WORDS.has(letters[0]!);
};

/** The query's content words, with its function words dropped when at least one content word remains. */
export function queryWords(query: string): QueryWords {
  const tokens = query.split(/\s+/).filter(Boolean);
  const content = tokens.filter((token) => !isFunctionWord(token));
  return content.length > 0 ? { content, dropped: tokens.filter(isFunctionWord) } : { content: tokens, dropped: [] };
}

/** Words in Dutch quotes as a list: “a”, “b” en “c”. */
export const quotedList = (words: readonly string[]): string =>
  words
    .map((word) => `“${word}”`)
    .join(", ")
    .replace(/, (“[^“]*”)$/, " en $1");
