/**
 * A query searched word by word as well as whole: each word alone; a word that
 * finds too little also by its other forms (the dictionary's, "financieel":
 * "financiele") and its compound's parts, or, when no page has it, by the site's
 * nearest word; and the query as typed. The pages are merged by how well they
 * answer the query as a whole (shared/search/query-plan.ts).
 */
import { closestWord } from "../../shared/search/typo.ts";
import { compoundQuery, type Hits, mergeByCoverage, mergedNotice, vocabularyLexicon } from "../../shared/search/query-plan.ts";
import { ENOUGH_RESULTS } from "../../shared/search/query-words.ts";
import { formKey } from "../../shared/search/inflections.ts";
import type { Vocabulary } from "../../shared/search/vocabulary.ts";
import { withoutDiacritics } from "../../shared/search/diacritics.ts";
import { wordsOf } from "../../shared/search/compounds.ts";

/** Pagefind's results as this module needs them: found pages by id, with their scores. */
type Hit = Hits[number];

/** At most this many other forms of a word are searched: a verb has many, and Pagefind finds its longer ones itself. */
const MAX_FORMS = 3;

/**
 * `search` runs one query with the page's filters; `count` is how many pages had all `words` together; `typed` is
 * the query as typed, function words and all; `filtered` says that a filter keeps part of the site; `unknown` are
 * the words no site word begins with (typo.ts). Returns the merged pages best first, each page's summed score, each
 * word's weight for our order, and the note above them; nothing when there is nothing to widen.
 */
export async function widen<T extends Hit>(
  search: (query: string) => Promise<{ results: T[] }>,
  words: readonly string[],
  count: number,
  vocabulary: () => Promise<Vocabulary>,
  { typed, filtered, unknown = [] }: { typed?: string; filtered: boolean; unknown?: readonly string[] },
) {
  const run = async (query?: string) => (query ? (await search(query)).results : []);
  const alone = words.length === 1 ? [] : await Promise.all(words.map((word) => run(word)));
  // Pagefind answers a word no site word begins with by a shorter start of it ("verzuimoverleg": "verzuim…"):
  // those pages are not the word's, so such a word counts as finding nothing.
  const lacking = new Set(unknown.map(formKey));
  const hits = (index: number) => (lacking.has(formKey(words[index]!)) ? 0 : words.length === 1 ? count : alone[index]!.length);
  // A single word that finds enough is searched as it is: the word list is not loaded (the first query's bytes).
  const none: Vocabulary = { words: [], forms: new Map() };
  const known = words.length > 1 || hits(0) < ENOUGH_RESULTS ? await vocabulary() : none;
  const lexicon = vocabularyLexicon(known.words);
  // The other forms of a word that finds too little, by the dictionary's affix rules ("financieel": "financiele");
  // Pagefind finds a form that only adds letters at the end itself.
  const forms = words.map((word, index) => {
    const key = formKey(word);
    const all = hits(index) < ENOUGH_RESULTS ? (known.forms.get(key) ?? []) : [];
    return all.filter((form) => !form.startsWith(key)).slice(0, MAX_FORMS);
  });
  const parts = new Map<string, string>();
  for (const [index, word] of words.entries()) {
    // The nearest site word; not the word itself, which a filter may keep off every page shown.
    const nearest = hits(index) === 0 && forms[index]!.length === 0 ? closestWord(word, known.words) : undefined;
    const closest = nearest === formKey(word) ? undefined : nearest;
    const other = (hits(index) < ENOUGH_RESULTS ? compoundQuery(word, lexicon) : undefined) ?? closest;
    if (other) parts.set(word, other);
  }
  // A word the site lacks is searched by its parts or its nearest word instead, where it has them.
  const instead = new Set(words.filter((word) => lacking.has(formKey(word)) && parts.has(word)));
  const asTyped = typed && typed !== words.join(" ") ? typed : undefined;
  if (words.length === 1 && parts.size === 0 && forms[0]!.length === 0 && !asTyped) return undefined;
  const searches = await Promise.all(
    words.map(async (word, index) => {
      const [own, partHits, ...formHits] = await Promise.all([
        instead.has(word) ? [] : (alone[index] ?? run(word)),
        run(parts.get(word)),
        ...forms[index]!.map((form) => run(form)),
      ]);
      // Another form of the word is the word: its pages count in full.
      return { word, hits: [...own!, ...formHits.flat()], partHits: partHits! };
    }),
  );
  const together = await run(asTyped);
  const byId = new Map(searches.flatMap(({ hits, partHits }) => [...hits, ...partHits]).map((hit) => [hit.id, hit]));
  const merged = mergeByCoverage(searches, together);
  const alsoAs = new Map(words.map((word, index) => [word, [...forms[index]!, ...[parts.get(word) ?? []].flat()]]));
  // Each word's rarity, for our order's title match (rank.ts): its best score alone, its other forms included.
  const rarity = ({ word, hits }: (typeof searches)[number]) =>
    wordsOf(withoutDiacritics(word)).map((key) => [key, Math.max(0, ...hits.map((hit) => hit.score))] as const);
  const weights = new Map(searches.flatMap(rarity));
  return {
    weights,
    results: merged.map((page) => byId.get(page.id)!),
    coverage: new Map(merged.map((page) => [page.id, page.coverage])),
    notice: mergedNotice(searches, alsoAs, count, { filtered, instead }),
    /** Some word no site word begins with was searched only by its parts or nearest word. */
    searchedInstead: instead.size > 0,
  };
}
