/**
 * A query whose content words (query-words.ts) together find too little:
 * each word is searched alone, a compound also by its parts, and the pages
 * are merged by how well they answer the query as a whole. Runs in the
 * browser, loaded only when a query needs it; pure code.
 */
import { type Lexicon, splitCompound } from "./compounds.ts";
import { quotedList } from "./query-words.ts";
import { withoutDiacritics } from "./diacritics.ts";

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
export function mergeByCoverage(searches: readonly WordHits[], together: Hits = []): Merged[] {
  const pages = new Map<string, Merged & { best: Map<string, number> }>();
  for (const { word, hits, partHits = [] } of searches) {
    // The compound itself overrides its parts on a page that has both: its full score replaces the parts' half.
    for (const [list, strength] of [
      [partHits, PARTS_MATCH],
      [hits, 1],
    ] as const) {
      for (const { id, score } of list) {
        const page = pages.get(id) ?? { id, words: [] as string[], coverage: 0, best: new Map<string, number>() };
        if (!page.words.includes(word)) page.words.push(word);
        page.best.set(word, Math.max(page.best.get(word) ?? 0, score * strength));
        pages.set(id, page);
      }
    }
  }
  // A page with the query as typed, function words and all, scores that search too: it holds the question whole.
  const whole = new Map(together.map(({ id, score }) => [id, score]));
  const merged = [...pages.values()].map(({ id, words, best }) => ({
    id,
    words,
    coverage: [...best.values()].reduce((sum, score) => sum + score, whole.get(id) ?? 0),
  }));
  return merged.sort((a, b) => b.coverage - a.coverage || b.words.length - a.words.length);
}

/**
 * What the page says above merged results: the other forms and the compound parts each word was searched by
 * (`alsoAs`), the words no page has, and how many pages (`together`) had all the words together; with a `filtered`
 * search, of the pages the filter keeps. A word in `instead` is not on the site at all and was searched only by
 * what `alsoAs` gives for it.
 */
export function mergedNotice(
  searches: readonly WordHits[],
  alsoAs: ReadonlyMap<string, readonly string[]>,
  together: number,
  { filtered = false, instead = new Set<string>() }: { filtered?: boolean; instead?: ReadonlySet<string> } = {},
): string {
  const missing = searches.filter(({ hits, partHits = [] }) => hits.length + partHits.length === 0).map(({ word }) => word);
  const other = [...alsoAs].filter(([, forms]) => forms.length > 0);
  const also = other.filter(([word]) => !instead.has(word)).map(([word, forms]) => `“${word}” ook als ${quotedList(forms)}`);
  // The site-wide word list says so, with a filter or without.
  const replaced = other
    .filter(([word]) => instead.has(word))
    .map(([word, forms]) => `Geen pagina heeft “${word}”; gezocht op ${quotedList(forms)}.`);
  const several = searches.length > 1;
  const within = filtered ? " binnen het filter" : "";
  const none = `Geen pagina${within} heeft`;
  const pages = together === 1 ? `1 pagina${within} heeft` : `${together} pagina’s${within} hebben`;
  return [
    ...replaced,
    also.length ? `Gezocht op ${also.join(", ")}.` : "",
    missing.length === 1 ? `${none} het woord ${quotedList(missing)}.` : "",
    missing.length > 1 ? `${none} de woorden ${quotedList(missing)}.` : "",
    several && together === 0 ? `${none} alle woorden samen: hieronder de pagina’s met een deel ervan.` : "",
    several && together > 0 ? `${pages} alle woorden samen; daarna volgen pagina’s met een deel ervan.` : "",
  ]
    .filter(Boolean)
    .join(" ");
}
