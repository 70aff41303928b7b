import { chapterNumber, startsWithSectionKey } from "../wording/numbering.ts";
import type { TextLine } from "./lines.ts";

/** A heading found in a document, with the page it starts on (1-based). */
export interface FoundHeading {
  level: number;
  title: string;
  page: number;
}

/** A page's cleaned lines, with the page number. */
export interface PageLines {
  page: number;
  lines: TextLine[];
}

const squash = (text: string) => text.replace(/\s+/g, "").toLowerCase();

/** The most common font size, weighted by the amount of text set in it. */
export function bodySize(pages: readonly PageLines[]): number {
  const weight = new Map<number, number>();
  for (const { lines } of pages) {
    for (const line of lines) {
      const size = Math.round(line.size * 2) / 2;
      weight.set(size, (weight.get(size) ?? 0) + line.text.length);
    }
  }
  return [...weight].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 10;
}

/**
 * Headings from typography: lines clearly larger than body text, a heading
 * wrapped over consecutive lines of one size joined into one. Numbering
 * ("Hoofdstuk 3", "Bijlage 1" → 1; "fase 2.2", "3.1" → 2) sets the level where
 * a heading has it; otherwise larger sizes rank higher.
 */
export function headingsFromTypography(pages: readonly PageLines[]): FoundHeading[] {
  const body = bodySize(pages);
  const found: (FoundHeading & { size: number })[] = [];
  for (const { page, lines } of pages) {
    let previous: TextLine | undefined;
    for (const line of lines) {
      if (line.size < body * 1.2) {
        previous = undefined;
        continue;
      }
      const last = found.at(-1);
      const wraps =
        previous && last && last.page === page && Math.abs(previous.size - line.size) < 0.5 && line.y - previous.y < line.size * 1.8;
      if (wraps && last) last.title = `${last.title} ${line.text}`;
      else found.push({ level: 0, title: line.text, page, size: line.size });
      previous = line;
    }
  }
  const candidates = found.filter((heading) => !(heading.page <= FRONT_PAGES && looksLikeAuthorList(heading.title)));
  // Numbering is the surest sign of a level ("Hoofdstuk 3" is a chapter, "fase 2.2" a section); size ranks the rest.
  const title = documentTitle(candidates);
  const sizes = [...new Set(candidates.filter((heading) => heading !== title).map((heading) => Math.round(heading.size)))].sort(
    (a, b) => b - a,
  );
  return candidates.map((heading) => {
    const numbered =
      chapterNumber(heading.title) || TOP_NUMBER.test(heading.title) ? 1 : startsWithSectionKey(heading.title) ? 2 : undefined;
    const level = heading === title ? 1 : (numbered ?? Math.min(sizes.indexOf(Math.round(heading.size)) + 1, 3));
    return { level, title: heading.title, page: heading.page };
  });
}

/** "1 Inleiding", "2. Methode": a top-level number before a capitalised word, as papers and reports number their chapters. */
const TOP_NUMBER = /^\d{1,2}\.?\s+\p{Lu}/u;

/** Pages where a title page or a paper's title block may stand. */
const FRONT_PAGES = 2;

/**
 * A document's title set as its largest heading: the only heading of the
 * largest size, on the first page with headings, while other headings follow.
 * It leads the front matter (a paper's abstract) like a chapter, and does not
 * push every other heading a level down: a paper's sections stay chapters.
 */
function documentTitle<T extends { size: number; page: number }>(headings: readonly T[]): T | undefined {
  const largest = Math.max(...headings.map((heading) => Math.round(heading.size)));
  const atLargest = headings.filter((heading) => Math.round(heading.size) === largest);
  const title = atLargest.length === 1 ? atLargest[0]! : undefined;
  return title && headings.length > 1 && title === headings[0] && title.page <= FRONT_PAGES ? title : undefined;
}

/** Footnote marks after an author's name: digits, superscripts, asterisks and daggers. */
const MARKS = /[\d\u00B9\u00B2\u00B3\u2070-\u2079*\u2020\u2021§,]+$/u;
/** Name particles that stand in lower case: "Chris van den Berg", "Ludwig von Mises". */
const PARTICLES = new Set(["van", "de", "der", "den", "het", "ten", "ter", "te", "von", "zu", "la", "le", "du", "da", "di", "del", "dos"]);
const NAME_WORD = /^(\p{Lu}[\p{Ll}'’-]+|\p{Lu}\.(?:-?\p{Lu}\.)*)$/u;

/** "Anna de Vries", "J. Jansen", "Dewi Pratama²": two to five words, capitalised but for name particles. */
function isPersonName(text: string): boolean {
  const words = text.replace(MARKS, "").trim().split(/\s+/);
  if (words.length < 2 || words.length > 5) return false;
  return words.every((word, index) => NAME_WORD.test(word) || (index > 0 && index < words.length - 1 && PARTICLES.has(word)));
}

/**
 * An author list under a title: two or more personal names separated by
 * commas, "and", "en", "&" or "·", or one name carrying a footnote mark.
 * Set large, it would otherwise pass for a heading and swallow the paper.
 */
export function looksLikeAuthorList(text: string): boolean {
  const names = text.split(/\s*(?:,|;|·|&|\band\b|\ben\b)\s*/u).filter((part) => part.replace(MARKS, "").trim().length > 0);
  if (names.length === 1) return MARKS.test(text.trim()) && /[^\d]/.test(text) && isPersonName(names[0]!) && !/^\d/.test(text);
  return names.length >= 2 && names.every(isPersonName);
}

/**
 * Finds where a heading from the outline or structure tree stands on its
 * page: one line, or up to three consecutive lines, whose text matches the
 * title ignoring spaces. Returns the matched line indexes and the page's own
 * wording, which repairs outline titles that lost a space at a line wrap.
 */
export function locateHeading(lines: readonly TextLine[], title: string): { first: number; count: number; title: string } | undefined {
  const wanted = squash(title);
  for (let first = 0; first < lines.length; first++) {
    let text = "";
    for (let count = 1; count <= 3 && first + count <= lines.length; count++) {
      text = count === 1 ? lines[first]!.text : `${text} ${lines[first + count - 1]!.text}`;
      const have = squash(text);
      if (have === wanted) return { first, count, title: text };
      if (!wanted.startsWith(have)) break;
    }
  }
  return undefined;
}
