// Which words of a source page the flow leaves out: every place where a text of the steps (or an
// entry of `leftOut:`, or a rule of page furniture) stands on the page is covered, and what is
// left uncovered is missing. The comparison is made on letters and digits only, lower case, as
// tests/support/fidelity.ts `normalise` does, so line breaks, hyphenation and punctuation of a
// dump do not count; the words reported are the page's own.
//
// Why cover the page instead of cutting it into items first: the dumps run the boxes of a
// schema and the columns of a page through each other, and blank lines fall inside boxes, so no
// rule cuts every page into its sentences, options and end notes. Covering finds a dropped item
// wherever it stands, also one that sat next to another item, and also a part of an item.

/** A page's text as `normalise` sees it, with the place in the page of each of its characters. */
interface Folded {
  text: string;
  at: number[];
}

const keep = /[\p{L}\p{N}]/u;

function fold(page: string): Folded {
  let text = "";
  const at: number[] = [];
  let index = 0;
  for (const char of page) {
    for (const lower of char.normalize("NFC").toLowerCase()) {
      if (keep.test(lower)) {
        text += lower;
        at.push(index);
      }
    }
    index += char.length;
  }
  return { text, at };
}

/** What may cover a page: the flow's texts (each one place), texts listed as left out (every place), and patterns. */
export interface Cover {
  texts: readonly string[];
  everywhere?: readonly string[];
  patterns: readonly RegExp[];
}

/** A run of a page's words that nothing covers: its place in the page and the words. */
export interface Uncovered {
  start: number;
  words: string;
}

/** Shorter runs of letters are stray marks of a dump (an icon read as "A", a bullet as "o"); a digit counts. */
const MIN_LETTERS = 2;

/** The runs of the page that no text and no pattern covers, in page order. */
export function uncovered(page: string, cover: Cover): Uncovered[] {
  const folded = fold(page.normalize("NFC"));
  const source = page.normalize("NFC");
  const covered = new Array<boolean>(folded.text.length).fill(false);
  // Furniture first: a text of the flow must not take the place of a word the site drops by rule.
  for (const pattern of cover.patterns) {
    for (const match of source.matchAll(new RegExp(pattern.source, pattern.flags.includes("g") ? pattern.flags : `${pattern.flags}g`))) {
      const from = match.index;
      const to = from + match[0].length;
      folded.at.forEach((place, index) => {
        if (place >= from && place < to) covered[index] = true;
      });
    }
  }
  const places = (wanted: string) => {
    const found: number[] = [];
    for (let index = folded.text.indexOf(wanted); index >= 0; index = folded.text.indexOf(wanted, index + 1)) found.push(index);
    return found;
  };
  // A text of the flow stands for one place of the page: a page that says a thing twice (in two
  // sections) needs it twice in the flow, so dropping one copy leaves the other place uncovered.
  // Longest first, so that a text that is part of a longer one does not take the longer one's place.
  const texts = cover.texts.map((text) => fold(text).text).filter(Boolean);
  for (const wanted of texts.sort((a, b) => b.length - a.length)) {
    const found = places(wanted);
    const free = found.find((index) => !covered.slice(index, index + wanted.length).some(Boolean)) ?? found[0];
    if (free !== undefined) covered.fill(true, free, free + wanted.length);
  }
  for (const text of cover.everywhere ?? []) {
    const wanted = fold(text).text;
    if (wanted) for (const index of places(wanted)) covered.fill(true, index, index + wanted.length);
  }
  const runs: Uncovered[] = [];
  let start = -1;
  for (let index = 0; index <= covered.length; index++) {
    if (index < covered.length && !covered[index]) {
      if (start < 0) start = index;
      continue;
    }
    if (start >= 0 && (index - start >= MIN_LETTERS || /\d/.test(folded.text.slice(start, index)))) {
      const from = folded.at[start]!;
      const to = folded.at[index - 1]! + 1;
      runs.push({ start: from, words: wholeWords(source, from, to) });
    }
    start = -1;
  }
  return runs;
}

/** The page's words from `from` to `to`, widened to whole words and with its line breaks folded. */
function wholeWords(page: string, from: number, to: number): string {
  let start = from;
  let end = to;
  while (start > 0 && /\S/.test(page[start - 1]!)) start--;
  while (end < page.length && /\S/.test(page[end]!)) end++;
  return page.slice(start, end).replace(/\s+/g, " ").trim();
}
