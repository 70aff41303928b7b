/**
 * The extra words a page is found by, beyond its own text: the parts of its
 * compounds and the singular of its plurals (compounds.ts), its words without
 * diacritics, and the synonyms of the glossary terms it uses. They go into a
 * Pagefind meta field, so they find a page without ever showing in an excerpt.
 */
import type { GlossaryEntry } from "../../shared/schema/glossary.ts";
import { compoundTerms, type Lexicon, wordsOf } from "../../shared/search/compounds.ts";
import { withoutDiacritics } from "../../shared/search/diacritics.ts";

/** Words with the same meaning for search: a page that uses one is found by all. */
export type SynonymGroup = readonly string[];

/** A meaning short enough to be another name for its term ("multidisciplinair overleg"), not an explanation. */
const MAX_NAME_WORDS = 4;
const isName = (text: string) => !/[;,:()]/.test(text) && text.split(/\s+/).length <= MAX_NAME_WORDS;
/** A meaning's name: all of it, or what stands before a semicolon ("ontwikkelingsperspectiefplan; de bron …"). */
const nameOf = (meaning: string) => meaning.split(";")[0]!.trim();

/**
 * Each glossary entry as a group of names: the term, its meaning (or the part of
 * it before a semicolon) when that is a name rather than an explanation, what
 * po or vo calls it, and its `alsoSearch` words.
 */
export function synonymGroups(glossary: readonly GlossaryEntry[]): SynonymGroup[] {
  return glossary
    .map((entry) => {
      const names = [entry.meaning && nameOf(entry.meaning), entry.po, entry.vo];
      const nameLike = names.filter((name): name is string => !!name && isName(name));
      return [entry.term, ...nameLike, ...(entry.alsoSearch ?? [])];
    })
    .filter((group) => group.length > 1);
}

/** Whether `phrase` occurs in `words` as consecutive words. */
function containsPhrase(words: readonly string[], phrase: readonly string[]): boolean {
  if (phrase.length === 0) return false;
  outer: for (let start = 0; start <= words.length - phrase.length; start++) {
    for (let offset = 0; offset < phrase.length; offset++) if (words[start + offset] !== phrase[offset]) continue outer;
    return true;
  }
  return false;
}

/** Words of the groups whose names a text uses: "MDO" on a page brings "multidisciplinair overleg". */
export function synonymTerms(text: string, groups: readonly SynonymGroup[]): string[] {
  const words = wordsOf(withoutDiacritics(text));
  const terms: string[] = [];
  for (const group of groups) {
    const names = group.map((name) => wordsOf(withoutDiacritics(name)));
    if (names.some((name) => containsPhrase(words, name))) terms.push(...names.flat());
  }
  return terms;
}

/** All extra search terms of a page's text, each once, none the text already has as a word. */
export function searchTerms(text: string, lexicon: Lexicon, groups: readonly SynonymGroup[]): string[] {
  const own = new Set(wordsOf(text));
  const terms = new Set<string>();
  for (const term of [...compoundTerms(text, lexicon), ...synonymTerms(text, groups)]) terms.add(term);
  for (const word of [...own, ...terms]) terms.add(withoutDiacritics(word));
  return [...terms].filter((term) => !own.has(term));
}
