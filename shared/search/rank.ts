/**
 * Our order for the results Pagefind found. Pagefind ranks by how often and
 * where a page uses the query's words (and their Dutch stems); a coordinator
 * expects first the page that is about the query: whose title says it or
 * another name for it, whose address names it, or that has the query as a
 * phrase; and a step of a route before a chapter. Runs in the browser; pure code.
 */
import { wordsOf } from "./compounds.ts";
import { NEGATIONS } from "../wording/negations.ts";
import { withoutDiacritics } from "./diacritics.ts";

export interface RankedCandidate {
  url: string;
  title: string;
  /** Other names for what the title names: glossary synonyms and the tails of its compounds (the page's `aka` meta field). */
  aka?: string;
  /** The page's indexed text. */
  content: string;
  /** Pagefind's own score; the fallback order. */
  score: number;
  /** The page holds no answer of its own (see SECONDARY): it comes after every page that does. */
  secondary?: boolean;
  /** The page is one step of a route: one question or action, the site's answer, where a chapter covers many. */
  step?: boolean;
}

/**
 * The filter that puts each page first or after: after are the pages with no answer of their own. The
 * Verantwoording tells about the site, a chapter may only say that its document is not on the site, and
 * the routebook page and the map's text list repeat the words of the pages they list. Their words match
 * a query as well as any page's; a coordinator is looking for the page that answers.
 */
export const SECONDARY = { filter: "rang", first: "voor", after: "achteraan" } as const;

const words = (text: string) => wordsOf(withoutDiacritics(text));
const NEGATION: ReadonlySet<string> = new Set(NEGATIONS);

/** Letters an inflection adds to a word: melding|en, ouder|s, thuiszitter|s. */
const INFLECTION = 2;

/**
 * How well a text word matches a query word: 1 for the word itself or an
 * inflection of it, ½ for a longer word it begins (a compound head:
 * "thuiszitter" in "thuiszitterstool"), 0 otherwise. Pagefind matches all of these.
 */
function match(textWord: string, queryWord: string): number {
  if (!textWord.startsWith(queryWord)) return 0;
  return textWord.length - queryWord.length <= INFLECTION ? 1 : 0.5;
}

const bestMatch = (text: readonly string[], queryWord: string) => Math.max(0, ...text.map((word) => match(word, queryWord)));

function hasPhrase(text: readonly string[], phrase: readonly string[]): boolean {
  for (let start = 0; start <= text.length - phrase.length; start++) {
    if (
      phrase.every((word, offset) =>
        offset === phrase.length - 1 ? match(text[start + offset]!, word) > 0 : text[start + offset] === word,
      )
    )
      return true;
  }
  return false;
}

/**
 * How much of a phrase the text has as a phrase: the longest part of it, two words or more and with a query word,
 * as a share of the whole ("jonger dan 12" of a question, on a page that has not the whole question). Function
 * words count, and a part without the phrase's negation is no part of it: "verzuim stopt" says the opposite of
 * "verzuim stopt niet".
 */
function phraseShare(text: readonly string[], phrases: readonly string[][], asked: readonly string[]): number {
  let best = 0;
  for (const phrase of phrases) {
    const negations = phrase.filter((word) => NEGATION.has(word));
    for (let start = 0; start < phrase.length - 1; start++) {
      for (let end = phrase.length; end >= start + 2; end--) {
        const part = phrase.slice(start, end);
        const share = part.length / phrase.length;
        if (share <= best || !part.some((word) => asked.includes(word))) continue;
        if (negations.every((word) => part.includes(word)) && hasPhrase(text, part)) best = share;
      }
    }
  }
  return best;
}

/** Whether the query is one whole sentence, answer or heading of the text, as Pagefind's content separates them. */
function isWholeSegment(text: string, asked: readonly string[]): boolean {
  const wanted = asked.join(" ");
  return text.split(/[.?!;:]\s/).some((segment) => words(segment).join(" ") === wanted);
}

/**
 * How much each query word weighs in a title: how rare it is on the site. Pagefind scores a word alone by BM25, whose
 * largest part is the word's rarity, so a word's best score alone stands for it.
 */
export type WordWeights = ReadonlyMap<string, number>;

/** How well a page is about the query, beyond Pagefind's score; `typed` is the query with its function words. */
function relevance(query: string, typed: string, candidate: RankedCandidate, topScore: number, weights?: WordWeights) {
  const asked = words(query);
  if (asked.length === 0) return 0;
  // Without weights, or with none above zero, each word weighs the same.
  const total = asked.reduce((sum, word) => sum + (weights?.get(word) ?? 0), 0);
  const weight = (word: string) => (total > 0 ? (weights?.get(word) ?? 0) / total : 1 / asked.length);
  // A phrase counts as typed ("niet naar school") or as searched, without its function words.
  const phrases = [asked, words(typed)].filter((phrase) => phrase.length > 1);
  const title = [...words(candidate.title), ...words(candidate.aka ?? "")];
  const content = words(candidate.content);
  const inTitle = asked.reduce((sum, word) => sum + weight(word) * bestMatch(title, word), 0);
  const ownTitle = words(candidate.title);
  // A title word is covered by a query word it begins with, or by one it ends in that names it ("schoolaanmelding" by "aanmelding", a tail in `aka`).
  const otherNames = words(candidate.aka ?? "");
  const covers = (titleWord: string, word: string) => match(titleWord, word) > 0 || (titleWord.endsWith(word) && otherNames.includes(word));
  const titleCovered = ownTitle.length
    ? ownTitle.filter((titleWord) => asked.some((word) => covers(titleWord, word))).length / ownTitle.length
    : 0;
  // A page that has every word as written, alone or inside a compound, rather than only a stem that shares letters ("begeleider" stems to "beleid").
  const pageWords = [...title, ...content];
  const has = (word: string) => pageWords.some((textWord) => textWord.includes(word));
  // A step answers one question where a chapter covers many: it gains by the share of the words it has as written.
  const literalShare = asked.filter(has).length / asked.length;
  const literal = literalShare === 1;
  const slug = candidate.url.replace(/\/$/, "").split("/").pop() ?? "";
  return (
    (inTitle > 0.999 ? 3 : inTitle) +
    titleCovered +
    2 * phraseShare(title, phrases, asked) +
    3 * phraseShare(content, phrases, asked) +
    (phrases.some((phrase) => isWholeSegment(candidate.content, phrase)) ? 2 : 0) +
    ([asked, ...phrases].some((phrase) => slug === phrase.join("-")) ? 1 : 0) +
    (literal ? 0.5 : 0) +
    (candidate.step ? 0.75 * literalShare : 0) +
    (topScore > 0 ? candidate.score / topScore : 0)
  );
}

const standing = (candidate: RankedCandidate) => (candidate.secondary ? 1 : 0);

/**
 * The candidates in our order: pages with an answer first; within each, most relevant first,
 * Pagefind's order between equals.
 */
export function rankResults<T extends RankedCandidate>(query: string, candidates: readonly T[], typed = query, weights?: WordWeights): T[] {
  const topScore = Math.max(0, ...candidates.map((candidate) => candidate.score));
  return candidates
    .map((candidate, index) => ({ candidate, index, relevance: relevance(query, typed, candidate, topScore, weights) }))
    .sort((a, b) => standing(a.candidate) - standing(b.candidate) || b.relevance - a.relevance || a.index - b.index)
    .map(({ candidate }) => candidate);
}
