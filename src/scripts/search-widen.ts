/**
 * A query whose content words together find too little, widened: each word
 * searched alone, a word that finds too little alone also by its compound's
 * parts, and a word no page has by the site's nearest form of it ("financieel":
 * "financiele"; typo.ts prefers the form that shares the longest start), the pages merged by how well they answer the query as a whole
 * (pipeline/search/query-plan.ts).
 */
import {
  closestWord,
  compoundQuery,
  ENOUGH_RESULTS,
  mergeByCoverage,
  mergedNotice,
  vocabularyLexicon,
} from "../../pipeline/browser-search.ts";

/** Pagefind's results as this module needs them: found pages by id, with their scores. */
interface Hit {
  id: string;
  score: number;
}

/**
 * `search` runs one query with the page's filters; `count` is how many pages had all `words` together. Returns the
 * merged pages best first, each page's summed score, and the note above them; nothing when there is nothing to widen.
 */
export async function widen<T extends Hit>(
  search: (query: string) => Promise<{ results: T[] }>,
  words: readonly string[],
  count: number,
  vocabulary: () => Promise<string[]>,
) {
  const run = async (query?: string) => (query ? (await search(query)).results : []);
  const alone = words.length === 1 ? [] : await Promise.all(words.map((word) => run(word)));
  const known = await vocabulary();
  const lexicon = vocabularyLexicon(known);
  const hits = (index: number) => (words.length === 1 ? count : alone[index]!.length);
  const parts = new Map<string, string>();
  for (const [index, word] of words.entries()) {
    if (hits(index) >= ENOUGH_RESULTS) continue;
    const other = compoundQuery(word, lexicon) ?? (hits(index) === 0 ? closestWord(word, known) : undefined);
    if (other) parts.set(word, other);
  }
  if (words.length === 1 && parts.size === 0) return undefined;
  const searches = await Promise.all(
    words.map(async (word, index) => {
      const [hits, partHits] = await Promise.all([alone[index] ?? run(word), run(parts.get(word))]);
      return { word, hits, partHits };
    }),
  );
  const byId = new Map(searches.flatMap(({ hits, partHits }) => [...hits, ...partHits]).map((hit) => [hit.id, hit]));
  const merged = mergeByCoverage(searches);
  return {
    results: merged.map((page) => byId.get(page.id)!),
    coverage: new Map(merged.map((page) => [page.id, page.coverage])),
    notice: mergedNotice(searches, parts, count),
  };
}
