import { slugify } from "../slug.ts";
import { findRunningLines, joinAcrossLines, normaliseText, withoutRunningLines } from "./clean.ts";
import type { PdfWarning } from "./errors.ts";
import { headingsFromTypography, locateHeading, type FoundHeading, type PageLines } from "./headings.ts";

/** A heading or a paragraph of body text, in reading order. */
export type DocumentBlock =
  | { kind: "heading"; level: number; title: string; page: number; anchor: string }
  | { kind: "paragraph"; text: string; page: number };

export interface Section {
  level: number;
  title: string;
  page: number;
  /** Fragment id of the section on the chapter's page. */
  anchor: string;
}

export interface Chapter {
  title: string;
  /** URL segment of the chapter page. */
  slug: string;
  page: number;
  endPage: number;
  sections: Section[];
  /** The chapter's content without its own title. */
  blocks: DocumentBlock[];
  /** Plain text of the chapter, for search and reference matching. */
  text: string;
}

/** The result of `routeboek extract`: what the site and the reference resolver need of a PDF. */
export interface ExtractedDocument {
  title: string;
  pageCount: number;
  /** Printed page labels where the PDF has them ("i", "ii", "1" …). */
  pageLabels?: string[];
  /** Where the headings came from, in the order of trust. */
  headingSource: "outline" | "structure" | "typography";
  headings: { level: number; title: string; page: number }[];
  chapters: Chapter[];
  pages: { page: number; text: string }[];
  links: { url: string; page: number }[];
  warnings: PdfWarning[];
}

export interface PageInput extends PageLines {
  /** URLs of the page's link annotations. */
  urls: string[];
}

/** Assembles a document from its pages' lines and (when the PDF has them) outline or structure headings. Pure. */
export function assembleDocument(input: {
  title: string;
  pages: PageInput[];
  givenHeadings?: { source: "outline" | "structure"; headings: FoundHeading[] };
  pageLabels?: string[];
  links: { url: string; page: number }[];
  warnings: PdfWarning[];
}): ExtractedDocument {
  const running = findRunningLines(input.pages.map((page) => page.lines));
  const pages = input.pages.map((page) => ({ ...page, lines: withoutRunningLines(page.lines, running) }));
  const headings = input.givenHeadings?.headings ?? headingsFromTypography(pages);
  const blocks = toBlocks(pages, headings);
  const chapters = toChapters(blocks);
  return {
    title: input.title,
    pageCount: input.pages.length,
    ...(input.pageLabels ? { pageLabels: input.pageLabels } : {}),
    headingSource: input.givenHeadings?.source ?? "typography",
    headings: blocks.flatMap((block) => (block.kind === "heading" ? [{ level: block.level, title: block.title, page: block.page }] : [])),
    chapters,
    pages: pages.map((page) => ({ page: page.page, text: pageText(page) })),
    links: input.links,
    warnings: input.warnings,
  };
}

function toBlocks(pages: readonly PageInput[], headings: readonly FoundHeading[]): DocumentBlock[] {
  const blocks: DocumentBlock[] = [];
  const anchors = new Set<string>();
  const uniqueAnchor = (title: string) => {
    const base = slugify(title, 8) || "sectie";
    let anchor = base;
    for (let n = 2; anchors.has(anchor); n++) anchor = `${base}-${n}`;
    anchors.add(anchor);
    return anchor;
  };
  for (const page of pages) {
    const starts = new Map<number, { heading: FoundHeading; count: number; title: string }>();
    const unplaced: FoundHeading[] = [];
    for (const heading of headings.filter((h) => h.page === page.page)) {
      const place = locateHeading(page.lines, heading.title);
      if (place && !starts.has(place.first)) starts.set(place.first, { heading, count: place.count, title: place.title });
      else unplaced.push(heading);
    }
    for (const heading of unplaced) {
      blocks.push({ kind: "heading", level: heading.level, title: heading.title, page: page.page, anchor: uniqueAnchor(heading.title) });
    }
    let previousY: number | undefined;
    for (let index = 0; index < page.lines.length; index++) {
      const start = starts.get(index);
      if (start) {
        const title = normaliseText(start.title);
        blocks.push({ kind: "heading", level: start.heading.level, title, page: page.page, anchor: uniqueAnchor(title) });
        index += start.count - 1;
        previousY = undefined;
        continue;
      }
      const line = page.lines[index]!;
      const last = blocks.at(-1);
      const continues =
        last?.kind === "paragraph" &&
        (previousY === undefined ? last.page !== page.page && !/[.:?!]$/.test(last.text) : line.y - previousY <= line.size * 1.8);
      if (last?.kind === "paragraph" && continues) {
        last.text = joinAcrossLines(last.text, line.text, page.urls) ?? `${last.text} ${line.text}`;
      } else {
        blocks.push({ kind: "paragraph", text: line.text, page: page.page });
      }
      previousY = line.y;
    }
  }
  for (const block of blocks) if (block.kind === "paragraph") block.text = normaliseText(block.text);
  return blocks;
}

function pageText(page: PageInput): string {
  const lines: string[] = [];
  for (const line of page.lines) {
    const last = lines.at(-1);
    const joined = last === undefined ? undefined : joinAcrossLines(last, line.text, page.urls);
    if (joined !== undefined) lines[lines.length - 1] = joined;
    else lines.push(line.text);
  }
  return lines.map(normaliseText).join("\n");
}

function toChapters(blocks: readonly DocumentBlock[]): Chapter[] {
  const chapters: Chapter[] = [];
  const slugs = new Set<string>();
  for (const block of blocks) {
    if (block.kind === "heading" && block.level === 1) {
      let slug = slugify(block.title, 8) || "hoofdstuk";
      for (let n = 2; slugs.has(slug); n++) slug = `${slugify(block.title, 8)}-${n}`;
      slugs.add(slug);
      chapters.push({ title: block.title, slug, page: block.page, endPage: block.page, sections: [], blocks: [], text: "" });
      continue;
    }
    const chapter = chapters.at(-1);
    if (!chapter) continue;
    chapter.blocks.push(block);
    chapter.endPage = Math.max(chapter.endPage, block.page);
    if (block.kind === "heading") chapter.sections.push({ level: block.level, title: block.title, page: block.page, anchor: block.anchor });
  }
  for (const chapter of chapters) {
    chapter.text = chapter.blocks.map((block) => (block.kind === "heading" ? block.title : block.text)).join("\n");
  }
  return chapters;
}
