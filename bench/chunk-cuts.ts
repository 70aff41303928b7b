/**
 * The cuts between the chunks of a word index, for the bench (pagefind-chunks.ts). Pagefind matches a query word as
 * the beginning of longer words only inside the one chunk whose range holds it, so a cut inside a beginning the words
 * on either side share ("krijg" | "krijgt") hides the words after the cut from a query of that beginning. Pure code.
 */
import { sharedPrefixLength } from "../tools/search-index/index-chunks.ts";

/** Beginnings shorter than this are not counted: a query of one or two letters finds little of use anyway. */
const COUNTED = 3;

/** Each cut as "last word | first word ("shared beginning")", and the beginnings of 3 letters or more it splits. */
export function chunkCuts(chunks: readonly (readonly string[])[]): { shown: string[]; split: string[] } {
  const shown: string[] = [];
  const split: string[] = [];
  for (let i = 0; i + 1 < chunks.length; i++) {
    const before = chunks[i]!.at(-1)!;
    const after = chunks[i + 1]![0]!;
    const shared = sharedPrefixLength(before, after);
    if (shared >= COUNTED) split.push(after.slice(0, shared));
    shown.push(`${before} | ${after}${shared ? ` ("${after.slice(0, shared)}")` : ""}`);
  }
  return { shown, split };
}
