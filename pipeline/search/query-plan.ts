/**
 * What a typed query asks, before and around Pagefind. Pagefind wants every
 * word of a query on one page, so a question ("wie organiseert het MDO") finds
 * nothing when a page lacks "wie" or "het". Here the query loses its function
 * words, and when its content words together find too little, each word is
 * searched alone and the pages are merged by how much of the query they hold.
 * Runs in the browser; pure code.
 */
// The Dutch stop-word list of the `stopword` package (Damien van Holten's list, as Snowball's): a kept source, not ours.
import { nld } from "stopword/src/stopwords_nld.js";
import { type Lexicon, splitCompound, wordsOf } from "./compounds.ts";
import { withoutDiacritics } from "./terms.ts";

const FUNCTION_WORDS: ReadonlySet<string> = new Set(nld);

/** Fewer results than this for all words together, and the words are searched one by one as well. */
export const ENOUGH_RESULTS = 3;

export interface QueryWords {
  /** The query's tokens that carry content, as typed (numbers kept: "16 uur"). */
  content: string[];
  /** The function words left out, as typed; empty when the query has nothing but function words. */
  dropped: string[];
}

/** A token is a function word when its letters are one word of the list ("Wie?" is "wie"). */
const isFunctionWord = (token: string) => {
  const letters = wordsOf(token);
  return letters.length === 1 && FUNCTION_WORDS.has(letters[0]!);
};

/** The query's content words, with its function words dropped when at least one content word remains. */
export function queryWords(query: string): QueryWords {
  const tokens = query.split(/\s+/).filter(Boolean);
  const content = tokens.filter((token) => !isFunctionWord(token));
  return content.length > 0 ? { content, dropped: tokens.filter(isFunctionWord) } : { content: tokens, dropped: [] };
}

/** The site's own words as a lexicon: a query's compound splits only into parts that search can find. */
export const vocabularyLexicon = (vocabulary: readonly string[]): Lexicon => {
  const words = new Set(vocabulary);
  return { has: (word) => words.has(word) };
};

/** The parts a query word is searched by when it finds nothing whole: "doorbraakoverleg" → "doorbraak overleg". */
export function compoundQuery(word: string, lexicon: Lexicon): string | undefined {
  const [tail, head] = splitCompound(withoutDiacritics(word.toLowerCase()), lexicon);
  return tail && head ? `${head} ${tail}` : undefined;
}

/** One word's search: the pages that have it (Pagefind's ids and scores). */
export interface WordHits {
  word: string;
  hits: readonly { id: string; score: number }[];
}

export interface Merged {
  id: string;
  /** The query words the page has. */
  words: string[];
  /** How much of the query the page holds: the sum of its words' weights. */
  coverage: number;
  /** Pagefind's scores added up: the order among pages of equal coverage. */
  score: number;
}

/**
 * The pages of the single-word searches in one list, the page with the most of
 * the query first. A word counts by its inverse document frequency among the
 * pages found (log(1 + pages / pages with the word)), as in ranking by BM25:
 * a page with the rare word "vrijstelling" comes before one with the common
 * word "kind", and a page with both before either.
 */
export function mergeByCoverage(searches: readonly WordHits[]): Merged[] {
  const pages = new Map<string, Merged>();
  for (const { word, hits } of searches) {
    for (const { id, score } of hits) {
      const page = pages.get(id) ?? { id, words: [], coverage: 0, score: 0 };
      if (!page.words.includes(word)) page.words.push(word);
      page.score += score;
      pages.set(id, page);
    }
  }
  const weight = new Map(searches.map(({ word, hits }) => [word, hits.length ? Math.log(1 + pages.size / hits.length) : 0]));
  for (const page of pages.values()) page.coverage = page.words.reduce((sum, word) => sum + weight.get(word)!, 0);
  return [...pages.values()].sort((a, b) => b.coverage - a.coverage || b.score - a.score);
}
