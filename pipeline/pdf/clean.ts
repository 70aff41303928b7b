import type { TextLine } from "./lines.ts";

/** Page numbers and other digits vary between pages; masking them lets running headers and footers match. */
const mask = (text: string) => text.replace(/\d+/g, "#").toLowerCase();

/** How many lines at the top and at the bottom of a page may be running headers or footers. */
const EDGE_LINES = 2;

/**
 * Finds running headers and footers: a line among the first or last lines of
 * a page whose masked text recurs at a page edge on at least half the pages
 * (and on at least two).
 */
export function findRunningLines(pages: readonly TextLine[][]): Set<string> {
  const counts = new Map<string, number>();
  for (const lines of pages) {
    const edges = new Set([...lines.slice(0, EDGE_LINES), ...lines.slice(-EDGE_LINES)].map((line) => mask(line.text)));
    for (const text of edges) counts.set(text, (counts.get(text) ?? 0) + 1);
  }
  const threshold = Math.max(2, Math.ceil(pages.length / 2));
  return new Set([...counts].filter(([, count]) => count >= threshold).map(([text]) => text));
}

/** Removes the running lines found by findRunningLines from the edges of a page. */
export function withoutRunningLines(lines: readonly TextLine[], running: ReadonlySet<string>): TextLine[] {
  return lines.filter((line, index) => {
    const atEdge = index < EDGE_LINES || index >= lines.length - EDGE_LINES;
    return !(atEdge && running.has(mask(line.text)));
  });
}

const SOFT_HYPHEN = /\u00AD/g;
const URL_TAIL = /(?:https?:\/\/|www\.)\S*[/-]$/;
const LOWER_END_HYPHEN = /\p{Ll}-$/u;
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
