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
/** A three-letter head splits off only before a long tail: "dag|besteding", not "gen|omen" or "par|tijen". */
const MIN_TAIL_AFTER_SHORT_HEAD = 6;
/**
 * Longer words are left whole. Splitting tries every cut and every cut of each
 * tail, so its cost grows with the square of the length; Dutch compounds in
 * real text stay well under 40 letters, and a longer "word" is a code, a URL
 * fragment or hostile input (a 5 MB word once exhausted the build's memory).
 */
const MAX_WORD = 40;

/** Which words are known Dutch words: a dictionary, or simply a set of words. */
export interface Lexicon {
  has(word: string): boolean;
  /** Whether the word list says the word may end a compound; without this knowledge every known word may. */
  endsCompound?(word: string): boolean;
}

/**
 * Prefixes and particles that make a new word rather than a compound:
 * onder|zoeken, aan|melden, over|leg, ver|schillende, ont|wikkelen. Their
 * tails would only bring in false hits ("zoeken" on every page with "onderzoeken").
 */
const PREFIXES = new Set(
  "aan af achter be bij binnen boven buiten door er ge her in langs mee mis na naar om ont onder op over rond te tegen ter terug toe tussen uit ver voor voort weg".split(
    " ",
  ),
);

/** Endings that look like words but make adjectives and abstract nouns: huise|lijk, mogelijk|heden. */
const SUFFIXES = new Set("achtig baar bare heden heid lijk lijke loos loze schap zaam zame".split(" "));

/** At most this many letters per match: pieces of a longer word are joined again. */
const LETTERS = /\p{L}{1,4096}/gu;

/**
 * The words of a text, in lower case. Not one `match(/\p{L}+/gu)`: a single
 * word of megabytes (A12b) overflowed the stack in String.match while the build
 * wrote the word list; each match here is bounded, and a word longer than one
 * match is put together from its adjacent pieces.
 */
export function wordsOf(source: string): string[] {
  const words: string[] = [];
  let end = -1;
  for (const match of source.toLowerCase().matchAll(LETTERS)) {
    if (match.index === end) words[words.length - 1] += match[0];
    else words.push(match[0]);
    end = match.index + match[0].length;
  }
  return words;
}

/** A head as a word: itself, or without a linking "s", "e(n)" or "er" (verzuims|melding, ziekte|verzuim, kinder|mishandeling). */
function headWord(head: string, lexicon: Lexicon): string | undefined {
  if (PREFIXES.has(head)) return undefined;
  for (const link of ["", "s", "en", "e", "er"]) {
    const bare = head.slice(0, head.length - link.length);
    if (head.endsWith(link) && bare.length >= MIN_HEAD && !PREFIXES.has(bare) && lexicon.has(bare)) return bare;
  }
  return undefined;
}

/** Whether a tail may stand on its own after a head of this length; a particle never ends a compound (ambte|naar). */
function fitsTail(tail: string, head: string): boolean {
  return tail.length >= (head.length <= MIN_HEAD ? MIN_TAIL_AFTER_SHORT_HEAD : MIN_TAIL) && !SUFFIXES.has(tail) && !PREFIXES.has(tail);
}

/** Whether a word is known, or itself a compound of two known words (the dictionary lists few compounds: "steunpunt"). */
function knownOrCompound(word: string, lexicon: Lexicon): boolean {
  if (lexicon.has(word)) return true;
  for (let cut = MIN_HEAD + 1; cut <= word.length - MIN_TAIL; cut++) {
    const tail = word.slice(cut);
    if (fitsTail(tail, word.slice(0, cut)) && lexicon.has(tail) && headWord(word.slice(0, cut), lexicon)) return true;
  }
  return false;
}

/** A prefix before a known word makes a derived word, not a compound: ver|schillende, boven|staande. */
function isPrefixed(word: string, lexicon: Lexicon): boolean {
  for (let cut = 2; cut <= 6 && cut < word.length - 2; cut++) {
    if (PREFIXES.has(word.slice(0, cut)) && lexicon.has(word.slice(cut))) return true;
  }
  return false;
}

/** The longest known tail of a compound and its head: "ziekteverzuim" → ["verzuim", "ziekte"]; [] when it is no compound. */
export function splitCompound(word: string, lexicon: Lexicon): string[] {
  if (word.length > MAX_WORD || isPrefixed(word, lexicon)) return [];
  // A tail the word list knows first (leerplicht|ambtenaar), else one that is a compound itself (jeugd|steunpunt).
  for (const known of [(tail: string) => lexicon.has(tail), (tail: string) => knownOrCompound(tail, lexicon)]) {
    for (let cut = MIN_HEAD; cut <= word.length - MIN_TAIL; cut++) {
      const tail = word.slice(cut);
      if (!fitsTail(tail, word.slice(0, cut)) || !known(tail)) continue;
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

/**
 * The tails a compound ends in, longest first, each with its singular: in Dutch
 * the last part names what the whole is, so a "jeugdbeschermingstafel" is a
 * "beschermingstafel" and a "tafel".
 */
export function compoundTails(word: string, lexicon: Lexicon): string[] {
  const tails: string[] = [];
  let rest = stemOf(word, lexicon) ?? word;
  for (let [tail] = splitCompound(rest, lexicon); tail; [tail] = splitCompound(rest, lexicon)) {
    tails.push(tail);
    const singular = stemOf(tail, lexicon);
    if (singular) tails.push(singular);
    rest = singular ?? tail;
  }
  return tails;
}

/** Extra search terms for a text: the known parts of its compounds and the stems of its plurals, each once, none already in the text. */
export function compoundTerms(text: string, lexicon: Lexicon): string[] {
  const words = new Set(wordsOf(text));
  const terms = new Set<string>();
  const add = (term: string | undefined) => {
    if (term && !words.has(term)) terms.add(term);
  };
  for (const word of words) {
    if (word.length < MIN_TAIL || word.length > MAX_WORD) continue;
    add(stemOf(word, lexicon));
    if (word.length < MIN_HEAD + MIN_TAIL) continue;
    for (const tail of compoundTails(word, lexicon)) add(tail);
    add(splitCompound(stemOf(word, lexicon) ?? word, lexicon)[1]);
  }
  return [...terms];
}

/** The tails of a title's compounds: what the title names in other words ("Adviestafel" names a "tafel"). */
export function titleTails(title: string, lexicon: Lexicon): string[] {
  const words = new Set(wordsOf(title));
  // The word list flags few derived nouns: a particle before a word that may end a compound keeps it so (aan|melding, in|schrijving).
  const endsCompound = (tail: string) =>
    !lexicon.endsCompound ||
    lexicon.endsCompound(tail) ||
    [...PREFIXES].some((prefix) => tail.startsWith(prefix) && lexicon.endsCompound!(tail.slice(prefix.length)));
  return [...new Set([...words].flatMap((word) => (word.length > MAX_WORD ? [] : compoundTails(word, lexicon))))].filter(
    (tail) => !words.has(tail) && endsCompound(tail),
  );
}
