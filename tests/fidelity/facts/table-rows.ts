// Where each row of a summary's table stands in its source section. The source gives a table as a list or as
// lines ("• Volledig onderwijsaanbod. Regulier …", "School van inschrijving Signaleert …"); a row is found by
// its first cell (its key) and reads the source from there up to the next row's key. Pure functions on strings.
import { contentStems, stem, wordsOf } from "./text.ts";

/** A word of the source with where it stands: its index in the section and in its line. */
interface Token {
  stem: string;
  inLine: number;
}

/** The section's words as stems, each with its place in its line; line-wrap hyphens joined ("opge-" + "nomen"). */
export function tokensOf(section: string): Token[] {
  const joined = section
    .normalize("NFC")
    .replace(/[\uFFFD\u00AD]/g, "")
    .replace(/(\p{L})-[ \t]*\n\s*(\p{Ll})/gu, "$1$2");
  return joined.split("\n").flatMap((line) => wordsOf(line).map((word, inLine) => ({ stem: stemOf(word), inLine })));
}

/** A word as the rows compare it: a number as written, any other word by its stem. */
const stemOf = (word: string) => (/^\d+$/.test(word) ? word : stem(word));

/**
 * Words a cell says that are not content words elsewhere but matter in a row: a comparison ("Minder dan" /
 * "Meer dan 16 uur", "Tot en met 7 keer") and a negation.
 */
const ROW_WORDS = new Set(["meer", "minder", "tot", "niet", "geen", "nooit"]);

/** The words of a cell that must stand in its row of the source: content words, comparisons, negations and numbers. */
export const cellStems = (text: string) => wordsOf(text).flatMap((word) => (ROW_WORDS.has(word) ? [word] : contentStems(word)));

/**
 * A stem stands in a row when one of the row's stems is it, or (both at least four letters) one starts
 * as the other does: "ouder" stands in "ouders", "kind" in "kinderen"; a number must be the same number.
 */
export function standsIn(word: string, row: ReadonlySet<string>): boolean {
  if (row.has(word)) return true;
  if (/^\d/.test(word) || word.length < 4) return false;
  for (const other of row) if (other.length >= 4 && !/^\d/.test(other) && (other.startsWith(word) || word.startsWith(other))) return true;
  return false;
}

/** A row's key found in the section: the index of its first word and how many words the match spans. */
export interface Found {
  at: number;
  span: number;
}

/** The most the words of a key may lie apart in the source: twice its length, and four more. */
const windowOf = (length: number) => 2 * length + 4;

/**
 * Where `key` (a row's first cell) stands in the section: its content words and numbers in order, within a
 * short window. Of several places the tightest wins, then the one nearest a line's start (a list item or a
 * table line starts there), then the first.
 */
export function findKey(key: string, tokens: readonly Token[]): Found | undefined {
  const wanted = cellStems(key);
  if (wanted.length === 0) return undefined;
  let best: (Found & { inLine: number }) | undefined;
  for (let start = 0; start < tokens.length; start++) {
    if (!standsIn(wanted[0]!, new Set([tokens[start]!.stem]))) continue;
    let at = start;
    let matched = 1;
    const limit = Math.min(tokens.length, start + windowOf(wanted.length));
    for (let next = start + 1; next < limit && matched < wanted.length; next++) {
      if (standsIn(wanted[matched]!, new Set([tokens[next]!.stem]))) {
        matched++;
        at = next;
      }
    }
    if (matched < wanted.length) continue;
    const found = { at: start, span: at - start + 1, inLine: tokens[start]!.inLine };
    if (!best || found.span < best.span || (found.span === best.span && found.inLine < best.inLine)) best = found;
  }
  return best && { at: best.at, span: best.span };
}

/**
 * The stems of each row's part of the section: from its key up to the next found key; the last row reads as
 * far as the longest other row does, or three times as far as its own cells have words (`lengths`), whichever
 * is further: the section goes on with other matters after the list. Undefined for a row whose key is not found.
 */
/** How many words of the source the last row reads per word of its cells. */
const LAST_ROW_READS = 3;

export function rowTexts(
  found: readonly (Found | undefined)[],
  tokens: readonly Token[],
  lengths: readonly number[],
): (Set<string> | undefined)[] {
  const starts = found.flatMap((place) => (place ? [place.at] : [])).sort((a, b) => a - b);
  const ends = found.map((place) => (place ? starts.find((start) => start > place.at) : undefined));
  const longest = Math.max(0, ...found.map((place, index) => (place && ends[index] !== undefined ? ends[index]! - place.at : 0)));
  return found.map((place, index) => {
    if (!place) return undefined;
    const end = ends[index] ?? Math.min(tokens.length, place.at + Math.max(longest, LAST_ROW_READS * lengths[index]!, place.span));
    return new Set(tokens.slice(place.at, end).map((token) => token.stem));
  });
}
