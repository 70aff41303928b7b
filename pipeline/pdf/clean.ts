import type { TextLine } from "./lines.ts";

/** Page numbers and other digits vary between pages; masking them lets running headers and footers match. */
const mask = (text: string) => text.replace(/\d+/g, "#").toLowerCase();

/** How many lines at the top and at the bottom of a page may be running headers or footers. */
const EDGE_LINES = 2;

/** Running lines: those of every page, and those only of odd or only of even pages (a book's left and right headers). */
export interface RunningLines {
  all: ReadonlySet<string>;
  odd: ReadonlySet<string>;
  even: ReadonlySet<string>;
}

/**
 * Finds running headers and footers: a line among the first or last lines of
 * a page whose masked text recurs at a page edge on at least half the pages,
 * or on at least half the odd or half the even pages (books alternate their
 * headers, so each stands on fewer than half of all pages); and on at least two.
 * Pages are numbered from 1 in the order given.
 */
export function findRunningLines(pages: readonly TextLine[][]): RunningLines {
  const counts = { all: new Map<string, number>(), odd: new Map<string, number>(), even: new Map<string, number>() };
  pages.forEach((lines, index) => {
    const edges = new Set([...lines.slice(0, EDGE_LINES), ...lines.slice(-EDGE_LINES)].map((line) => mask(line.text)));
    const parity = index % 2 === 0 ? counts.odd : counts.even;
    for (const text of edges) {
      counts.all.set(text, (counts.all.get(text) ?? 0) + 1);
      parity.set(text, (parity.get(text) ?? 0) + 1);
    }
  });
  const frequent = (count: Map<string, number>, of: number) => {
    const threshold = Math.max(2, Math.ceil(of / 2));
    return new Set([...count].filter(([, n]) => n >= threshold).map(([text]) => text));
  };
  const odd = Math.ceil(pages.length / 2);
  return { all: frequent(counts.all, pages.length), odd: frequent(counts.odd, odd), even: frequent(counts.even, pages.length - odd) };
}

/** Removes the running lines found by findRunningLines from the edges of page `number` (1-based). */
export function withoutRunningLines(lines: readonly TextLine[], running: RunningLines, number: number): TextLine[] {
  const ofParity = number % 2 === 1 ? running.odd : running.even;
  return lines.filter((line, index) => {
    const atEdge = index < EDGE_LINES || index >= lines.length - EDGE_LINES;
    const text = mask(line.text);
    return !(atEdge && (running.all.has(text) || ofParity.has(text)));
  });
}

const SOFT_HYPHEN = /\u00AD/g;
const URL_TAIL = /(?:https?:\/\/|www\.)\S*[/-]$/;
/** A lower-case letter and a hyphen at a line's end: ASCII, or the typographic hyphens U+2010 and U+2011 (which NFKC makes U+2010). */
const LOWER_END_HYPHEN = /\p{Ll}[-\u2010\u2011]$/u;
/** Dutch keeps the hyphen before a conjunction: "jeugd- en gezinshulp", "basis- of speciaal onderwijs". */
const KEEPS_HYPHEN = /^(en|of|tot|noch)\b/;

/**
 * Whether a line ending and the next line's start form one word or URL; returns
 * the joined text or undefined. `knownUrls` are link annotations of the page:
 * a URL broken over two lines is rejoined when the joined form is one of them,
 * or when the next line plainly continues it: a token like "testregio-2026.pdf"
 * or "downloads/", never a plain word.
 */
export function joinAcrossLines(line: string, next: string, knownUrls: readonly string[]): string | undefined {
  if (line.endsWith("\u00AD")) return `${line.slice(0, -1)}${next}`;
  const urlTail = URL_TAIL.exec(line)?.[0];
  if (urlTail) {
    const nextToken = next.split(" ")[0]!;
    const joined = urlTail + nextToken;
    const annotated = knownUrls.some((url) => url === joined || url.startsWith(joined));
    const looksLikePath = /^[\w\-./%?=&#~]+$/.test(nextToken) && /[/.=?&-]\w|\/$/.test(nextToken);
    if (annotated || looksLikePath) return `${line}${next}`;
  }
  if (LOWER_END_HYPHEN.test(line) && /^\p{Ll}/u.test(next) && !KEEPS_HYPHEN.test(next)) {
    return `${line.slice(0, -1)}${next}`;
  }
  return undefined;
}

/** Text of a line with soft hyphens and compatibility characters (ligatures) normalised. */
export function normaliseText(text: string): string {
  return text.replace(SOFT_HYPHEN, "").normalize("NFKC");
}
