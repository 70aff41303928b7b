/**
 * A query whose content words together find too little, widened: each word
 * searched alone, a word that finds too little alone also by its compound's
 * parts, the pages merged by how well they answer the query as a whole
 * (pipeline/search/query-plan.ts).
 */
import { compoundQuery, ENOUGH_RESULTS, mergeByCoverage, mergedNotice, vocabularyLexicon } from "../../pipeline/browser-search.ts";

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
  const lexicon = vocabularyLexicon(await vocabulary());
  const few = (index: number) => (words.length === 1 ? count : alone[index]!.length) < ENOUGH_RESULTS;
  const parts = new Map<string, string>();
  for (const [index, word] of words.entries()) {
    const split = few(index) ? compoundQuery(word, lexicon) : undefined;
    if (split) parts.set(word, split);
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
