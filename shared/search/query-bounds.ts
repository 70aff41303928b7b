/**
 * A search query is bounded before the page does any work with it: Pagefind's
 * search, our order and "Bedoelde je …?" all cost time on the page's main
 * thread for every word and letter, and the query comes from the address, which
 * anyone can write (a 1.5 MB word or 20,000 words once blocked the tab for
 * 15–20 s). Runs in the browser; pure code.
 */

/**
 * The limits, in one place. The longest query in our query sets (bench/search-*.json) has 54 characters, 12 words
 * and a word of 28 letters; the limits are far above that, so a real question is never cut.
 */
export const QUERY_LIMITS = {
  /** A question a coordinator types fits in a few lines of the search field. */
  characters: 200,
  /** More words than this are not a question but a pasted text: search would only find its commonest words. */
  words: 24,
  /**
   * The longest word the site's word list holds (vocabulary.ts leaves longer words out): Dutch compounds in real
   * text stay well under 40 letters (compounds.ts). A longer query word can match no site word but by its start,
   * which is what search matches anyway, so cutting it to this length finds the same pages.
   */
  wordLength: 48,
} as const;

/** Which limit a query went over. */
export type QueryCut = "characters" | "words" | "word length";

export interface BoundedQuery {
  query: string;
  /** The limits the query went over, in the order they were applied; empty for a query left as it is. */
  cut: QueryCut[];
}

const LONG_WORD = new RegExp(`\\p{L}{${QUERY_LIMITS.wordLength + 1},}`, "gu");
const WORD = /\p{L}+/gu;
const isLetter = (character: string | undefined) => character !== undefined && /\p{L}/u.test(character);

/** The start of `text` of at most `length` code units, not ending inside a character of two units nor inside a word. */
function cutAt(text: string, length: number): string {
  let cut = text.slice(0, length);
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  // A word cut in half would search for something else; keep the words that fit whole, if any do.
  const halfWord = isLetter(cut.at(-1)) && isLetter(text.slice(cut.length).match(/^./su)?.[0]);
  const lastBreak = cut.search(/\P{L}\p{L}*$/u);
  return (halfWord && lastBreak > 0 ? cut.slice(0, lastBreak) : cut).trim();
}

/** The query as the page searches it: at most QUERY_LIMITS' characters and words, no word longer than the limit. */
export function boundQuery(raw: string): BoundedQuery {
  const cut: QueryCut[] = [];
  let query = raw;
  if (query.length > QUERY_LIMITS.characters) {
    query = cutAt(query, QUERY_LIMITS.characters);
    cut.push("characters");
  }
  // The query is at most 200 characters now: the work below is small whatever the address held.
  const words = [...query.matchAll(WORD)];
  if (words.length > QUERY_LIMITS.words) {
    const last = words[QUERY_LIMITS.words - 1]!;
    query = query.slice(0, last.index + last[0].length);
    cut.push("words");
  }
  const shortened = query.replace(LONG_WORD, (word) => word.slice(0, QUERY_LIMITS.wordLength));
  if (shortened !== query) [query] = [shortened, cut.push("word length")];
  return { query, cut };
}
