/**
 * The site's own words, for "Bedoelde je …?": every word a search can find,
 * one per line, the words on most pages first. Built once per build and read
 * by the search page only when a query needs a suggestion.
 */
import { wordsOf } from "./compounds.ts";
import { QUERY_LIMITS } from "./query-bounds.ts";
import { formKey } from "./inflections.ts";
import { isFunctionWord } from "./query-words.ts";

/** Shorter words are rarely typos worth correcting, and would crowd the list. */
const MIN_WORD = 3;

/** Whether a word goes in the list: not too short to correct, and no longer than a query word may be. */
const listed = (word: string) => word.length >= MIN_WORD && word.length <= QUERY_LIMITS.wordLength;

/**
 * The vocabulary file's text: each page's words counted once, most frequent first, ties in alphabetical order.
 * A word longer than a query word may be (a code, a URL's letters) could only be suggested for a query word the
 * page has already cut shorter, so it is left out. A word the dictionary inflects (`families`, inflections.ts) is
 * followed on its line by its other forms, each written as a change of its end (formChange): "school 2len 0t".
 */
export function vocabularyText(pages: Iterable<string>, families: readonly (readonly string[])[] = []): string {
  const pagesWith = new Map<string, number>();
  for (const page of pages) {
    for (const word of new Set(wordsOf(page))) if (listed(word)) pagesWith.set(word, (pagesWith.get(word) ?? 0) + 1);
  }
  const familiesOf = new Map<string, Set<string>>();
  for (const family of families) {
    for (const form of family) {
      const joined = familiesOf.get(form) ?? new Set<string>();
      for (const other of family) joined.add(other);
      familiesOf.set(form, joined);
    }
  }
  const line = (word: string) => {
    const key = formKey(word);
    // A function word is never searched (query-words.ts): its forms would only weigh on the file.
    if (isFunctionWord(key)) return word;
    // A form the word begins with finds the word already: Pagefind matches the beginnings of words.
    const others = [...(familiesOf.get(key) ?? [])].filter((form) => !key.startsWith(form) && listed(form));
    return [word, ...others.map((form) => formChange(key, form))].join(" ");
  };
  return [...pagesWith]
    .sort(([a, countA], [b, countB]) => countB - countA || a.localeCompare(b, "nl"))
    .map(([word]) => line(word))
    .join("\n");
}

/**
 * A form as a change of the word's end: how many letters go, then the letters that come ("school" to "scholen" is
 * "2len"). Most forms differ from their word only at the end, so the list stays small for the first query.
 */
export function formChange(word: string, form: string): string {
  let shared = 0;
  while (shared < word.length && word[shared] === form[shared]) shared++;
  return `${word.length - shared}${form.slice(shared)}`;
}

/** The form a change of the word's end makes; a change is digits, then letters. */
export function applyFormChange(word: string, change: string): string {
  const [, cut = "0", added = ""] = /^(\d+)(.*)$/u.exec(change) ?? [];
  return word.slice(0, word.length - Number(cut)) + added;
}

/** The vocabulary file read back: the site's words without diacritics, most frequent first, and their other forms. */
export interface Vocabulary {
  words: string[];
  /** The site's words in the family of a form (by formKey): "financieel" → ["financiele"]. */
  forms: ReadonlyMap<string, readonly string[]>;
}

export function parseVocabulary(text: string): Vocabulary {
  const words: string[] = [];
  const forms = new Map<string, string[]>();
  for (const line of text.split("\n")) {
    const [typed, ...changes] = line.split(" ").filter(Boolean);
    if (!typed) continue;
    const word = formKey(typed);
    words.push(word);
    for (const form of changes.map((change) => applyFormChange(word, change))) {
      const owners = forms.get(form) ?? [];
      owners.push(word);
      forms.set(form, owners);
    }
  }
  return { words, forms };
}
