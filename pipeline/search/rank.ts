/**
 * Our order for the results Pagefind found. Pagefind ranks by how often and
 * where a page uses the query's words; a coordinator expects first the page
 * that is about the query: whose title says it, whose address names it, or
 * that has the query as a phrase. Runs in the browser; pure code.
 */
import { wordsOf } from "./compounds.ts";
import { withoutDiacritics } from "./terms.ts";

export interface RankedCandidate {
  url: string;
  title: string;
  /** The page's indexed text. */
  content: string;
  /** Pagefind's own score; the fallback order. */
  score: number;
}

const words = (text: string) => wordsOf(withoutDiacritics(text));

/** Whether a query word matches a text word as Pagefind does: the word itself or its beginning. */
const matches = (textWord: string, queryWord: string) => textWord.startsWith(queryWord);

function hasPhrase(text: readonly string[], phrase: readonly string[]): boolean {
  for (let start = 0; start <= text.length - phrase.length; start++) {
    if (phrase.every((word, offset) => (offset === phrase.length - 1 ? matches(text[start + offset]!, word) : text[start + offset] === word))) return true;
  }
  return false;
}

/**
 * How well a page is about the query, beyond Pagefind's score: its title says
 * the query (all of it, or as a phrase), its address is the query, its text
 * has the query as a phrase.
 */
export function relevance(query: string, candidate: RankedCandidate, topScore: number): number {
  const asked = words(query);
  if (asked.length === 0) return 0;
  const title = words(candidate.title);
  const inTitle = asked.filter((word) => title.some((titleWord) => matches(titleWord, word))).length;
  const titleCovered = title.length ? title.filter((titleWord) => asked.some((word) => matches(titleWord, word))).length / title.length : 0;
  const slug = candidate.url.replace(/\/$/, "").split("/").pop() ?? "";
  const several = asked.length > 1;
  return (
    (inTitle === asked.length ? 3 : inTitle / asked.length) +
    titleCovered +
    (several && hasPhrase(title, asked) ? 2 : 0) +
    (several && hasPhrase(words(candidate.content), asked) ? 3 : 0) +
    (slug === asked.join("-") ? 1 : 0) +
    (topScore > 0 ? candidate.score / topScore : 0)
  );
}

/** The candidates in our order: most relevant first, Pagefind's order between equals. */
export function rankResults<T extends RankedCandidate>(query: string, candidates: readonly T[]): T[] {
  const topScore = Math.max(0, ...candidates.map((candidate) => candidate.score));
  return candidates
    .map((candidate, index) => ({ candidate, index, relevance: relevance(query, candidate, topScore) }))
    .sort((a, b) => b.relevance - a.relevance || a.index - b.index)
    .map(({ candidate }) => candidate);
}
