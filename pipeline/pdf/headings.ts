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
  // Numbering is the surest sign of a level ("Hoofdstuk 3" is a chapter, "fase 2.2" a section); size ranks the rest.
  const sizes = [...new Set(found.map((heading) => Math.round(heading.size)))].sort((a, b) => b - a);
  return found.map(({ title, page, size }) => {
    const numbered = chapterNumber(title) ? 1 : startsWithSectionKey(title) ? 2 : undefined;
    return { level: numbered ?? Math.min(sizes.indexOf(Math.round(size)) + 1, 3), title, page };
  });
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
