/**
 * Pagefind matches word prefixes, not tails: "verzuim" does not find
 * "ziekteverzuim". Dutch writes compounds as one word, so we add the parts of
 * each compound as extra search terms. A part counts when a Dutch word list
 * knows it (the OpenTaal dictionary at build time, see dictionary.ts), and
 * both parts must be words of sensible length: "onderwijs" is not "onder" +
 * "wijs", "leerkracht" yields "kracht", never "acht".
 */

const MIN_TAIL = 4;
const MIN_HEAD = 3;
/**
 * Longer words are left whole. Splitting tries every cut and every cut of each
 * tail, so its cost grows with the square of the length; Dutch compounds in
 * real text stay well under 60 letters, and a longer "word" is a code, a URL
 * fragment or hostile input (a 5 MB word once exhausted the build's memory).
 */
export const MAX_SPLIT_LENGTH = 60;

/** Which words are known Dutch words: a dictionary, or simply a set of words. */
export interface Lexicon {
  has(word: string): boolean;
}

/**
 * Prefixes and particles that make a new word rather than a compound:
 * onder|zoeken, aan|melden, over|leg, door|verwijzing. Their tails would only
 * bring in false hits ("zoeken" on every page with "onderzoeken").
 */
const PARTICLES = new Set(
  "aan af achter bij binnen boven buiten door in langs mee na naar om onder op over rond tegen terug toe tussen uit voor voort weg".split(" "),
);

export const wordsOf = (text: string): string[] => text.toLowerCase().match(/\p{L}+/gu) ?? [];

/** All words of the texts, as a lexicon (what the tests and a dictionary-less build use). */
export function vocabularyOf(texts: Iterable<string>): Set<string> {
  const vocabulary = new Set<string>();
  for (const text of texts) for (const word of wordsOf(text)) if (word.length >= MIN_TAIL) vocabulary.add(word);
  return vocabulary;
}

/** A head as a word: itself, or without a linking "s" or "e(n)" (verzuims|melding, ziekte|verzuim). */
function headWord(head: string, lexicon: Lexicon): string | undefined {
  if (head.length < MIN_HEAD || PARTICLES.has(head)) return undefined;
  const bareS = head.slice(0, -1);
  if (head.endsWith("s") && bareS.length >= MIN_HEAD && lexicon.has(bareS)) return bareS;
  if (lexicon.has(head)) return head;
  for (const link of ["en", "e"]) {
    const bare = head.slice(0, -link.length);
    if (head.endsWith(link) && bare.length >= MIN_HEAD && !PARTICLES.has(bare) && lexicon.has(bare)) return bare;
  }
  return undefined;
}

/** Whether a word is known, or itself a compound of two known words (the dictionary lists few compounds: "steunpunt"). */
function knownOrCompound(word: string, lexicon: Lexicon): boolean {
  if (lexicon.has(word)) return true;
  for (let cut = MIN_HEAD + 1; cut <= word.length - MIN_TAIL; cut++) {
    if (lexicon.has(word.slice(cut)) && headWord(word.slice(0, cut), lexicon)) return true;
  }
  return false;
}

/** The longest known tail of a compound and its head: "ziekteverzuim" → ["verzuim", "ziekte"]; [] when it is no compound. */
export function splitCompound(word: string, lexicon: Lexicon): string[] {
  // A tail the word list knows first (leerplicht|ambtenaar), else one that is a compound itself (jeugd|steunpunt).
  for (const known of [(tail: string) => lexicon.has(tail), (tail: string) => knownOrCompound(tail, lexicon)]) {
    for (let cut = MIN_HEAD; cut <= word.length - MIN_TAIL; cut++) {
      const tail = word.slice(cut);
      if (!known(tail)) continue;
      const head = headWord(word.slice(0, cut), lexicon);
      if (head) return [tail, head];
    }
  }
  return [];
}

/** The singular or stem a plural or inflected form comes from, where the lexicon knows it: thuiszitters → thuiszitter, meldingen → melding. */
export function stemOf(word: string, lexicon: Lexicon): string | undefined {
  for (const ending of ["en", "s"]) {
    const stem = word.slice(0, -ending.length);
    if (word.endsWith(ending) && stem.length >= MIN_TAIL && lexicon.has(stem)) return stem;
  }
  return undefined;
}

/** Extra search terms for a text: the known parts of its compounds and the stems of its plurals, each once, none already in the text. */
export function compoundTerms(text: string, lexicon: Lexicon): string[] {
  const words = new Set(wordsOf(text));
  const terms = new Set<string>();
  const add = (term: string | undefined) => {
    if (term && !words.has(term)) terms.add(term);
  };
  for (const word of words) {
    if (word.length < MIN_TAIL || word.length > MAX_SPLIT_LENGTH) continue;
    add(stemOf(word, lexicon));
    if (word.length < MIN_HEAD + MIN_TAIL) continue;
    for (const part of splitCompound(word, lexicon)) {
      add(part);
      add(stemOf(part, lexicon));
    }
  }
  return [...terms];
}
