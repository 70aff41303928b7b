/**
 * What a typed query asks, before and around Pagefind. Pagefind wants every
 * word of a query on one page, so a question ("wie organiseert het MDO") finds
 * nothing when a page lacks "wie" or "het". Here the query loses its function
 * words, and when its content words together find too little, each word is
 * searched alone and the pages are merged by how much of the query they hold.
 * Runs in the browser; pure code.
 */
// The Dutch stop-word list of the `stopword` package (Damien van Holten's, as Snowball's): a kept list, not ours.
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

/** Pagefind's answer to one search: the pages found, by id, with their scores. */
export type Hits = readonly { id: string; score: number }[];

/** One query word's pages: those with the word itself, and those with only its compound's parts. */
export interface WordHits {
  word: string;
  hits: Hits;
  partHits?: Hits;
}

export interface Merged {
  id: string;
  /** The query words the page has, itself or in parts. */
  words: string[];
  /** How well the page answers the query as a whole: the sum of its words' scores. */
  coverage: number;
}

/** A page that has only a compound's parts ("doorbraak", "overleg") matches it less than one with the compound. */
const PARTS_MATCH = 0.5;

/**
 * The pages of the single-word searches in one list, best first. Pagefind
 * scores each word by BM25 (how rare the word is on the site, how often and
 * where the page has it); BM25 scores a query of several words as the sum of
 * its words' scores, so a page gets the sum over the query words it has: a page
 * with the rare word "vrijstelling" in its title comes before one with the
 * common word "kind", and a page with both before either.
 */
export function mergeByCoverage(searches: readonly WordHits[]): Merged[] {
  const pages = new Map<string, Merged & { best: Map<string, number> }>();
  for (const { word, hits, partHits = [] } of searches) {
    // The compound itself overrides its parts on a page that has both: its full score replaces the parts' half.
    for (const [list, strength] of [[partHits, PARTS_MATCH], [hits, 1]] as const) {
      for (const { id, score } of list) {
        const page = pages.get(id) ?? { id, words: [] as string[], coverage: 0, best: new Map<string, number>() };
        if (!page.words.includes(word)) page.words.push(word);
        page.best.set(word, Math.max(page.best.get(word) ?? 0, score * strength));
        pages.set(id, page);
      }
    }
  }
  const merged = [...pages.values()].map(({ id, words, best }) => ({
    id,
    words,
    coverage: [...best.values()].reduce((sum, score) => sum + score, 0),
  }));
  return merged.sort((a, b) => b.coverage - a.coverage || b.words.length - a.words.length);
}

/** Words in Dutch quotes as a list: “a”, “b” en “c”. */
export const quotedList = (words: readonly string[]): string =>
  words.map((word) => `“${word}”`).join(", ").replace(/, (“[^“]*”)$/, " en $1");

/**
 * What the page says above merged results: the compounds searched by their parts, the words no page has, and that
 * the list holds pages with only part of the query, given how many pages (`together`) had all its words together.
 */
export function mergedNotice(
  searches: readonly WordHits[],
  parts: ReadonlyMap<string, string>,
  together: number,
): string {
  const missing = searches
    .filter(({ hits, partHits = [] }) => hits.length + partHits.length === 0)
    .map(({ word }) => word);
  const split = [...parts].map(([word, query]) => `“${word}” ook als “${query}”`);
  const several = searches.length > 1;
  return [
    split.length ? `Gezocht op ${split.join(", ")}.` : "",
    missing.length === 1 ? `Geen pagina heeft het woord ${quotedList(missing)}.` : "",
    missing.length > 1 ? `Geen pagina heeft de woorden ${quotedList(missing)}.` : "",
    several && together === 0 ? "Geen pagina heeft alle woorden samen: hieronder de pagina’s met een deel ervan." : "",
    several && together > 0 ? "Weinig pagina’s hebben alle woorden samen: hieronder ook pagina’s met een deel." : "",
  ]
    .filter(Boolean)
    .join(" ");
}
