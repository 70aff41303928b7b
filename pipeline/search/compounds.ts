/**
 * Pagefind matches word prefixes, not tails: "verzuim" does not find
 * "ziekteverzuim". Dutch writes compounds as one word, so we add the parts of
 * each compound as extra search terms. A part counts when the site itself
 * uses it as a word of its own, which keeps the splitting to real words.
 */

const MIN_PART = 4;
const MIN_HEAD = 3;

export const wordsOf = (text: string): string[] => text.toLowerCase().match(/\p{L}+/gu) ?? [];

/** All words of the texts, as the vocabulary that compound parts must come from. */
export function vocabularyOf(texts: Iterable<string>): Set<string> {
  const vocabulary = new Set<string>();
  for (const text of texts) for (const word of wordsOf(text)) if (word.length >= MIN_PART) vocabulary.add(word);
  return vocabulary;
}

/** The longest known tail of a word and, where known, its head: "ziekteverzuim" → ["verzuim", "ziekte"]. */
export function splitCompound(word: string, vocabulary: ReadonlySet<string>): string[] {
  for (let cut = MIN_HEAD; cut <= word.length - MIN_PART; cut++) {
    const tail = word.slice(cut);
    if (!vocabulary.has(tail)) continue;
    // A linking "s" (verzuimsmelding) belongs to neither part.
    const head = word.slice(0, cut);
    const headWord = vocabulary.has(head) ? head : head.endsWith("s") && vocabulary.has(head.slice(0, -1)) ? head.slice(0, -1) : undefined;
    return headWord ? [tail, headWord] : [tail];
  }
  return [];
}

/** Extra search terms for a text: the known parts of its compounds, each once. */
export function compoundTerms(text: string, vocabulary: ReadonlySet<string>): string[] {
  const terms = new Set<string>();
  for (const word of new Set(wordsOf(text))) {
    if (word.length < MIN_HEAD + MIN_PART) continue;
    for (const part of splitCompound(word, vocabulary)) terms.add(part);
  }
  return [...terms];
}
