// Plain-text helpers of the facts checks: sentences, words, stems, negations and role mentions.
// Pure functions on strings; no knowledge of files or Markdown.
import { NEGATIONS, roleKey } from "./vocabulary.ts";

/** The source text with its line-wrap hyphens joined ("sig-" + "nalen") and its whitespace folded. */
export const joinLines = (text: string) =>
  text
    .normalize("NFC")
    .replace(/(\p{Ll})-[ \t]*\n\s*(\p{Ll})/gu, "$1$2")
    .replace(/\s+/g, " ")
    .trim();

/** A source text split into sentences: at a full stop, question or exclamation mark before a capital, and at bullets. */
export function sourceSentences(text: string): string[] {
  const bulleted = text
    .normalize("NFC")
    .replace(/\uFFFD/g, "")
    .replace(/https?:\/\/\S+/g, "")
    .replace(/(^|\n)[ \t]*(?:[•▪●◦o]|-|\d+\.|[a-z]\))[ \t]+/g, "$1\uE000");
  // A short line without punctuation, followed by a capital, is a heading ("Leeswijzer", "Regie op het proces").
  const headed = bulleted
    .replace(/(^|\n|\uE000)([ \t]*\p{Lu}[^\n.?!:;,]{0,60}?)[ \t]*\n(?=\s*\p{Lu})/gu, "$1$2\uE000")
    // A form's fields: a line ending in a colon, before a capital ("Naam leerling :").
    .replace(/:[ \t]*\n(?=\s*\p{Lu})/gu, ":\uE000");
  return joinLines(headed)
    .split(/\uE000|(?<=[.?!;]["”’]?)\s+(?=[\p{Lu}\d"“‘(])/u)
    .map((sentence) => sentence.trim())
    .filter((sentence) => /\p{L}/u.test(sentence));
}

/** A paragraph of a summary split into sentences. */
export const sentencesOf = (text: string) =>
  text
    .split(/(?<=[.?!]["”’]?)\s+(?=[\p{Lu}\d"“‘(])/u)
    .map((sentence) => sentence.trim())
    .filter((sentence) => /\p{L}/u.test(sentence));

/** The words of a text, lowercase and without accents ("óók" is "ook"), apostrophes kept ("smw'er"), hyphens parting words. */
export const wordsOf = (text: string) =>
  text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/[’‘`]/g, "'")
    .toLowerCase()
    .match(/[\p{L}\p{N}]+(?:'[\p{L}\p{N}]+)*/gu) ?? [];

const NEGATION_SET = new Set<string>(NEGATIONS);

/** How many negation words a text has. */
export const negationCount = (text: string) => wordsOf(text).filter((word) => NEGATION_SET.has(word)).length;

/** Function words that say nothing about what a sentence is about. */
const STOPWORDS = new Set(
  (
    "de het een en of maar dan als dat die dit deze er is zijn was waren wordt worden werd kan kunnen moet moeten " +
    "zal zullen mag mogen heeft hebben had van voor met bij in op aan uit tot om naar over door te ook nog al wel " +
    "zo zij ze hij hen hun haar zich je jij u we wij ons onze wat wie waar hoe wanneer welke waarin waarbij daar " +
    "daarbij daarna daarin hier dus want omdat zodat of eerst eventueel zoals dan wel meer minder andere ander " +
    "elk elke ieder iedere alle beide samen steeds altijd bijvoorbeeld gaat gaan doet doen geldt"
  ).split(" "),
);

/**
 * A crude stem that folds Dutch inflection well enough to pair sentences: the first six letters, after a
 * participle's "ge" ("geregistreerd" pairs with "registreert") and without apostrophes ("pauze's").
 */
export const stem = (word: string) =>
  word
    .replace(/'/g, "")
    .replace(/^ge(?=\p{L}{6})/u, "")
    .slice(0, 6);

/** The content stems of a text: its words less function words, negations and the given role keys. */
export function contentStems(text: string, roleKeys: ReadonlySet<string> = new Set()): string[] {
  return wordsOf(text)
    .filter(
      (word) => (word.length > 2 || /^\d+$/.test(word)) && !STOPWORDS.has(word) && !NEGATION_SET.has(word) && !roleKeys.has(roleKey(word)),
    )
    .map(stem);
}

/** Roles as phrases of words, to match a text's words against. */
export interface RoleMatcher {
  /** Phrases by their first word (lowercase), longest first. */
  byFirst: Map<string, { words: string[]; caseSensitive: boolean; role: string }[]>;
}

/** A matcher for these roles: a role in capitals only ("SMW", "LP") matches only in capitals, others in any case. */
export function roleMatcher(roles: readonly string[]): RoleMatcher {
  const byFirst: RoleMatcher["byFirst"] = new Map();
  for (const role of [...roles].sort((a, b) => b.length - a.length)) {
    const words = rawWords(role).map((word) => word.word);
    if (words.length === 0) continue;
    const caseSensitive = !/\p{Ll}/u.test(role.replace(/['’]er$/, ""));
    const key = words[0]!.toLowerCase();
    byFirst.set(key, [...(byFirst.get(key) ?? []), { words, caseSensitive, role }]);
  }
  return { byFirst };
}

/** The words of a text as written (case kept), parts of a hyphenated word apart ("VO-scholen" names VO), with where they stand. */
const rawWords = (text: string) =>
  [
    ...text
      .normalize("NFC")
      .replace(/[’‘`]/g, "'")
      .matchAll(/[\p{L}\p{N}]+(?:'[\p{L}\p{N}]+)*/gu),
  ].map((match) => ({
    word: match[0],
    start: match.index,
    end: match.index + match[0].length,
  }));

/** A role named in a text: its key, and where it stands. */
export interface RoleSpan {
  role: string;
  start: number;
  end: number;
}

/** The roles a text names, in order, with where each stands; a longer role wins over one inside it. */
export function roleSpans(text: string, matcher: RoleMatcher): RoleSpan[] {
  const words = rawWords(text);
  const found: RoleSpan[] = [];
  for (let index = 0; index < words.length; ) {
    const candidates = matcher.byFirst.get(words[index]!.word.toLowerCase()) ?? [];
    const hit = candidates.find(({ words: phrase, caseSensitive }) =>
      phrase.every((word, offset) => {
        const actual = words[index + offset]?.word;
        return actual !== undefined && (caseSensitive ? actual === word : actual.toLowerCase() === word.toLowerCase());
      }),
    );
    // "naar school", "op school": the place, not the school as the one who acts.
    const place = hit && roleKey(hit.role) === "school" && /^(?:naar|op)$/i.test(words[index - 1]?.word ?? "");
    if (hit && !place) found.push({ role: roleKey(hit.role), start: words[index]!.start, end: words[index + hit.words.length - 1]!.end });
    index += hit ? hit.words.length : 1;
  }
  return found;
}

/** The roles a text mentions, as keys (lowercase, folded spellings), in order. */
export const rolesIn = (text: string, matcher: RoleMatcher) => roleSpans(text, matcher).map((span) => span.role);

/** Roles a list names twice in a row ("de leerling en de leerling"): never the source's, always a slip. */
export function repeatedInList(text: string, matcher: RoleMatcher): string[] {
  const plain = text.normalize("NFC").replace(/[’‘`]/g, "'");
  const spans = roleSpans(plain, matcher);
  return spans.flatMap((span, at) => {
    const next = spans[at + 1];
    const between = next ? plain.slice(span.end, next.start) : "";
    return next && next.role === span.role && /^[\s,;/()]*(?:en|of|en\/of)?[\s,;/()]*(?:de|het|een)?\s*$/i.test(between) ? [span.role] : [];
  });
}

/**
 * The names a sentence uses: words with a capital that do not open it, and words in capitals
 * ("Gezinscoachmaatje", "Expertiseteam", "Veilig Thuis", "LDOS"), lowercase and without accents.
 */
export function namesIn(text: string): string[] {
  const words =
    text
      .normalize("NFC")
      .replace(/[’‘`]/g, "'")
      .match(/[\p{L}\p{N}]+(?:'[\p{L}\p{N}]+)*|[.?!:;]/gu) ?? [];
  const names: string[] = [];
  let opening = true;
  for (const word of words) {
    if (/^[.?!:;]$/.test(word)) {
      opening = true;
      continue;
    }
    if (/^\p{Lu}/u.test(word) && (!opening || /^\p{Lu}{2,}/u.test(word))) names.push(...wordsOf(word));
    opening = false;
  }
  return names;
}
